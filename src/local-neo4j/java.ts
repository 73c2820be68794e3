/** Finds a Java 17 runtime: Neo4j 5.26 supports Java 17 and 21, and is not to be run on 25. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { LocalNeo4jError } from "./errors.js";

function majorVersion(javaBin: string): number | null {
  const run = spawnSync(javaBin, ["-version"], { encoding: "utf8" });
  if (run.error || run.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(run.stderr + run.stdout);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

const SUPPORTED = [17, 21];

/** `javaHome` (JAVA_HOME) first, then `java` on PATH, then the JDKs Debian installs under /usr/lib/jvm. */
export function findJava(javaHome?: string, jvmDirs: string[] = ["/usr/lib/jvm"]): string {
  const candidates = [
    ...(javaHome ? [path.join(javaHome, "bin/java")] : []),
    "java",
    ...jvmDirs
      .filter((dir) => existsSync(dir))
      .flatMap((dir) =>
        readdirSync(dir)
          .filter((d) => /(^|-)(17|21)(-|$|\.)/.test(d))
          .map((d) => path.join(dir, d, "bin/java")),
      ),
  ];
  const seen: string[] = [];
  for (const bin of candidates) {
    const major = majorVersion(bin);
    if (major === null) continue;
    if (SUPPORTED.includes(major)) return bin;
    seen.push(`${bin} is Java ${major}`);
  }
  if (seen.length === 0) {
    throw new LocalNeo4jError(
      "JAVA_MISSING",
      "Java not found: install Java 17 (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME",
    );
  }
  throw new LocalNeo4jError(
    "JAVA_VERSION",
    `Neo4j 5.26 needs Java 17 or 21 (${seen.join("; ")}): install Java 17 or set JAVA_HOME to it`,
  );
}
