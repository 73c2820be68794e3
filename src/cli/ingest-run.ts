/**
 * The ingest loop shared by `kg ingest` and `kg start`: extract the files and load them in batches (one
 * transaction per batch, a report is fully in or not at all), a few batches at a time; a failing file becomes one
 * line and the others go on. A file whose report is already stored as it is (same text and metadata, same
 * extractor version) is counted unchanged from its hash, without being extracted, so re-ingesting a folder takes
 * seconds. Stored reports of an older extractor version are re-extracted when their file is given again;
 * `--reextract` also finds those whose files were not given, by their stored sourcePath, and re-extracts a report
 * without a file (ingested through the API, or its file gone) from its stored text, with the metadata its caller gave.
 * Any run keeps that metadata where it does not give it again (a re-ingest without --meta erases nothing).
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { toGraphError } from "../graph/errors.js";
import { ingestReports } from "../graph/load/ingest.js";
import type { ExtractedReport, ReportMetadata } from "../extract/types.js";
import {
  keptMetadata,
  reportsToReextract,
  storedCallerMetadata,
  storedReportTexts,
  storedUnchanged,
  type ReportIdentity,
} from "../graph/load/stored-reports.js";
import { expandInputs } from "./input-files.js";
import {
  addCounts,
  addFailure,
  addNotes,
  addOutcome,
  emptySummary,
  type IngestFailure,
  type IngestSummary,
} from "./ingest-summary.js";
import { createProgress, type ProgressStream } from "./progress.js";
import { ingestNotes } from "./ingest-notes.js";
import { readMetaFile, type FileMetadata } from "./meta-file.js";

export interface IngestFlags {
  dryRun?: boolean;
  reextract?: boolean;
  force?: boolean;
  /** batches loaded at once */
  concurrency: number;
  /** reports per transaction */
  batchSize: number;
  /** a sidecar file of per-file metadata (meta-file.ts) */
  meta?: string;
  /** metadata and replaced ids for the one file given (kg ingest FILE --title … --replaces …) */
  single?: FileMetadata;
  /**
   * Settles when the database can be written (kg start on a new local database: Neo4j fetched and started, the
   * schema applied); files are extracted meanwhile and written after it. Unset: the database is ready now.
   */
  databaseReady?: Promise<void>;
}

export async function ingestPaths(
  paths: string[],
  flags: IngestFlags,
  config: Config,
  driver: Driver,
  /** where the progress goes (a bar when it is a terminal) */
  progressStream: ProgressStream = process.stderr,
): Promise<IngestSummary> {
  let ready = flags.databaseReady === undefined;
  const databaseReady = (flags.databaseReady ?? Promise.resolve()).then(() => {
    ready = true;
  });
  // awaited before each write; handled here at once, so a failure that comes while files are still being
  // extracted is not an unhandled rejection
  databaseReady.catch(() => {});
  const { extractReportAndText, reportIdentity, EXTRACTOR_VERSION } = await import("../extract/index.js");
  const { files, errors, skipped } = expandInputs(paths);
  const database = config.neo4j.database;
  const failures: IngestFailure[] = errors.map((e) => ({ file: e.path, code: e.code, message: e.message }));
  const perFile = flags.meta ? readMetaFile(flags.meta) : new Map<string, FileMetadata>();
  if (flags.single && files.length === 1) perFile.set(files[0]!, flags.single);
  const metaOf = (file: string): FileMetadata => perFile.get(file) ?? { meta: {}, replaces: [] };
  /** work items that are a stored report's text, not a file (keyed by a label naming the report) */
  const storedTexts = new Map<string, string>();
  const inputOf = async (item: string): Promise<Buffer | string> => storedTexts.get(item) ?? readFile(item);
  if (flags.reextract) {
    await databaseReady;
    // The re-extracted report replaces the stored one it came from: its id may differ (ids changed in 0.2.0), and
    // without `replaces` the old one would stay beside it. The metadata its caller gave (Report.callerMetadata) is
    // passed back, so the caller's title, publishedAt and issuer still win over what the extractor infers; a report
    // stored before that was recorded passes on its sourceUrl only. Metadata given now (--meta) wins over both. A
    // report of the current extractor stored without its text is written again with it. The report's file is read
    // again when it is there; a report without one (ingested through the API, or its file gone) is re-extracted from
    // its stored text.
    const redo = await reportsToReextract(driver, database, EXTRACTOR_VERSION);
    const fileless = redo.filter((stored) => !stored.sourcePath || !existsSync(stored.sourcePath));
    const texts = await storedReportTexts(
      driver,
      database,
      fileless.map((stored) => stored.id),
    );
    for (const stored of redo) {
      const text = texts.get(stored.id);
      if (fileless.includes(stored) && text === undefined) {
        failures.push({
          file: stored.sourcePath ?? stored.id,
          code: "BAD_USER_INPUT",
          message: stored.sourcePath
            ? `stored report ${stored.id} has no text, and its file is gone: nothing to re-extract from`
            : `stored report ${stored.id} has no sourcePath nor text to re-extract from`,
        });
        continue;
      }
      const item = text === undefined ? stored.sourcePath! : `${stored.id} (stored text)`;
      if (text !== undefined) storedTexts.set(item, text);
      files.push(item);
      const given = metaOf(item);
      perFile.set(item, {
        meta: { ...keptMetadata(stored), ...given.meta },
        replaces: [...new Set([...given.replaces, stored.id])],
      });
    }
  }
  const work = [...new Set(files)];
  // A sourceUrl several files are given: the later file's report replaces the earlier's, as a later run would. In
  // one batch the loader sees to it; batches that hold one of those URLs are written in their order (urlWritten).
  const urlOf = (file: string) => metaOf(file).meta.sourceUrl?.trim() || undefined;
  const urlFiles = new Map<string, number>();
  for (const url of work.map(urlOf)) if (url) urlFiles.set(url, (urlFiles.get(url) ?? 0) + 1);
  const sharedUrl = (file: string) => {
    const url = urlOf(file);
    return url !== undefined && urlFiles.get(url)! > 1 ? url : undefined;
  };
  /** per shared sourceUrl, settled when the last batch taken that holds it has been written */
  const urlWritten = new Map<string, Promise<void>>();
  const summary = emptySummary(work.length + errors.length);
  summary.skipped = skipped;
  const progress = createProgress(work.length, "ingest", progressStream);
  const fail = (failure: IngestFailure) => {
    addFailure(summary, failure);
    progress.log(`${failure.file}: ${failure.code}: ${failure.message}`);
  };
  failures.forEach(fail);
  const started = Date.now();
  // notes on a file are kept in the summary and shown even on a terminal (where per-file lines are not)
  const note = (file: string, notes: string[]): string => {
    if (!notes.length) return "";
    addNotes(summary, file, notes);
    if (progress.bar) progress.log(`${file}: ${notes.join("; ")}`);
    return `; ${notes.join("; ")}`;
  };

  let next = 0;
  // Set by the first report that failed because the database is gone (after whatever retrying the CLI's driver
  // policy does, src/graph/driver.ts): the files not started yet are reported at once instead of each waiting as
  // long, and a rerun loads them.
  let unavailable: string | undefined;
  const failFile = (file: string, error: unknown) => {
    const code = (error as { code?: unknown }).code;
    const known =
      typeof code === "string" && !code.startsWith("Neo.")
        ? { code, message: (error as Error).message }
        : toGraphError(error);
    fail({ file, code: known.code, message: known.message });
    if (known.code === "DATABASE_UNAVAILABLE") unavailable ??= known.message;
    progress.done(`${file}: failed`);
  };
  // Before a batch is extracted, what is stored of its files' reports (by id, the hash of the text alone). The
  // metadata an earlier run's caller gave a report (Report.callerMetadata) is kept, field by field, where this run
  // does not give it again (as --reextract does): a re-ingest without --meta, with --force, of a file kg import
  // loaded, or of a report an older extractor made, neither erases a title or sourceUrl given before nor rewrites
  // a report stored as it is. A stored sourceUrl this run gives another file is not kept: the URL goes to that
  // file's report (which, written first, replaces this stored one; written after it, finds it without the URL), so
  // the file given the URL holds it whichever batch is written first. Not for --dry-run (it reads no database)
  // nor before the database is ready (a new one holds nothing); a file that cannot be read or decoded is left to
  // the extraction, which reports it. A database that fails this read fails the batch's files: none is written
  // without what it keeps.
  //
  // A file whose report is stored as it is would be extracted only for the write to find it "unchanged". Its id
  // and contentHash (hashes of the decoded text and the caller's metadata) tell that first, in one query per
  // batch, so re-ingesting a folder reads and hashes its files instead of extracting them. Not for --force or
  // --dry-run, nor before the database is ready (a new one holds nothing), nor for a file that replaces reports
  // (that is a write), nor for one whose sourceUrl another file of the run has (an earlier one replaces it unless it
  // is written after it); a query that fails leaves the file to the extraction below, which reports it as before.
  const readStored = async (
    files: string[],
  ): Promise<{ bytes: Map<string, Buffer>; unchanged: Map<string, string>; failed?: unknown }> => {
    const bytes = new Map<string, Buffer>();
    const unchanged = new Map<string, string>();
    if (flags.dryRun || unavailable !== undefined || !ready) return { bytes, unchanged };
    const identities = new Map<string, ReportIdentity>();
    for (const file of files) {
      if (storedTexts.has(file)) continue; // --reextract gave it what its report keeps
      try {
        const input = await readFile(file);
        bytes.set(file, input);
        const { meta } = metaOf(file);
        const identity = reportIdentity(input, meta as ReportMetadata, { maxBytes: config.extract.maxBytes });
        identities.set(file, { ...identity, sourceUrl: meta.sourceUrl?.trim() || null });
      } catch {
        continue;
      }
    }
    let kept: Map<string, ReportMetadata>;
    try {
      kept = await storedCallerMetadata(
        driver,
        database,
        [...identities.values()].map((identity) => identity.id),
      );
    } catch (error) {
      return { bytes, unchanged, failed: error };
    }
    for (const [file, identity] of identities) {
      const before = kept.get(identity.id);
      if (!before) continue;
      const { meta: given, replaces } = metaOf(file);
      const keep = { ...before };
      const url = keep.sourceUrl?.trim();
      if (url && !given.sourceUrl && urlFiles.has(url)) delete keep.sourceUrl;
      if (Object.keys(keep).every((key) => key in given)) continue;
      const meta = { ...keep, ...given };
      perFile.set(file, { meta, replaces });
      const again = reportIdentity(bytes.get(file)!, meta, { maxBytes: config.extract.maxBytes });
      identities.set(file, { ...again, sourceUrl: meta.sourceUrl?.trim() || null });
    }
    if (flags.force) return { bytes, unchanged };
    const asStored = [...identities].filter(([file]) => {
      const { replaces } = metaOf(file);
      return !replaces.length && sharedUrl(file) === undefined;
    });
    const stored = await storedUnchanged(
      driver,
      database,
      asStored.map(([, identity]) => identity),
      EXTRACTOR_VERSION,
    ).catch(() => new Set<string>());
    for (const [file, identity] of asStored) if (stored.has(identity.id)) unchanged.set(file, identity.id);
    return { bytes, unchanged };
  };

  /** Extracts the files of one batch and writes them, after the batches `earlier` (see urlWritten). */
  const batchOf = async (files: string[], earlier: Promise<void>[]) => {
    const batch: { file: string; extracted: ExtractedReport; text: string; replaces: string[] }[] = [];
    const { bytes, unchanged, failed } = await readStored(files);
    for (const file of files) {
      if (failed !== undefined) {
        progress.advance();
        failFile(file, failed);
        continue;
      }
      if (unavailable !== undefined) {
        fail({ file, code: "DATABASE_UNAVAILABLE", message: `not attempted: ${unavailable}` });
        progress.advance();
        progress.done(`${file}: not attempted`);
        continue;
      }
      const storedId = unchanged.get(file);
      if (storedId !== undefined) {
        summary.unchanged++;
        progress.advance();
        progress.done(`${file}: unchanged ${storedId} (0 entities, 0 relations)`);
        continue;
      }
      const { meta, replaces } = metaOf(file);
      let extracted: ExtractedReport;
      let text: string;
      try {
        ({ extracted, text } = extractReportAndText(bytes.get(file) ?? (await inputOf(file)), meta as ReportMetadata, {
          maxBytes: config.extract.maxBytes,
        }));
      } catch (error) {
        progress.advance();
        failFile(file, error);
        continue;
      }
      // the bar moves per file read; the files of a batch are done when its transaction commits
      progress.advance();
      if (flags.dryRun) {
        summary.extracted++;
        summary.entities += extracted.entities.length;
        summary.relations += extracted.relations.length;
        const notes = note(file, ingestNotes(file, extracted.report));
        progress.done(
          `${file}: extracted ${extracted.report.id} (${extracted.entities.length} entities, ${extracted.relations.length} relations)${notes}`,
        );
      } else batch.push({ file, extracted, text, replaces });
    }
    if (!batch.length) return;
    await databaseReady;
    await Promise.all(earlier);
    const { results, counts } = await ingestReports(
      driver,
      database,
      batch.map((b) => ({
        extracted: b.extracted,
        text: b.text,
        sourcePath: storedTexts.has(b.file) ? undefined : b.file,
        replaces: b.replaces,
      })),
      { force: flags.force },
    );
    addCounts(summary, counts);
    results.forEach((result, i) => {
      const file = batch[i]!.file;
      if (!result.ok) return failFile(file, result.error);
      const outcome = result.outcome;
      addOutcome(summary, outcome);
      const notes =
        outcome.status === "unchanged" ? "" : note(file, ingestNotes(file, batch[i]!.extracted.report, outcome));
      progress.done(
        `${file}: ${outcome.status} ${outcome.reportId} (${outcome.entities} entities, ${outcome.relations} relations)${notes}`,
      );
    });
  };
  // Each worker takes up to batchSize files, extracts them, and loads them in one transaction (ingestReports),
  // so the statements and the commit are paid once per batch; while one worker extracts, the other's batch is
  // being written.
  const worker = async () => {
    while (next < work.length) {
      const files = work.slice(next, next + flags.batchSize);
      next += files.length;
      // taken in file order: the batches before this one that hold one of its shared URLs are written first
      const urls = [...new Set(files.flatMap((file) => sharedUrl(file) ?? []))];
      const earlier = urls.flatMap((url) => urlWritten.get(url) ?? []);
      let written!: () => void;
      const done = new Promise<void>((resolve) => (written = resolve));
      for (const url of urls) urlWritten.set(url, done);
      try {
        await batchOf(files, earlier);
      } finally {
        written();
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(flags.concurrency, Math.max(Math.ceil(work.length / flags.batchSize), 1)) }, worker),
  );
  progress.stop();
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
