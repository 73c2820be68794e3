/**
 * `kg import`: a new graph from report files with Neo4j's own bulk importer. Extraction runs in worker threads
 * (worker-pool.ts) and gives the rows `kg ingest` would write (graph/import); they become CSV files, which
 * `neo4j-admin database import full` turns into the local Neo4j's store (local-neo4j/bulk-import.ts: previous
 * store kept until the import succeeded, server started again; it stops while the files are extracted); then the
 * schema is applied (the empty lists CSV cannot carry are stored by no one: model.ts). A database that holds
 * anything is replaced only with --overwrite, and a Neo4j the project did not start is never touched.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config } from "../../config.js";
import { CodedError } from "../../errors.js";
import { createDriver } from "../../graph/driver.js";
import { databaseIsEmpty } from "../../graph/import/after-import.js";
import { CsvFiles } from "../../graph/import/csv-files.js";
import { applyConstraints, applyIndexes } from "../../graph/schema.js";
import { graphStats } from "../../graph/stats.js";
import { assertLocalNeo4j, importStore } from "../../local-neo4j/bulk-import.js";
import { LocalNeo4jError } from "../../local-neo4j/errors.js";
import { localLayout } from "../../local-neo4j/layout.js";
import { start, stop } from "../../local-neo4j/server.js";
import { isBadInput } from "../exit-codes.js";
import { expandInputs } from "../input-files.js";
import { readMetaFile, type FileMetadata } from "../meta-file.js";
import { createProgress } from "../progress.js";
import { AnswerWriter } from "./answer-writer.js";
import type { WorkerTask } from "./messages.js";
import { extractInOrder } from "./worker-pool.js";

export interface ImportFlags {
  meta?: string;
  overwrite?: boolean;
  threads: number;
}

export interface ImportSummary {
  files: number;
  reports: number;
  duplicates: number;
  failed: number;
  failures: { file: string; code: string; message: string }[];
  characters: number;
  nodes: number;
  relationships: number;
  /** bytes of the database's store folder after the import */
  storeBytes: number;
  seconds: { extract: number; neo4jAdmin: number; schema: number; total: number };
  /**
   * Seconds of each step besides the extraction, in the order they ran, so a long run shows where its time went:
   * stop (the server stops while the files are extracted: inside extract), importer and start (inside
   * neo4jAdmin), constraints, indexes and counts (inside schema). No step writes empty lists: the graph stores none
   * (model.ts), so what neo4j-admin leaves out of the CSV is what `kg ingest` stores too.
   */
  steps: Record<string, number>;
}

/** How long the writes after neo4j-admin may take (constraints, indexes): hours, for 100,000 reports and more. */
const LONG_WORK_SECONDS = 3 * 3600;

export const defaultThreads = (): number => os.availableParallelism();

export async function importPaths(
  paths: string[],
  flags: ImportFlags,
  config: Config,
  log: (line: string) => void,
): Promise<ImportSummary> {
  const cfg = config.neo4j;
  assertLocalNeo4j(cfg, "kg import");
  const started = Date.now();
  const { files, errors } = expandInputs(paths);
  const perFile = flags.meta ? readMetaFile(flags.meta) : new Map<string, FileMetadata>();
  refuseWhatIngestWouldSupersede(files, perFile);
  if (files.length === 0)
    throw new CodedError("FILE_NOT_FOUND", `no report files in ${paths.join(" ")} (.txt .html .htm .md)`);

  await start(cfg, (line) => log(`neo4j: ${line}`));
  const check = createDriver(cfg);
  try {
    if (!(await databaseIsEmpty(check, cfg.database)) && !flags.overwrite)
      throw new LocalNeo4jError(
        "DATABASE_NOT_EMPTY",
        `database ${cfg.database} of the local Neo4j is not empty: kg import builds a new graph and would replace it; pass --overwrite to replace it, or use kg ingest to add to it`,
      );
  } finally {
    await check.close();
  }

  const layout = localLayout(cfg.local.dir);
  const csvDir = path.join(layout.root, `import-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  const csv = new CsvFiles(csvDir);
  const summary: ImportSummary = {
    files: files.length + errors.length,
    reports: 0,
    duplicates: 0,
    failed: 0,
    failures: [],
    characters: 0,
    nodes: 0,
    relationships: 0,
    storeBytes: 0,
    seconds: { extract: 0, neo4jAdmin: 0, schema: 0, total: 0 },
    steps: {},
  };
  const time = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const stepStarted = Date.now();
    try {
      return await work();
    } finally {
      summary.steps[step] = (Date.now() - stepStarted) / 1000;
    }
  };
  const progress = createProgress(files.length, "import");
  const fail = (file: string, code: string, message: string) => {
    summary.failed++;
    summary.failures.push({ file, code, message });
    progress.log(`${file}: ${code}: ${message}`);
  };
  for (const e of errors) fail(e.path, e.code, e.message);

  const tasks: WorkerTask[] = files.map((file, index) => ({ index, file, meta: perFile.get(file)?.meta ?? {} }));
  // The server is not needed while the files are extracted: it stops meanwhile, so its shutdown (8 s at 2,000
  // reports) is not waited for after the extraction, and it starts again when nothing gets imported.
  const neo4jLog = (line: string) => log(`neo4j: ${line}`);
  const stopping = time("stop", () => stop(cfg, neo4jLog));
  // awaited after the extraction; a failure to stop must not end the process as an unhandled rejection before that
  stopping.catch(() => {});
  try {
    const writer = new AnswerWriter(files, csv, progress, fail);
    await extractInOrder(tasks, { threads: flags.threads, maxBytes: config.extract.maxBytes }, (answer) =>
      writer.take(answer),
    );
    progress.stop();
    writer.finish();
    Object.assign(summary, { reports: writer.reports, duplicates: writer.duplicates, characters: writer.characters });
    summary.seconds.extract = (Date.now() - started) / 1000;
    if (summary.reports === 0) {
      rmSync(csvDir, { recursive: true, force: true });
      throw new CodedError("BAD_USER_INPUT", "no file could be extracted: nothing imported, the database is unchanged");
    }
    await stopping;
  } catch (error) {
    await stopping.catch(() => {});
    await start(cfg, neo4jLog);
    throw error;
  }
  const written = csv.counts();
  log(`wrote ${written.nodes} nodes and ${written.relationships} relationships as CSV in ${csvDir}`);

  const adminStarted = Date.now();
  // importStore's own stop finds the server stopped already
  const { importer, start: restart } = await importStore(
    cfg,
    csv.importArguments(),
    path.join(csvDir, "import.report"),
    log,
  );
  Object.assign(summary.steps, { importer, start: restart });
  summary.seconds.neo4jAdmin = (Date.now() - adminStarted) / 1000;

  const schemaStarted = Date.now();
  const driver = createDriver(cfg);
  try {
    log("applying the schema and waiting for the indexes …");
    await time("constraints", () => applyConstraints(driver, cfg.database, LONG_WORK_SECONDS));
    await time("indexes", () => applyIndexes(driver, cfg.database, LONG_WORK_SECONDS));
    const stats = await time("counts", () => graphStats(driver, cfg.database));
    summary.nodes = Object.entries(stats.labels)
      .filter(([label]) => label !== "Entity")
      .reduce((n, [, count]) => n + count, 0);
    summary.relationships = Object.values(stats.relationships).reduce((n, count) => n + count, 0);
  } finally {
    await driver.close();
  }
  summary.seconds.schema = (Date.now() - schemaStarted) / 1000;
  summary.storeBytes = folderBytes(path.join(layout.home, "data/databases", cfg.database));
  rmSync(csvDir, { recursive: true, force: true });
  summary.seconds.total = (Date.now() - started) / 1000;
  return summary;
}

/**
 * A graph built from scratch has nothing to replace: what `kg ingest` would supersede (a `replaces` column, two
 * files with one sourceUrl) is refused rather than guessed at.
 */
function refuseWhatIngestWouldSupersede(files: string[], perFile: Map<string, FileMetadata>): void {
  const byUrl = new Map<string, string>();
  for (const file of files) {
    const given = perFile.get(file);
    if (!given) continue;
    if (given.replaces.length)
      throw new CodedError(
        "BAD_USER_INPUT",
        `--meta gives ${file} replaces ${given.replaces.join(" ")}: kg import builds a new graph and replaces nothing; drop the column (and the replaced files), or use kg ingest`,
      );
    const url = given.meta.sourceUrl?.trim();
    if (!url) continue;
    const other = byUrl.get(url);
    if (other)
      throw new CodedError(
        "BAD_USER_INPUT",
        `--meta gives ${other} and ${file} the same sourceUrl ${url}: kg ingest would keep only the later one; import one of them`,
      );
    byUrl.set(url, file);
  }
}

function folderBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return bytes;
}

export const importExitCode = (summary: ImportSummary): number =>
  summary.failed === 0 ? 0 : summary.failures.every((f) => isBadInput(f.code)) ? 2 : 1;

export function importSummaryLines(s: ImportSummary): string[] {
  const t = s.seconds;
  return [
    `imported ${s.reports} report(s) from ${s.files} file(s) in ${t.total.toFixed(1)} s: ${s.nodes} nodes, ${s.relationships} relationships; ${s.failed} failed, ${s.duplicates} duplicate text(s) skipped`,
    `extraction and CSV ${t.extract.toFixed(1)} s (${Math.round(s.characters / Math.max(t.extract, 0.001))} characters/s), neo4j-admin with restart ${t.neo4jAdmin.toFixed(1)} s, lists and schema ${t.schema.toFixed(1)} s; store ${(s.storeBytes / 1024 / 1024).toFixed(1)} MB`,
    `steps: ${Object.entries(s.steps)
      .map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`)
      .join(", ")}`,
  ];
}
