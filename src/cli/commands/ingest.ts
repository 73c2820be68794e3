/**
 * `kg ingest PATH...`: extract each report file and load it into Neo4j, in batches of reports per transaction
 * (each report fully in or not at all; a report that fails is retried alone, so it fails alone). A failing
 * file gets one line (`<file>: <code>: <message>`) and the others go on; the exit code says whether any failed.
 * Reports store their file's absolute path as `sourcePath`, which is how `--reextract` finds the text again.
 */
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { applySchema } from "../../graph/schema.js";
import { ingestExitCode, summaryLines } from "../ingest-summary.js";
import { ingestPaths } from "../ingest-run.js";
import { CodedError } from "../../errors.js";

interface IngestCommandFlags {
  json?: boolean;
  dryRun?: boolean;
  reextract?: boolean;
  force?: boolean;
  concurrency: string;
  batchSize: string;
}

export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("extract report files (.txt .html .htm .md; files, folders, globs) and load them into Neo4j")
    .argument("[paths...]", "files, folders (searched recursively) or glob patterns")
    .option("--json", "print a machine-readable summary on stdout")
    .option("--dry-run", "extract only; write nothing")
    .option("--reextract", "also re-extract stored reports whose extractor version differs from the current one")
    .option("--force", "rewrite reports even when unchanged")
    .option("--batch-size <n>", "reports per transaction (a report is always fully in or not at all)", "25")
    .option("--concurrency <n>", "batches loaded at once", "2")
    .action((paths: string[], flags: IngestCommandFlags) => runIngest(paths, flags));
}

async function runIngest(paths: string[], flags: IngestCommandFlags): Promise<void> {
  const config = loadConfig();
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new CodedError("BAD_USER_INPUT", "--concurrency must be 1..32");
  const batchSize = Number(flags.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) throw new CodedError("BAD_USER_INPUT", "--batch-size must be 1..1000");
  if (paths.length === 0 && !flags.reextract) throw new CodedError("BAD_USER_INPUT", "give at least one file, folder or glob (or --reextract)");

  const driver = createDriver(config.neo4j);
  try {
    if (!flags.dryRun) await applySchema(driver, config.neo4j.database);
    const summary = await ingestPaths(paths, { ...flags, concurrency, batchSize }, config, driver);
    if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else for (const line of summaryLines(summary, flags.dryRun ?? false)) console.log(line);
    process.exitCode = ingestExitCode(summary);
  } finally {
    await driver.close();
  }
}
