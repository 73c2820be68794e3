/**
 * `kg ingest PATH...`: extract each report file and load it into Neo4j, in batches of reports per transaction
 * (each report fully in or not at all; a report that fails is retried alone, so it fails alone). A failing
 * file gets one line (`<file>: <code>: <message>`) and the others go on; the exit code says whether any failed.
 * Reports store their file's absolute path as `sourcePath`, which is how `--reextract` finds the text again.
 * A report's id is the hash of its normalized text: an ingest adds every text it has not seen and replaces a stored
 * report only when told to (the same --source-url, --replaces ID, or --reextract of that report).
 */
import { statSync } from "node:fs";
import type { Command } from "commander";
import type { ReportMetadata } from "../../extract/types.js";
import type { FileMetadata } from "../meta-file.js";
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
  meta?: string;
  title?: string;
  published?: string;
  issuer?: string;
  sourceUrl?: string;
  replaces?: string[];
}

export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("extract report files (.txt .html .htm .md; files, folders, globs) and load them into Neo4j")
    .argument("[paths...]", "files, folders (searched recursively) or glob patterns")
    .option("--json", "print a machine-readable summary on stdout")
    .option("--dry-run", "extract only; write nothing")
    .option(
      "--reextract",
      "also re-extract stored reports whose extractor version differs from the current one, or whose text is not stored",
    )
    .option("--force", "rewrite reports even when unchanged")
    .option(
      "--meta <file>",
      "per-file metadata for many files: .csv (header row) or .jsonl with path, title, issuer, publishedAt, sourceUrl, replaces",
    )
    .option("--title <title>", "one file only: its title (overrides the text)")
    .option(
      "--published <date>",
      "one file only: its publication date YYYY-MM-DD (gives the year when the text does not)",
    )
    .option("--issuer <name>", "one file only: the issuing body (overrides the text)")
    .option(
      "--source-url <url>",
      "one file only: where it was published; a stored report with the same URL is replaced",
    )
    .option(
      "--replaces <id...>",
      "one file only: ids of stored reports this one replaces (a new version); nothing else is ever replaced",
    )
    .option("--batch-size <n>", "reports per transaction (a report is always fully in or not at all)", "25")
    .option("--concurrency <n>", "batches loaded at once", "2")
    .action((paths: string[], flags: IngestCommandFlags) => runIngest(paths, flags));
}

async function runIngest(paths: string[], flags: IngestCommandFlags): Promise<void> {
  const config = loadConfig();
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    throw new CodedError("BAD_USER_INPUT", "--concurrency must be 1..32");
  const batchSize = Number(flags.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000)
    throw new CodedError("BAD_USER_INPUT", "--batch-size must be 1..1000");
  if (paths.length === 0 && !flags.reextract)
    throw new CodedError("BAD_USER_INPUT", "give at least one file, folder or glob (or --reextract)");

  const single = singleFileMetadata(flags);
  if (
    single &&
    (paths.length !== 1 || /[*?[]/.test(paths[0]!) || statSync(paths[0]!, { throwIfNoEntry: false })?.isDirectory())
  ) {
    throw Object.assign(
      new Error(
        "--title, --published, --issuer, --source-url and --replaces are for one file; for many, use --meta FILE",
      ),
      { code: "BAD_USER_INPUT" },
    );
  }

  const driver = createDriver(config.neo4j);
  try {
    if (!flags.dryRun) await applySchema(driver, config.neo4j.database);
    const summary = await ingestPaths(paths, { ...flags, concurrency, batchSize, single }, config, driver);
    if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else for (const line of summaryLines(summary, flags.dryRun ?? false)) console.log(line);
    process.exitCode = ingestExitCode(summary);
  } finally {
    await driver.close();
  }
}

function singleFileMetadata(flags: IngestCommandFlags): FileMetadata | undefined {
  if (flags.published && !/^\d{4}-\d{2}-\d{2}$/.test(flags.published)) {
    throw Object.assign(new Error(`--published must be YYYY-MM-DD, got "${flags.published}"`), {
      code: "BAD_USER_INPUT",
    });
  }
  const meta: ReportMetadata = {
    ...(flags.title ? { title: flags.title } : {}),
    ...(flags.published ? { publishedAt: flags.published } : {}),
    ...(flags.issuer ? { issuer: flags.issuer } : {}),
    ...(flags.sourceUrl ? { sourceUrl: flags.sourceUrl } : {}),
  };
  const replaces = flags.replaces ?? [];
  return Object.keys(meta).length || replaces.length ? { meta, replaces } : undefined;
}
