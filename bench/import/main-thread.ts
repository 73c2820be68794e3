/**
 * The extraction phase of `kg import` without Neo4j: the report files of --dir extracted by the worker pool and
 * written as CSV by the main thread (extractInOrder + AnswerWriter + CsvFiles, as src/cli/import/run.ts does) into
 * a folder of its own, --rounds times. Prints per round the main thread's CPU while the workers extract
 * (process.threadCpuUsage: on 2 cores every ms of it is taken from the workers), per report, then the CPU of the
 * shared entities' lines written after the last answer, the wall time and the load; then a digest of the
 * CSV folder (every file's name and bytes, ingestedAt left out) and of the importer's arguments, so two versions can be
 * compared byte for byte.
 *
 *   npx tsx bench/import/main-thread.ts --dir /tmp/kg-real-2000 [--reports 2000] [--rounds 3] [--threads 2] [--keep /tmp/csv]
 */
import { createHash } from "node:crypto";
import { mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { AnswerWriter } from "../../src/cli/import/answer-writer.js";
import { extractInOrder } from "../../src/cli/import/worker-pool.js";
import { expandInputs } from "../../src/cli/input-files.js";
import { createProgress } from "../../src/cli/progress.js";
import { loadConfig } from "../../src/config.js";
import { CsvFiles } from "../../src/graph/import/csv-files.js";

function flag(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const dir = path.resolve(flag("dir", "/tmp/kg-real-2000")!);
const rounds = Number(flag("rounds", "3"));
const threads = Number(flag("threads", String(os.availableParallelism())));
const keep = flag("keep");
const files = expandInputs([dir]).files.slice(0, Number(flag("reports", "Infinity")));
const maxBytes = loadConfig().extract.maxBytes;
// kg import's progress lines go to stderr (a log file in bench/import/run.ts): written here to /dev/null, as costly
const devNull = openSync("/dev/null", "w");
const stream = { write: (chunk: string) => writeSync(devNull, chunk) };

/** Report nodes carry the time of their extraction (ingestedAt): the same length every run, left out of the digest. */
const INGESTED_AT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;

function digest(csvDir: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(csvDir).sort())
    hash.update(`${name}\0`).update(readFileSync(path.join(csvDir, name), "utf8").replace(INGESTED_AT, "T"));
  return hash.digest("hex").slice(0, 16);
}

const argumentsDigest = (csvDir: string, args: string[]) =>
  createHash("sha256").update(args.join("\n").replaceAll(csvDir, "DIR")).digest("hex").slice(0, 16);

// Node 24 has it; the project's @types/node does not name it yet
const { threadCpuUsage } = process as unknown as { threadCpuUsage(previous?: NodeJS.CpuUsage): NodeJS.CpuUsage };

const perReport: number[] = [];
for (let round = 1; round <= rounds; round++) {
  const csvDir = mkdtempSync(path.join(os.tmpdir(), "kg-main-thread-"));
  const csv = new CsvFiles(csvDir);
  const progress = createProgress(files.length, "import", stream);
  const writer = new AnswerWriter(files, csv, progress, (file, code, message) =>
    stream.write(`${file}: ${code}: ${message}\n`),
  );
  const tasks = files.map((file, index) => ({ index, file, meta: {} }));
  const load = os.loadavg()[0]!;
  const started = Date.now();
  const cpu = threadCpuUsage();
  await extractInOrder(tasks, { threads, maxBytes }, (answer) => writer.take(answer));
  const extraction = threadCpuUsage(cpu);
  // the shared entities' lines: after the last answer, when the workers are done
  writer.finish();
  const used = threadCpuUsage(cpu);
  const wall = (Date.now() - started) / 1000;
  const ms = (extraction.user + extraction.system) / 1000;
  const finishMs = (used.user + used.system) / 1000 - ms;
  perReport.push(ms / files.length);
  console.log(
    `round ${round}: ${files.length} files, ${writer.reports} reports, ${writer.duplicates} duplicates; main thread during extraction ${ms.toFixed(0)} ms CPU (user ${(extraction.user / 1000).toFixed(0)}, system ${(extraction.system / 1000).toFixed(0)}) = ${(ms / files.length).toFixed(3)} ms/report, then the shared entities ${finishMs.toFixed(0)} ms; wall ${wall.toFixed(1)} s; load ${load.toFixed(2)} -> ${os.loadavg()[0]!.toFixed(2)}; csv ${digest(csvDir)}, arguments ${argumentsDigest(csvDir, csv.importArguments())}`,
  );
  if (keep && round === rounds) {
    rmSync(keep, { recursive: true, force: true });
    renameSync(csvDir, keep);
  } else rmSync(csvDir, { recursive: true, force: true });
}
const sorted = [...perReport].sort((a, b) => a - b);
console.log(
  `median main-thread CPU during extraction ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)} ms/report over ${rounds} rounds`,
);
