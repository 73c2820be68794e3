/**
 * The transaction that writes a batch of reports (src/graph/load/ingest.ts runs it): locks and reads the stored
 * versions, decides each report's status (added, unchanged, replaced), removes what replaced reports contributed,
 * writes the rest (write-statements.ts) and finds look-alike reports.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ExtractedReport } from "../../extract/types.js";
import { GraphError, withGraphErrors } from "../errors.js";
import { retryConflicts, StaleRead } from "./conflicts.js";
import { runPipelined, zeroCounts, type WriteCounts } from "./counters.js";
import {
  deleteReportNodes,
  deleteReportTexts,
  lockReports,
  removeReportEvidence,
  removeReportSupport,
} from "./queries.js";
import type { ReportRows } from "./rows.js";
import { lookAlikeReports, supersededReports } from "./supersede.js";
import type { IngestStatus, LookAlike, ReportOutcome } from "./ingest.js";
import { writeStatements } from "./write-statements.js";

type Pending = { rows: ReportRows; extracted: ExtractedReport; replaces: string[] };

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
  const gone = locked!.records.find((r) => !r.get("held"));
  if (gone) throw new StaleRead(`report ${gone.get("id")} was deleted by another write while this one waited`);
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
