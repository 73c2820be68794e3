/**
 * `npm start` on a fresh machine: clones this repository's HEAD into a new folder, links node_modules (what
 * `npm install` would have put there) and builds dist/ (what its `prepare` step does), then times `npm start`
 * (= `kg start`: fetch the Neo4j jars, start Neo4j, schema, ingest seeds/, serve) until /ready answers 200. Stops
 * it with SIGTERM and times a second `npm start` in the same clone (every seed unchanged). Prints both times, each
 * `start:` line with the second it came at (where the time went), and the load average before, between and after.
 *
 *   npx tsx bench/start/run.ts --bolt 7705 --http 7405 --api 4705 [--maven-repo DIR] [--keep-neo4j] [--dir DIR]
 *
 * --maven-repo DIR: an empty Maven local repository, so the Neo4j jars come from Maven Central as on a machine
 * that never fetched them (default: ~/.m2, where they usually are already). --keep-neo4j leaves the clone's Neo4j
 * running afterwards (for screenshots of its Browser); otherwise it is stopped. The clone is kept in --dir.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Options {
  bolt: string;
  http: string;
  api: string;
  mavenRepo?: string;
  keepNeo4j: boolean;
  dir?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { bolt: "7705", http: "7405", api: "4705", keepNeo4j: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ""];
    if (flag === "--bolt") options.bolt = value;
    else if (flag === "--http") options.http = value;
    else if (flag === "--api") options.api = value;
    else if (flag === "--maven-repo") options.mavenRepo = value;
    else if (flag === "--dir") options.dir = value;
    else if (flag === "--keep-neo4j") {
      options.keepNeo4j = true;
      continue;
    } else throw new Error(`unknown argument ${flag}`);
    i++;
  }
  return options;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** Runs `npm start` in `dir` until /ready answers 200; returns the seconds that took and the start lines. */
async function timedStart(dir: string, env: NodeJS.ProcessEnv, apiPort: string) {
  const began = Date.now();
  const child = spawn("npm", ["start"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  // each line of output with the second it arrived at, so the lines show where the time went
  let output = "";
  const timed: string[] = [];
  let pending = "";
  const take = (d: Buffer) => {
    output += d;
    const lines = (pending + d.toString()).split("\n");
    pending = lines.pop()!;
    const at = ((Date.now() - began) / 1000).toFixed(1).padStart(6);
    for (const line of lines) timed.push(`${at} s  ${line}`);
  };
  child.stdout.on("data", take);
  child.stderr.on("data", take);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${apiPort}/ready`).catch(() => undefined);
    if (ready?.status === 200) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const seconds = (Date.now() - began) / 1000;
  process.kill(-child.pid!, "SIGTERM");
  await exited;
  return { seconds, lines: timed.filter((l) => /\d s {2}start: /.test(l)) };
}

const options = parseArgs(process.argv.slice(2));
const dir = options.dir ?? mkdtempSync(join(tmpdir(), "kg-fresh-start-"));
execFileSync("git", ["clone", "-q", "--no-hardlinks", ROOT, dir]);
symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
execFileSync("npm", ["run", "-s", "build:dist"], { cwd: dir, stdio: "inherit" });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  LOCAL_NEO4J_BOLT_PORT: options.bolt,
  LOCAL_NEO4J_HTTP_PORT: options.http,
  PORT: options.api,
  NEO4J_URI: undefined,
  API_KEYS: "",
  ...(options.mavenRepo ? { MAVEN_OPTS: `-Dmaven.repo.local=${options.mavenRepo}` } : {}),
};
console.log(
  `clone: ${dir} (commit ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: dir, encoding: "utf8" }).trim()})`,
);
console.log(`maven repository: ${options.mavenRepo ?? "~/.m2 (as it is)"}`);
console.log(`load average before: ${load()}`);
const first = await timedStart(dir, env, options.api);
console.log(`first npm start: ${first.seconds.toFixed(1)} s to /ready; load average now: ${load()}`);
first.lines.forEach((l) => console.log(`  ${l}`));
const second = await timedStart(dir, env, options.api);
console.log(`second npm start: ${second.seconds.toFixed(1)} s to /ready; load average now: ${load()}`);
second.lines.forEach((l) => console.log(`  ${l}`));
if (!options.keepNeo4j) execFileSync("node", ["bin/kg.mjs", "neo4j", "stop"], { cwd: dir, env, stdio: "inherit" });
