/**
 * Fetches Neo4j's jars from Maven Central with the project's own pom (neo4j/pom.xml), once per pom change. Maven runs
 * as a child process the event loop does not wait on, so `kg start` extracts the seeds and bundles the query page
 * while the jars download.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import type { LocalLayout } from "./layout.js";
import { LocalNeo4jError } from "./errors.js";

function pomHash(layout: LocalLayout): string {
  return createHash("sha256").update(readFileSync(layout.pom)).digest("hex");
}

export function jarsAreFetched(layout: LocalLayout): boolean {
  return existsSync(layout.fetchedMarker) && readFileSync(layout.fetchedMarker, "utf8").trim() === pomHash(layout);
}

/** Runs `mvn package` (copy-dependencies into <dir>/lib) unless the jars of this pom are already there. */
export async function fetchJars(layout: LocalLayout, log: (line: string) => void = () => {}): Promise<void> {
  if (jarsAreFetched(layout)) return;
  mkdirSync(layout.root, { recursive: true });
  log("fetching Neo4j jars from Maven Central (first run only; ~200 MB)…");
  const run = await runToEnd("mvn", ["-B", "-q", "-f", layout.pom, `-Dneo4j.lib.dir=${layout.lib}`, "package"]);
  writeFileSync(layout.mavenLog, `${run.stdout ?? ""}${run.stderr ?? ""}`);
  if (run.error) {
    throw new LocalNeo4jError(
      "MAVEN_FAILED",
      `Maven not found (${run.error.message}): install Maven 3 (Debian: apt-get install maven)`,
    );
  }
  if (run.status !== 0) {
    const lastError = (run.stdout + run.stderr).split("\n").find((l) => l.includes("ERROR")) ?? "";
    throw new LocalNeo4jError(
      "MAVEN_FAILED",
      // eslint-disable-next-line no-control-regex -- strips the terminal colour codes (ESC [ … m) from Maven's log
      `Maven could not fetch Neo4j's jars (is Maven Central reachable?): ${lastError.replace(/\x1b\[[0-9;]*m/g, "").trim()} — full log in ${layout.mavenLog}`,
    );
  }
  if (!readdirSync(layout.lib).some((f) => f.startsWith("neo4j-") && f.endsWith(".jar"))) {
    throw new LocalNeo4jError(
      "MAVEN_FAILED",
      `Maven finished but no Neo4j jar is in ${layout.lib}; see ${layout.mavenLog}`,
    );
  }
  writeFileSync(layout.fetchedMarker, pomHash(layout));
}

/** A child process run to its end, with its output (what spawnSync gives, without blocking the event loop). */
function runToEnd(
  command: string,
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.once("error", (error) => resolve({ status: null, stdout, stderr, error }));
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}
