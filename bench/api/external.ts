/**
 * The ingest and extract figures come from their owners' benches. The extract bench (bench/extract/run.ts) is a
 * script measuring throughput on ≥ 10 MB of corpus text, independent of graph size: it runs once per bench run,
 * in its own process, and its printed lines go into the report. The ingest bench (bench/ingest/run.ts) is called
 * per size through its exported `runIngestBench({count, seed})` once it has one; the harness's own ingest rate
 * (graph.ts) is reported either way.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const INGEST = new URL("../ingest/run.ts", import.meta.url);
const EXTRACT = new URL("../extract/run.ts", import.meta.url);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface ExternalFigures {
  ingest?: unknown;
  missing: string[];
}

export async function runIngestBench(
  size: number,
  seed: number,
  log: (line: string) => void,
): Promise<ExternalFigures> {
  if (!existsSync(fileURLToPath(INGEST))) return { missing: ["bench/ingest/run.ts is not there yet"] };
  try {
    const mod = (await import(INGEST.href)) as {
      runIngestBench?: (o: { count: number; seed: number }) => Promise<unknown>;
    };
    if (typeof mod.runIngestBench !== "function")
      return { missing: ["bench/ingest/run.ts exports no runIngestBench({count, seed})"] };
    log(`  ingest bench at ${size}…`);
    return { ingest: await mod.runIngestBench({ count: size, seed }), missing: [] };
  } catch (error) {
    return { missing: [`bench/ingest/run.ts failed: ${(error as Error).message.split("\n")[0]}`] };
  }
}

export interface ExtractFigures {
  command: string;
  ok: boolean;
  lines: string[];
}

/** Runs the extract bench as its owner does (`npx tsx bench/extract/run.ts`) and keeps what it prints. */
export function runExtractBench(log: (line: string) => void): ExtractFigures | undefined {
  if (!existsSync(fileURLToPath(EXTRACT))) return undefined;
  log("extract bench (bench/extract/run.ts)…");
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(EXTRACT)], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 15 * 60_000,
  });
  const lines = `${run.stdout ?? ""}`.split("\n").filter(Boolean);
  return {
    command: "npx tsx bench/extract/run.ts",
    ok: run.status === 0,
    lines: run.status === 0 ? lines : [...lines, ...`${run.stderr ?? ""}`.split("\n").slice(0, 5)],
  };
}
