/**
 * `kg ingest PATH...`: extract each report file and load it into Neo4j, one transaction per report. A failing
 * file gets one line (`<file>: <code>: <message>`) and the others go on; the exit code says whether any failed.
 * Reports store their file's absolute path as `sourcePath`, which is how `--reextract` finds the text again.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { toGraphError } from "../../graph/errors.js";
import { ingestReport } from "../../graph/load/ingest.js";
import { reportsNotExtractedBy } from "../../graph/load/stored-reports.js";
import { applySchema } from "../../graph/schema.js";
import { expandInputs } from "../input-files.js";
import { addFailure, addOutcome, emptySummary, ingestExitCode, summaryLines, type IngestFailure } from "../ingest-summary.js";
import { createProgress } from "../progress.js";

interface IngestFlags {
  json?: boolean;
  dryRun?: boolean;
  reextract?: boolean;
  force?: boolean;
  concurrency: string;
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
    .option("--concurrency <n>", "reports loaded at once", "2")
    .action((paths: string[], flags: IngestFlags) => runIngest(paths, flags));
}

async function runIngest(paths: string[], flags: IngestFlags): Promise<void> {
  const config = loadConfig();
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw Object.assign(new Error("--concurrency must be 1..32"), { code: "BAD_USER_INPUT" });
  const { extractReport, EXTRACTOR_VERSION } = await import("../../extract/index.js");
  const { files, errors } = expandInputs(paths);
  if (paths.length === 0 && !flags.reextract) throw Object.assign(new Error("give at least one file, folder or glob (or --reextract)"), { code: "BAD_USER_INPUT" });

  const driver = createDriver(config.neo4j);
  const database = config.neo4j.database;
  try {
    if (!flags.dryRun) await applySchema(driver, database);
    const failures: IngestFailure[] = errors.map((e) => ({ file: e.path, code: e.code, message: e.message }));
    if (flags.reextract) {
      for (const stored of await reportsNotExtractedBy(driver, database, EXTRACTOR_VERSION)) {
        if (stored.sourcePath) files.push(stored.sourcePath);
        else failures.push({ file: stored.id, code: "BAD_USER_INPUT", message: "stored report has no sourcePath to re-extract from" });
      }
    }
    const work = [...new Set(files)];
    const summary = emptySummary(work.length + errors.length);
    const progress = createProgress(work.length, "ingest");
    const fail = (failure: IngestFailure) => {
      addFailure(summary, failure);
      progress.log(`${failure.file}: ${failure.code}: ${failure.message}`);
    };
    failures.forEach(fail);
    const started = Date.now();

    let next = 0;
    const worker = async () => {
      while (next < work.length) {
        const file = work[next++]!;
        try {
          const extracted = extractReport(await readFile(file), {}, { maxBytes: config.extract.maxBytes });
          if (flags.dryRun) {
            summary.extracted++;
            summary.entities += extracted.entities.length;
            summary.relations += extracted.relations.length;
            progress.tick(`${file}: extracted ${extracted.entities.length} entities, ${extracted.relations.length} relations`);
            continue;
          }
          const outcome = await ingestReport(driver, database, extracted, { force: flags.force, sourcePath: file });
          addOutcome(summary, outcome);
          progress.tick(`${file}: ${outcome.status} ${outcome.reportId} (${outcome.entities} entities, ${outcome.relations} relations)`);
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          const known = typeof code === "string" && !code.startsWith("Neo.") ? { code, message: (error as Error).message } : toGraphError(error);
          fail({ file, code: known.code, message: known.message });
          progress.tick(`${file}: failed`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(work.length, 1)) }, worker));
    progress.stop();
    summary.seconds = (Date.now() - started) / 1000;

    if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else for (const line of summaryLines(summary, flags.dryRun ?? false)) console.log(line);
    process.exitCode = ingestExitCode(summary);
  } finally {
    await driver.close();
  }
}
