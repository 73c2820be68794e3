/**
 * Loads ExtractedReports into Neo4j. Each report is fully in the graph or not at all: a batch of reports is
 * written in one write transaction, so either all of them commit or none does, and a batch that fails for a reason
 * other than the database being gone is written again one report per transaction, so one bad report fails alone.
 * Batching is what makes bulk loading fast: the statements, their round trips and the commit are paid once per
 * batch instead of once per report. Retries follow the driver's policy (src/graph/driver.ts: the CLI's driver retries
 * transient errors for 30 s inside `session.executeWrite`, the API's does not) plus retryConflicts for the
 * conflicts between concurrent loads; MERGE on the uniqueness-constrained ids keeps concurrent ingests from
 * creating duplicates.
 *
 * A batch is a handful of statements: lock/read the stored versions, (for reports that existed: remove their
 * previous contributions), set the reports, one UNWIND per entity label, the issuer/jurisdiction links, one UNWIND
 * per evidence type present, the succession lexicon's links between stored agencies, (if reports were replaced: delete entities left without support, recompute aliases).
 *
 * The report's text, when the caller passes it (the one extractReportAndText decoded: every offset indexes it), is
 * written with the report as (:ReportText {id, text}) and goes with it when the report is replaced or deleted. A
 * report stored without its text (loaded before texts were stored) that comes again with one is replaced, text and
 * all, so its offsets are those of the text stored.
 */
import type { Driver } from "neo4j-driver";
import type { ExtractedReport } from "../../extract/types.js";
import { GraphError, toGraphError } from "../errors.js";
import { ENTITY_LABELS } from "../model.js";
import { zeroCounts, type WriteCounts } from "./counters.js";
import { reportRows, type ReportRows } from "./rows.js";
import { writeInTransaction } from "./write-reports.js";

/**
 * `superseded`: not written, as a later report of the same batch has its sourceUrl and replaced it (only a batch of
 * several reports, ingestReports, gives it).
 */
export type IngestStatus = "added" | "unchanged" | "replaced" | "superseded";

/** A stored report like the one ingested (same issuer, year and type, other text): see supersede.ts. */
export interface LookAlike {
  id: string;
  title: string | null;
  sourcePath: string | null;
}

/**
 * What happened to one report. `replaced`: the same id was stored (re-extracted) or `supersededIds` names the
 * other reports it replaced (same sourceUrl, or asked for with `replaces`; an earlier report of its batch with its
 * sourceUrl too, stored or not). `superseded`: `supersededBy` names the later report of the batch that replaced it.
 */
export type ReportOutcome = {
  reportId: string;
  status: IngestStatus;
  entities: number;
  relations: number;
  supersededIds: string[];
  lookAlikes: LookAlike[];
  supersededBy?: string;
};

/** One report's outcome with the database's update counters of its transaction. */
export type IngestOutcome = ReportOutcome & WriteCounts;

export interface IngestOptions {
  /** write even when the stored report has the same contentHash and extractorVersion */
  force?: boolean;
  /** the file the report was read from, stored as Report.sourcePath so `kg ingest --reextract` can find it again */
  sourcePath?: string;
  /** ids of stored reports this one replaces (each must exist) */
  replaces?: string[];
  /** the text the extraction's offsets index (extractReportAndText), stored as the report's ReportText */
  text?: string;
}

export interface BatchItem {
  extracted: ExtractedReport;
  sourcePath?: string;
  /** the text the extraction's offsets index (extractReportAndText), stored as the report's ReportText */
  text?: string;
  /** ids of stored reports this one replaces (each must exist) */
  replaces?: string[];
}

/** Per input item (same order): its outcome or the GraphError that kept it out of the graph. */
export interface BatchResult {
  results: ({ ok: true; outcome: ReportOutcome } | { ok: false; error: GraphError })[];
  /** update counters summed over every transaction the batch ran */
  counts: WriteCounts;
}

/** Loads one report in its own transaction and returns what happened, with the transaction's counters. */
export async function ingestReport(
  driver: Driver,
  database: string,
  extracted: ExtractedReport,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  validate(extracted);
  const rows = reportRows(extracted, { sourcePath: options.sourcePath, text: options.text });
  const { outcomes, counts } = await writeInTransaction(
    driver,
    database,
    [{ rows, extracted, replaces: options.replaces ?? [] }],
    options.force ?? false,
  );
  return { ...outcomes[0]!, ...counts };
}

/**
 * Loads several reports in their order, all in one transaction when they can be: an item that repeats the report id
 * of an earlier one starts the next transaction, so whatever the items say of each other (the later of one
 * sourceUrl replaces the earlier, write-reports.ts) follows their order. Items that fail validation, or fail on
 * their own, get an error result; the others are written. When the database is unavailable every report not yet
 * written gets that error (nothing is retried one by one against a database that is gone).
 */
export async function ingestReports(
  driver: Driver,
  database: string,
  items: BatchItem[],
  options: { force?: boolean } = {},
): Promise<BatchResult> {
  const force = options.force ?? false;
  const results: BatchResult["results"] = new Array(items.length);
  const counts = zeroCounts();
  type Entry = { index: number; rows: ReportRows; extracted: ExtractedReport; replaces: string[] };
  const transactions: Entry[][] = [[]];
  let ids = new Set<string>();
  items.forEach((item, index) => {
    try {
      validate(item.extracted);
      const rows = reportRows(item.extracted, { sourcePath: item.sourcePath, text: item.text });
      if (ids.has(rows.reportId)) {
        transactions.push([]);
        ids = new Set();
      }
      ids.add(rows.reportId);
      transactions.at(-1)!.push({ index, rows, extracted: item.extracted, replaces: item.replaces ?? [] });
    } catch (error) {
      results[index] = { ok: false, error: toGraphError(error) };
    }
  });

  const one = async (index: number, rows: ReportRows, extracted: ExtractedReport, replaces: string[]) => {
    try {
      const written = await writeInTransaction(driver, database, [{ rows, extracted, replaces }], force);
      results[index] = { ok: true, outcome: written.outcomes[0]! };
      add(counts, written.counts);
    } catch (error) {
      results[index] = { ok: false, error: toGraphError(error) };
    }
  };

  let unavailable: GraphError | undefined;
  for (const batch of transactions.filter((t) => t.length)) {
    if (unavailable) {
      for (const b of batch) results[b.index] = { ok: false, error: unavailable };
      continue;
    }
    try {
      const written = await writeInTransaction(driver, database, batch, force);
      batch.forEach((b, i) => (results[b.index] = { ok: true, outcome: written.outcomes[i]! }));
      add(counts, written.counts);
    } catch (error) {
      const graphError = toGraphError(error);
      if (graphError.code === "DATABASE_UNAVAILABLE") unavailable = graphError;
      if (graphError.code === "DATABASE_UNAVAILABLE" || batch.length === 1) {
        for (const b of batch) results[b.index] = { ok: false, error: graphError };
      } else {
        // in their order: each alone, the later of one sourceUrl replaces the earlier as a later run would
        for (const b of batch) await one(b.index, b.rows, b.extracted, b.replaces);
      }
    }
  }
  return { results, counts };
}

function add(total: WriteCounts, more: WriteCounts): void {
  for (const key of Object.keys(total) as (keyof WriteCounts)[]) total[key] += more[key];
}

function validate(extracted: ExtractedReport): void {
  const bad = (message: string) => new GraphError("BAD_USER_INPUT", `cannot ingest report: ${message}`);
  const id = extracted?.report?.id;
  if (typeof id !== "string" || !id) throw bad("report.id is missing");
  if (!extracted.report.contentHash) throw bad(`${id}: report.contentHash is missing`);
  if (!Array.isArray(extracted.entities) || !Array.isArray(extracted.relations))
    throw bad(`${id}: entities and relations must be arrays`);
  for (const entity of extracted.entities) {
    if (typeof entity.id !== "string" || !entity.id) throw bad(`${id}: an entity has no id`);
    if (!ENTITY_LABELS.includes(entity.type))
      throw bad(`${id}: entity ${entity.id} has unknown type ${String(entity.type)}`);
    if (typeof entity.name !== "string" || !entity.name) throw bad(`${id}: entity ${entity.id} has no name`);
  }
}
