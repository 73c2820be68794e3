/**
 * The package's root folder (the one with package.json), found from this module whether it runs from src/ (tsx,
 * tests) or from the compiled dist/: every asset (lexicon files, schema/, examples/, web/, neo4j/, the GraphiQL
 * bundle) is found from here, never relative to a source file.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const PACKAGE_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path below the package root. */
export const fromRoot = (...parts: string[]): string => path.join(PACKAGE_ROOT, ...parts);
/** The same as a file: URL (a folder's URL ends with a slash when `parts` ends with ""). */
export const urlFromRoot = (...parts: string[]): URL =>
  pathToFileURL(fromRoot(...parts) + (parts.at(-1) === "" ? "/" : ""));
