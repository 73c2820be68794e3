/**
 * `kg import` of N generated real-sized reports (bench/ingest/generate-real.ts), timed end to end: files to a served
 * graph (extraction in worker threads, CSV, neo4j-admin, restart, schema). Writes the reports as files once (kept in
 * --dir for the next run), then runs the real command (`node bin/kg.mjs import DIR --overwrite --json`) against the
 * local Neo4j of the environment (LOCAL_NEO4J_*), whose database it REPLACES: hence --yes-wipe.
 *
 *   npx tsx bench/import/run.ts --reports 10000 --dir /tmp/kg-real-10000 --yes-wipe [--seed 20260101]
 *
 * Prints the summary with reports/s, characters/s and the store's size, and the load average before and after (the
 * machine is shared: read the figures with it).
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateRealReport } from "../ingest/generate-real.js";

function flag(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const reports = Number(flag("reports", "10000"));
const seed = Number(flag("seed", "20260101"));
const dir = path.resolve(flag("dir", path.join(os.tmpdir(), `kg-real-${reports}`))!);
if (!process.argv.includes("--yes-wipe")) {
  console.error("bench/import/run.ts replaces the local Neo4j's database: pass --yes-wipe");
  process.exit(2);
}

mkdirSync(dir, { recursive: true });
const have = new Set(readdirSync(dir));
let characters = 0;
const generating = Date.now();
for (let i = 0; i < reports; i++) {
  const name = `${String(i).padStart(6, "0")}.txt`;
  const report = generateRealReport(i, seed);
  characters += report.text.length;
  if (!have.has(name)) writeFileSync(path.join(dir, name), report.text);
}
console.error(
  `${reports} reports (${characters} characters) in ${dir}, generated or checked in ${((Date.now() - generating) / 1000).toFixed(1)} s`,
);

const kg = new URL("../../bin/kg.mjs", import.meta.url).pathname;
const log = path.join(dir, "..", `${path.basename(dir)}.import.log`);
const loadBefore = os.loadavg();
const started = Date.now();
const child = spawn(process.execPath, [kg, "import", dir, "--overwrite", "--json"], {
  stdio: ["ignore", "pipe", "pipe"],
});
let stdout = "";
child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
const logStream = createWriteStream(log);
child.stderr.pipe(logStream);
const code: number = await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1)));
const seconds = (Date.now() - started) / 1000;
const loadAfter = os.loadavg();
if (code !== 0 || !existsSync(log)) {
  console.error(`kg import exited ${code}; see ${log}`);
  process.exit(1);
}
const summary = JSON.parse(stdout) as {
  reports: number;
  characters: number;
  nodes: number;
  relationships: number;
  storeBytes: number;
  seconds: Record<string, number>;
  steps: Record<string, number>;
};
console.log(
  JSON.stringify(
    {
      reports: summary.reports,
      wallSeconds: seconds,
      reportsPerSecond: summary.reports / seconds,
      // every character of the files read (the report bodies alone: summary.characters)
      charactersPerSecond: characters / seconds,
      characters,
      bodyCharacters: summary.characters,
      nodes: summary.nodes,
      relationships: summary.relationships,
      storeMiB: summary.storeBytes / 1024 / 1024,
      phases: summary.seconds,
      steps: summary.steps,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      cores: os.availableParallelism(),
      log,
    },
    null,
    2,
  ),
);
