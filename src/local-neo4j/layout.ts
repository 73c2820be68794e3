/** Where the project's own Neo4j lives: jars fetched by Maven, a home with data and logs, a generated conf. */
import path from "node:path";
import { PACKAGE_ROOT } from "../package-root.js";

export const PROJECT_ROOT = PACKAGE_ROOT;

export interface LocalLayout {
  root: string;
  pom: string;
  confTemplate: string;
  lib: string;
  home: string;
  confDir: string;
  pidFile: string;
  consoleLog: string;
  mavenLog: string;
  fetchedMarker: string;
}

export function localLayout(dir: string): LocalLayout {
  const root = path.resolve(PROJECT_ROOT, dir);
  return {
    root,
    pom: path.join(PROJECT_ROOT, "neo4j/pom.xml"),
    confTemplate: path.join(PROJECT_ROOT, "neo4j/neo4j.conf"),
    lib: path.join(root, "lib"),
    home: path.join(root, "home"),
    confDir: path.join(root, "conf"),
    pidFile: path.join(root, "neo4j.pid"),
    consoleLog: path.join(root, "home/logs/console.log"),
    mavenLog: path.join(root, "maven.log"),
    fetchedMarker: path.join(root, "lib/.fetched-from-pom"),
  };
}
