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
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ExtractedReport } from "../../extract/types.js";
import { GraphError, toGraphError, withGraphErrors } from "../errors.js";
import { ENTITY_LABELS } from "../model.js";
import { EVIDENCE_RELATIONSHIPS } from "../relation-specs.js";
import { retryConflicts } from "./conflicts.js";
import { runPipelined, zeroCounts, type WriteCounts } from "./counters.js";
import {
  createEvidence,
  deleteReportNodes,
  deleteReportTexts,
  deleteUnsupportedEntities,
  createMentions,
  linkReports,
  linkSuccessions,
  lockReports,
  mergeAliases,
  recomputeAliases,
  removeReportEvidence,
  removeReportSupport,
  setReportProperties,
  setReportTexts,
  upsertEntities,
  type Query,
  type ReportEntityRow,
} from "./queries.js";
import { reportRows, type EvidenceRow, type ReportRows } from "./rows.js";
import { successionLinks } from "./succession-links.js";
import { lookAlikeReports, supersededReports } from "./supersede.js";

export type IngestStatus = "added" | "unchanged" | "replaced";

/** A stored report like the one ingested (same issuer, year and type, other text): see supersede.ts. */
export interface LookAlike {
  id: string;
  title: string | null;
  sourcePath: string | null;
}

/**
 * What happened to one report. `replaced`: the same id was stored (re-extracted) or `supersededIds` names the
 * other reports it replaced (same sourceUrl, or asked for with `replaces`).
 */
export type ReportOutcome = {
  reportId: string;
  status: IngestStatus;
  entities: number;
  relations: number;
  supersededIds: string[];
  lookAlikes: LookAlike[];
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
 * Loads several reports, all in one transaction when they can be. Items that fail validation, repeat a report id
 * of an earlier item, or fail on their own, get an error result; the others are written. When the database is
 * unavailable every report not yet written gets that error (nothing is retried one by one against a database
 * that is gone).
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
  const batch: { index: number; rows: ReportRows; extracted: ExtractedReport; replaces: string[] }[] = [];
  const repeats: number[] = [];
  const ids = new Set<string>();
  items.forEach((item, index) => {
    try {
      validate(item.extracted);
      const rows = reportRows(item.extracted, { sourcePath: item.sourcePath, text: item.text });
      if (ids.has(rows.reportId)) repeats.push(index);
      else {
        ids.add(rows.reportId);
        batch.push({ index, rows, extracted: item.extracted, replaces: item.replaces ?? [] });
      }
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

  if (batch.length) {
    try {
      const written = await writeInTransaction(driver, database, batch, force);
      batch.forEach((b, i) => (results[b.index] = { ok: true, outcome: written.outcomes[i]! }));
      add(counts, written.counts);
    } catch (error) {
      const graphError = toGraphError(error);
      if (graphError.code === "DATABASE_UNAVAILABLE" || batch.length === 1) {
        for (const b of batch) results[b.index] = { ok: false, error: graphError };
      } else {
        for (const b of batch) await one(b.index, b.rows, b.extracted, b.replaces);
      }
    }
  }
  for (const index of repeats) {
    const extracted = items[index]!.extracted;
    await one(
      index,
      reportRows(extracted, { sourcePath: items[index]!.sourcePath, text: items[index]!.text }),
      extracted,
      items[index]!.replaces ?? [],
    );
  }
  return { results, counts };
}

function add(total: WriteCounts, more: WriteCounts): void {
  for (const key of Object.keys(total) as (keyof WriteCounts)[]) total[key] += more[key];
}

type Pending = { rows: ReportRows; extracted: ExtractedReport; replaces: string[] };

async function writeInTransaction(driver: Driver, database: string, pending: Pending[], force: boolean) {
  return withGraphErrors(() =>
    retryConflicts(async () => {
      const session = driver.session({ database });
      try {
        return await session.executeWrite((tx) => writeReports(tx, pending, force));
      } finally {
        await session.close();
      }
    }),
  );
}

/** The transaction function: may run more than once (driver retries, retryConflicts), so it keeps no state outside. */
async function writeReports(
  tx: ManagedTransaction,
  pending: Pending[],
  force: boolean,
): Promise<{ outcomes: ReportOutcome[]; counts: WriteCounts }> {
  const counts = zeroCounts();
  // Reports are locked in id order, like entities, so concurrent batches wait for each other instead of deadlocking.
  // The lock creates the Report nodes of new reports; its SET writes the id the node already has (not counted).
  const lockCounts = zeroCounts();
  const [locked] = await runPipelined(tx, [lockReports(pending.map((p) => p.rows.reportId).sort())], lockCounts);
  counts.nodesCreated += lockCounts.nodesCreated;
  const stored = new Map(
    locked!.records.map((r) => [
      r.get("id") as string,
      {
        contentHash: r.get("contentHash"),
        extractorVersion: r.get("extractorVersion"),
        hasText: r.get("hasText") as boolean,
      },
    ]),
  );

  // Stored reports the user asked to replace: same sourceUrl, or named in `replaces`. Never one written here.
  const writingIds = new Set(pending.map((p) => p.rows.reportId));
  const [superseded] = await runPipelined(
    tx,
    [
      supersededReports(
        pending.map((p) => ({
          id: p.rows.reportId,
          sourceUrl: p.extracted.report.sourceUrl?.trim() || null,
          replaces: p.replaces,
        })),
      ),
    ],
    zeroCounts(),
  );
  const supersededBy = new Map<string, string[]>();
  for (const record of superseded!.records) {
    const missing = record.get("missing") as string[];
    if (missing.length)
      throw new GraphError(
        "BAD_USER_INPUT",
        `cannot ingest report ${record.get("id")}: no stored report has the id ${missing.join(", ")} it replaces`,
      );
    const ids = [...new Set([...(record.get("byUrl") as string[]), ...(record.get("named") as string[])])]
      .filter((id) => !writingIds.has(id))
      .sort();
    supersededBy.set(record.get("id") as string, ids);
  }

  const statuses = pending.map(({ rows, extracted }): IngestStatus => {
    const s = stored.get(rows.reportId)!;
    const existed = s.contentHash !== null;
    const same =
      existed &&
      s.contentHash === extracted.report.contentHash &&
      s.extractorVersion === extracted.report.extractorVersion;
    const supersedes = (supersededBy.get(rows.reportId) ?? []).length > 0;
    // A report stored without its text that comes with one is written again whole: the same id can be another layout
    // of the text (other line breaks), whose offsets differ from the stored ones.
    const textMissing = rows.text !== null && !s.hasText;
    return same && !force && !supersedes && !textMissing ? "unchanged" : existed || supersedes ? "replaced" : "added";
  });
  const writing = pending.filter((_, i) => statuses[i] !== "unchanged").map((p) => p.rows);
  const sameId = pending
    .filter((_, i) => statuses[i] === "replaced" && stored.get(pending[i]!.rows.reportId)!.contentHash !== null)
    .map((p) => p.rows.reportId);
  const removed = [
    ...new Set(
      pending.flatMap((p, i) => (statuses[i] === "unchanged" ? [] : (supersededBy.get(p.rows.reportId) ?? []))),
    ),
  ].sort();
  const replaced = [...sameId, ...removed];

  let previouslySupported: string[] = [];
  if (replaced.length) {
    const [support] = await runPipelined(
      tx,
      [removeReportSupport(replaced), removeReportEvidence(replaced), deleteReportTexts(replaced)],
      counts,
    );
    previouslySupported = (support!.records[0]?.get("ids") as string[] | undefined) ?? [];
    if (removed.length) await runPipelined(tx, [deleteReportNodes(removed)], counts);
  }
  if (writing.length) await runPipelined(tx, writeStatements(writing, previouslySupported), counts);

  const lookAlikes = new Map<string, LookAlike[]>();
  const candidates = pending
    .filter((p, i) => statuses[i] !== "unchanged" && p.extracted.report.issuer && p.extracted.report.year != null)
    .map((p) => ({
      id: p.rows.reportId,
      issuer: p.extracted.report.issuer!,
      year: p.extracted.report.year!,
      reportType: p.extracted.report.reportType ?? null,
    }));
  if (candidates.length) {
    const [found] = await runPipelined(tx, [lookAlikeReports(candidates, [])], zeroCounts());
    for (const record of found!.records)
      lookAlikes.set(record.get("id") as string, record.get("lookAlikes") as LookAlike[]);
  }

  const outcomes = pending.map(({ rows }, i) => ({
    reportId: rows.reportId,
    status: statuses[i]!,
    entities: statuses[i] === "unchanged" ? 0 : rows.entityCount,
    relations: statuses[i] === "unchanged" ? 0 : rows.relationCount,
    supersededIds: statuses[i] === "unchanged" ? [] : (supersededBy.get(rows.reportId) ?? []),
    lookAlikes: lookAlikes.get(rows.reportId) ?? [],
  }));
  return { outcomes, counts };
}

/** The statements that write `reports` (and clean up after replaced ones), in order; exported for the plan test. */
export function writeStatements(reports: ReportRows[], previouslySupported: string[]): Query[] {
  const writes: Query[] = [setReportProperties(reports.map((r) => ({ id: r.reportId, props: r.report })))];
  const texts = reports.filter((r) => r.text !== null).map((r) => ({ id: r.reportId, text: r.text! }));
  if (texts.length) writes.push(setReportTexts(texts));
  const byEntity = (a: ReportEntityRow, b: ReportEntityRow) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : a.report < b.report ? -1 : 1;
  const all: ReportEntityRow[] = [];
  for (const label of ENTITY_LABELS) {
    const rows: ReportEntityRow[] = reports.flatMap((r) =>
      r.entities[label].map((row) => ({ ...row, report: r.reportId })),
    );
    rows.sort(byEntity);
    if (rows.length) writes.push(upsertEntities(label, rows));
    all.push(...rows);
  }
  all.sort(byEntity);
  const withAliases = all.filter((row) => row.aliases.length).map((row) => ({ id: row.id, aliases: row.aliases }));
  if (withAliases.length) writes.push(mergeAliases(withAliases));
  if (all.length)
    writes.push(createMentions(all.map((row) => ({ report: row.report, id: row.id, mention: row.mention }))));
  const issued = reports.filter((r) => r.issuedBy).map((r) => ({ report: r.reportId, ...r.issuedBy! }));
  const covers = reports.filter((r) => r.covers).map((r) => ({ report: r.reportId, ...r.covers! }));
  if (issued.length) writes.push(linkReports("ISSUED_BY", issued));
  if (covers.length) writes.push(linkReports("COVERS", covers));
  for (const type of EVIDENCE_RELATIONSHIPS) {
    const rows: EvidenceRow[] = reports.flatMap((r) => r.evidence[type] ?? []);
    if (rows.length) writes.push(createEvidence(type, rows));
  }
  const successions = successionLinks(reports.flatMap((r) => r.entities.Agency));
  if (successions.length) writes.push(linkSuccessions(successions));
  if (previouslySupported.length)
    writes.push(deleteUnsupportedEntities(previouslySupported), recomputeAliases(previouslySupported));
  return writes;
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
