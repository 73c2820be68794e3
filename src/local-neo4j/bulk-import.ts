/**
 * `neo4j-admin database import full` into the project's own Neo4j: the server is stopped, the current store moved
 * aside, the CSV files imported, and the server started again. A failed import puts the previous store back, so
 * the database is never left half-imported (neo4j-admin itself leaves an unusable store behind when it fails).
 * Community Edition's importer cannot create indexes (its --schema needs the block format), so the caller applies
 * the schema once the server is up.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.js";
import { adminToolStreaming, firstError } from "./admin-tool.js";
import { storeDirs } from "./backup.js";
import { LocalNeo4jError } from "./errors.js";
import { localLayout } from "./layout.js";
import { start, stop } from "./server.js";

type Log = (line: string) => void;
type Neo4jConfig = Config["neo4j"];

/** Refuses a Neo4j this project did not start: the importer writes store files, which only a local server has. */
export function assertLocalNeo4j(cfg: Neo4jConfig, command: string): void {
  if (!cfg.managedLocally)
    throw new LocalNeo4jError(
      "NOT_LOCAL",
      `${command} builds the store of the project's own local Neo4j; NEO4J_URI points at ${cfg.uri}, which this project did not start (for a remote Neo4j or Aura: import locally, then neo4j-admin database dump / upload; see the README, "Bulk import")`,
    );
}

/** Seconds of each step of importStore: stopping the server, neo4j-admin, starting the server again. */
export interface ImportStoreSeconds {
  stop: number;
  importer: number;
  start: number;
}

const since = (t: number) => (Date.now() - t) / 1000;

/** Replaces the database `cfg.database` with the import of `csvArguments` (CsvFiles.importArguments). */
export async function importStore(
  cfg: Neo4jConfig,
  csvArguments: string[],
  reportFile: string,
  log: Log = () => {},
): Promise<ImportStoreSeconds> {
  assertLocalNeo4j(cfg, "kg import");
  const layout = localLayout(cfg.local.dir);
  const seconds: ImportStoreSeconds = { stop: 0, importer: 0, start: 0 };
  const stopping = Date.now();
  await stop(cfg, log);
  seconds.stop = since(stopping);
  try {
    const aside = mkdtempSync(path.join(layout.home, "data/.kg-import-"));
    const kept = storeDirs(layout, cfg.database)
      .filter(existsSync)
      .map((dir, i) => {
        const to = path.join(aside, `previous-${i}`);
        renameSync(dir, to);
        return { dir, to };
      });
    log(`neo4j-admin database import full ${cfg.database} …`);
    const importing = Date.now();
    const run = await adminToolStreaming(
      cfg,
      layout,
      ["database", "import", "full", cfg.database, `--report-file=${reportFile}`, ...csvArguments],
      (line) => log(`neo4j-admin: ${line}`),
    );
    seconds.importer = since(importing);
    if (!run.ok) {
      for (const dir of storeDirs(layout, cfg.database)) rmSync(dir, { recursive: true, force: true });
      for (const { dir, to } of kept) renameSync(to, dir);
      rmSync(aside, { recursive: true, force: true });
      throw new LocalNeo4jError(
        "IMPORT_FAILED",
        `neo4j-admin database import failed, the previous store is kept: ${firstError(run.output)}`,
      );
    }
    rmSync(aside, { recursive: true, force: true });
  } finally {
    const starting = Date.now();
    await start(cfg, log);
    seconds.start = since(starting);
  }
  return seconds;
}
