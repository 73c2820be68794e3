/**
 * The transaction that writes a batch of reports (src/graph/load/ingest.ts runs it): locks and reads the stored
 * versions, decides each report's status (added, unchanged, replaced), removes what replaced reports contributed,
 * writes the rest (write-statements.ts) and finds look-alike reports.
 */
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import type { ExtractedReport } from "../../extract/types.js";
import { GraphError, withGraphErrors } from "../errors.js";
import { ENTITY_LABELS } from "../model.js";
import { retryConflicts, StaleRead } from "./conflicts.js";
import { runPipelined, zeroCounts, type WriteCounts } from "./counters.js";
import {
  deleteReportNodes,
  deleteReportTexts,
  lockEntities,
  lockReports,
  removeReportEvidence,
  removeReportSupport,
} from "./queries.js";
import type { ReportRows } from "./rows.js";
import { laterWins, lockSourceUrls, lookAlikeReports, supersededReports, type SupersedeItem } from "./supersede.js";
import type { IngestStatus, LookAlike, ReportOutcome } from "./ingest.js";
import { writeStatements } from "./write-statements.js";

type Pending = { rows: ReportRows; extracted: ExtractedReport; replaces: string[] };
/** A report the transaction writes, with the earlier reports of its sourceUrl in the batch it replaces (laterWins). */
type Kept = Pending & { absorbs: string[] };

export async function writeInTransaction(driver: Driver, database: string, pending: Pending[], force: boolean) {
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

type Stored = { contentHash: unknown; extractorVersion: unknown; hasText: boolean };

/**
 * Locks the batch's reports and the stored reports they replace (same sourceUrl, named in `replaces`, or an earlier
 * report of the batch with its sourceUrl that is stored; never one written here), and reads what is stored under
 * those locks. The sourceUrls are locked first, so no other writer can add a report under one of them (without that,
 * two first versions of one sourceUrl written at once were both stored); a first read finds the reports to replace,
 * which are locked with the batch's own in one id order; a second read, under the locks, is the one used. A write
 * that found a report it locked deleted by another while it waited runs again (StaleRead): taken for new, it would be
 * written without its node (evidence and text without a Report, which the next write of it duplicated).
 */
async function lockStored(tx: ManagedTransaction, pending: Kept[]) {
  const writingIds = new Set(pending.map((p) => p.rows.reportId));
  // the absorbed reports are replaced like those named in `replaces`, but need not be stored: one may be new
  const absorbs = new Map(pending.map((p) => [p.rows.reportId, p.absorbs]));
  const items: SupersedeItem[] = pending.map((p) => ({
    id: p.rows.reportId,
    sourceUrl: sourceUrlOf(p),
    replaces: [...new Set([...p.replaces, ...p.absorbs])],
  }));
  const urls = items.flatMap((item) => (item.sourceUrl ? [item.sourceUrl] : []));
  const replacing = urls.length > 0 || items.some((item) => item.replaces.length > 0);

  const superseded = (records: QueryResult["records"]) =>
    records.map((record) => ({
      id: record.get("id") as string,
      missing: record.get("missing") as string[],
      ids: [...new Set([...(record.get("byUrl") as string[]), ...(record.get("named") as string[])])]
        .filter((id) => !writingIds.has(id))
        .sort(),
    }));
  let candidates: string[] = [];
  if (replacing) {
    const first = await runPipelined(
      tx,
      [...(urls.length ? [lockSourceUrls(urls)] : []), supersededReports(items)],
      zeroCounts(),
    );
    candidates = [...new Set(superseded(first.at(-1)!.records).flatMap((s) => s.ids))];
  }

  // The lock creates the Report nodes of new reports; its SET writes the id the node already has (not counted).
  const lockCounts = zeroCounts();
  const [locked, again] = await runPipelined(
    tx,
    [lockReports([...writingIds], candidates), ...(replacing ? [supersededReports(items)] : [])],
    lockCounts,
  );
  const stored = new Map<string, Stored>();
  const held = new Set<string>();
  for (const r of locked!.records) {
    const id = r.get("id") as string;
    if (!r.get("held")) {
      if (r.get("writing")) throw new StaleRead(`report ${id} was deleted by another write while this one waited`);
      continue;
    }
    held.add(id);
    if (r.get("writing"))
      stored.set(id, {
        contentHash: r.get("contentHash"),
        extractorVersion: r.get("extractorVersion"),
        hasText: r.get("hasText") as boolean,
      });
  }

  const supersededBy = new Map<string, string[]>();
  for (const { id, missing: notStored, ids } of again ? superseded(again.records) : []) {
    const absorbed = absorbs.get(id) ?? [];
    const missing = notStored.filter((wanted) => !absorbed.includes(wanted));
    if (missing.length)
      throw new GraphError(
        "BAD_USER_INPUT",
        `cannot ingest report ${id}: no stored report has the id ${missing.join(", ")} it replaces`,
      );
    const unlocked = ids.find((old) => !held.has(old));
    if (unlocked) throw new StaleRead(`report ${unlocked}, which ${id} replaces, was stored by another write`);
    supersededBy.set(id, [...new Set([...ids, ...absorbed])].sort());
  }
  return { stored, supersededBy, nodesCreated: lockCounts.nodesCreated };
}

const sourceUrlOf = (p: Pending) => p.extracted.report.sourceUrl?.trim() || null;

/**
 * The transaction function: may run more than once (driver retries, retryConflicts), so it keeps no state outside.
 * A report of the batch followed by another of its sourceUrl is not written: the later one replaces it (laterWins),
 * and its outcome, `superseded`, names that one.
 */
async function writeReports(
  tx: ManagedTransaction,
  batch: Pending[],
  force: boolean,
): Promise<{ outcomes: ReportOutcome[]; counts: WriteCounts }> {
  const plan = laterWins(batch.map((p) => ({ id: p.rows.reportId, sourceUrl: sourceUrlOf(p), replaces: p.replaces })));
  const pending: Kept[] = batch.flatMap((p, i) => {
    const inBatch = plan[i]!;
    return "by" in inBatch ? [] : [{ ...p, replaces: inBatch.replaces, absorbs: inBatch.absorbs }];
  });
  const { outcomes, counts } = await writeKept(tx, pending, force);
  const written = new Map(outcomes.map((o) => [o.reportId, o]));
  return {
    outcomes: batch.map((p, i) => {
      const inBatch = plan[i]!;
      return "by" in inBatch
        ? {
            reportId: p.rows.reportId,
            status: "superseded",
            entities: 0,
            relations: 0,
            supersededIds: [],
            lookAlikes: [],
            supersededBy: inBatch.by,
          }
        : written.get(p.rows.reportId)!;
    }),
    counts,
  };
}

/** Writes the reports of a batch that are written (each the last of its sourceUrl in the batch). */
async function writeKept(
  tx: ManagedTransaction,
  pending: Kept[],
  force: boolean,
): Promise<{ outcomes: ReportOutcome[]; counts: WriteCounts }> {
  const counts = zeroCounts();
  const { stored, supersededBy, nodesCreated } = await lockStored(tx, pending);
  counts.nodesCreated += nodesCreated;

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
    const [, support] = await runPipelined(
      tx,
      [
        lockEntities(replaced, entitiesOf(writing)),
        removeReportSupport(replaced),
        removeReportEvidence(replaced),
        deleteReportTexts(replaced),
      ],
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

/** The entities `reports` write, with their labels: what lockEntities locks besides the replaced reports'. */
function entitiesOf(reports: ReportRows[]) {
  return reports.flatMap((r) => [
    ...ENTITY_LABELS.flatMap((label) => r.entities[label].map((e) => ({ id: e.id, label }))),
    ...(r.issuedBy ? [{ id: r.issuedBy.id, label: "Agency" as const }] : []),
    ...(r.covers ? [{ id: r.covers.id, label: "Jurisdiction" as const }] : []),
  ]);
}
