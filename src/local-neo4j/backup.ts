/**
 * Backups of the project's own Neo4j: `neo4j-admin database dump` / `load` from the same jars, with the server
 * stopped around them (Community Edition dumps and loads only offline databases) and started again afterwards if
 * it was running. A restore never leaves a half-loaded store: the current store is moved aside first and put back
 * when the load fails.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.js";
import { adminTool, firstError } from "./admin-tool.js";
import { LocalNeo4jError } from "./errors.js";
import { localLayout, type LocalLayout } from "./layout.js";
import { start, status, stop } from "./server.js";

type Log = (line: string) => void;
type Neo4jConfig = Config["neo4j"];

/** Runs `work` with the local server stopped, and starts it again afterwards if it was running before. */
async function offline<T>(cfg: Neo4jConfig, log: Log, work: () => T): Promise<T> {
  if (!cfg.managedLocally) {
    throw new LocalNeo4jError(
      "NOT_LOCAL",
      `kg backup and kg restore work on the project's own local Neo4j; NEO4J_URI points at ${cfg.uri}, which this project did not start (see the README, "Backups", for a remote Neo4j)`,
    );
  }
  const layout = localLayout(cfg.local.dir);
  if (!existsSync(path.join(layout.confDir, "neo4j.conf"))) {
    throw new LocalNeo4jError(
      "NOT_LOCAL",
      `no local Neo4j has been set up in ${layout.root} yet (run kg neo4j start first)`,
    );
  }
  const wasRunning = (await status(cfg)).running;
  if (wasRunning) await stop(cfg, log);
  try {
    return work();
  } finally {
    if (wasRunning) await start(cfg, log);
  }
}

/** Writes the database `cfg.database` to `file` (a neo4j-admin dump). */
export async function backup(
  cfg: Neo4jConfig,
  file: string,
  log: Log = () => {},
): Promise<{ file: string; bytes: number }> {
  const target = path.resolve(file);
  if (!existsSync(path.dirname(target))) {
    throw new LocalNeo4jError("BAD_PATH", `cannot write ${target}: its folder does not exist`);
  }
  const layout = localLayout(cfg.local.dir);
  // the dump is written beside the target and renamed into place, so a failed dump never leaves a partial file
  const scratch = mkdtempSync(path.join(path.dirname(target), ".kg-backup-"));
  try {
    await offline(cfg, log, () => {
      log(`dumping database ${cfg.database} …`);
      const run = adminTool(cfg, layout, [
        "database",
        "dump",
        cfg.database,
        `--to-path=${scratch}`,
        "--overwrite-destination=true",
      ]);
      if (!run.ok)
        throw new LocalNeo4jError("BACKUP_FAILED", `neo4j-admin database dump failed: ${firstError(run.output)}`);
    });
    renameSync(path.join(scratch, `${cfg.database}.dump`), target);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const bytes = statSync(target).size;
  log(`wrote ${target} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
  return { file: target, bytes };
}

/** The store folders of one database, which a load (or kg import) replaces. */
export function storeDirs(layout: LocalLayout, database: string): string[] {
  return [path.join(layout.home, "data/databases", database), path.join(layout.home, "data/transactions", database)];
}

/** Replaces the database `cfg.database` with the dump in `file`; on failure the previous store is put back. */
export async function restore(cfg: Neo4jConfig, file: string, log: Log = () => {}): Promise<void> {
  const source = path.resolve(file);
  if (!existsSync(source) || !statSync(source).isFile())
    throw new LocalNeo4jError("BACKUP_NOT_FOUND", `no backup file at ${source}`);
  const layout = localLayout(cfg.local.dir);
  await offline(cfg, log, () => {
    const aside = mkdtempSync(path.join(layout.home, "data/.kg-restore-"));
    const staged = path.join(aside, "dump");
    mkdirSync(staged);
    // neo4j-admin loads <database>.dump from a folder
    copyFileSync(source, path.join(staged, `${cfg.database}.dump`));
    const moved = storeDirs(layout, cfg.database).filter(existsSync);
    const kept = moved.map((dir, i) => {
      const to = path.join(aside, `previous-${i}`);
      renameSync(dir, to);
      return { dir, to };
    });
    log(`loading ${source} into database ${cfg.database} …`);
    const run = adminTool(cfg, layout, [
      "database",
      "load",
      cfg.database,
      `--from-path=${staged}`,
      "--overwrite-destination=true",
    ]);
    if (!run.ok) {
      for (const dir of storeDirs(layout, cfg.database)) rmSync(dir, { recursive: true, force: true });
      for (const { dir, to } of kept) renameSync(to, dir);
      rmSync(aside, { recursive: true, force: true });
      throw new LocalNeo4jError(
        "RESTORE_FAILED",
        `neo4j-admin database load failed, the previous store is kept: ${firstError(run.output)}`,
      );
    }
    rmSync(aside, { recursive: true, force: true });
    log(`restored database ${cfg.database} from ${source}`);
  });
}
