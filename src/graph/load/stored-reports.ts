/**
 * What the loader needs to know about stored reports: which `kg ingest --reextract` redoes (those extracted by
 * another extractor version, and those stored without their text), the metadata their callers gave that a new write
 * of the same text keeps, and which of a batch of files are already stored as they are (so the ingest skips
 * extracting them).
 */
import type { Driver } from "neo4j-driver";
import { CALLER_FIELDS } from "../../extract/identity/report-id.js";
import type { ReportMetadata } from "../../extract/types.js";
import { withGraphErrors } from "../errors.js";
import { readRows, type CypherQuery, type Row } from "../query.js";
import { reportTexts } from "../read/report-texts.js";

export interface StoredReportSource {
  id: string;
  extractorVersion: string | null;
  /** the file the report was ingested from (null for reports ingested from elsewhere, e.g. the API) */
  sourcePath: string | null;
  /** the URL the caller gave (before 0.2.0: the file path when there was none) */
  sourceUrl: string | null;
  /** the metadata the caller gave (Report.callerMetadata), null when none or stored before it was */
  callerMetadata: ReportMetadata | null;
}

export function reportsToReextractQuery(extractorVersion: string): CypherQuery {
  return {
    cypher: `MATCH (r:Report)
WHERE r.extractorVersion IS NULL OR r.extractorVersion <> $extractorVersion OR NOT EXISTS { MATCH (:ReportText {id: r.id}) }
RETURN r.id AS id, r.extractorVersion AS extractorVersion, r.sourcePath AS sourcePath, r.sourceUrl AS sourceUrl,
  r.callerMetadata AS callerMetadata ORDER BY id`,
    params: { extractorVersion },
  };
}

export async function reportsToReextract(
  driver: Driver,
  database: string,
  extractorVersion: string,
): Promise<StoredReportSource[]> {
  const rows = await readRows(driver, database, reportsToReextractQuery(extractorVersion));
  return rows.map((row) => ({
    id: row.id as string,
    extractorVersion: row.extractorVersion as string | null,
    sourcePath: row.sourcePath as string | null,
    sourceUrl: row.sourceUrl as string | null,
    callerMetadata: callerMetadataFrom(row.callerMetadata),
  }));
}

/**
 * The caller metadata a new write of a stored report keeps, unless the write gives a field again: its stored
 * callerMetadata; for a report stored before that was recorded, its sourceUrl only (before 0.2.0 a file's path was
 * stored as its sourceUrl too: that is not a URL the caller gave, and is not kept).
 */
export function keptMetadata(
  stored: Pick<StoredReportSource, "sourcePath" | "sourceUrl" | "callerMetadata">,
): ReportMetadata {
  if (stored.callerMetadata) return stored.callerMetadata;
  return stored.sourceUrl && stored.sourceUrl !== stored.sourcePath ? { sourceUrl: stored.sourceUrl } : {};
}

/** What keptMetadata needs of each of these reports that is stored. */
export function storedCallerMetadataQuery(reportIds: string[]): CypherQuery {
  return {
    cypher: `UNWIND $reportIds AS id
MATCH (r:Report {id: id})
RETURN r.id AS id, r.sourcePath AS sourcePath, r.sourceUrl AS sourceUrl, r.callerMetadata AS callerMetadata`,
    params: { reportIds: [...new Set(reportIds)] },
  };
}

/** storedCallerMetadataQuery's rows as keptMetadata per report id (those with nothing to keep left out). */
export function keptMetadataFrom(rows: Row[]): Map<string, ReportMetadata> {
  const kept = new Map<string, ReportMetadata>();
  for (const row of rows) {
    const meta = keptMetadata({
      sourcePath: (row.sourcePath as string | null) ?? null,
      sourceUrl: (row.sourceUrl as string | null) ?? null,
      callerMetadata: callerMetadataFrom(row.callerMetadata),
    });
    if (Object.keys(meta).length) kept.set(row.id as string, meta);
  }
  return kept;
}

/**
 * keptMetadata of those of these reports that are stored, in a read transaction the driver retries (the CLI's for
 * 30 s, src/graph/driver.ts) like the write that follows: a database that is briefly away does not fail the files
 * before their write would have.
 */
export async function storedCallerMetadata(
  driver: Driver,
  database: string,
  reportIds: string[],
): Promise<Map<string, ReportMetadata>> {
  if (!reportIds.length) return new Map();
  const { cypher, params } = storedCallerMetadataQuery(reportIds);
  return withGraphErrors(async () => {
    const session = driver.session({ database, defaultAccessMode: "READ" });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params));
      return keptMetadataFrom(result.records.map((record) => record.toObject() as Row));
    } finally {
      await session.close();
    }
  });
}

/** Report.callerMetadata read back: its known string fields; null when absent or not a JSON object. */
function callerMetadataFrom(stored: unknown): ReportMetadata | null {
  if (typeof stored !== "string") return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const meta: ReportMetadata = {};
  for (const key of CALLER_FIELDS) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === "string") meta[key] = field;
  }
  return meta;
}

/** The stored texts of these reports (those stored without one are left out), by report id. */
export async function storedReportTexts(
  driver: Driver,
  database: string,
  reportIds: string[],
): Promise<Map<string, string>> {
  if (!reportIds.length) return new Map();
  const rows = await readRows(driver, database, reportTexts(reportIds));
  return new Map(rows.map((row) => [row.id as string, row.text as string]));
}

/** A file's report as the ingest would write it, told before extraction (extract's reportIdentity). */
export interface ReportIdentity {
  id: string;
  contentHash: string;
  /** the caller's sourceUrl: another stored report with it would be replaced, so the file is not unchanged */
  sourceUrl: string | null;
}

/**
 * The ids among `reports` that the ingest's write would leave as they are ("unchanged", see ingest.ts): stored with
 * the same contentHash (text and caller metadata) by the same extractor version, with its text (one stored
 * without is written again with it), and no other stored report has their sourceUrl.
 */
export function storedUnchangedQuery(reports: ReportIdentity[], extractorVersion: string): CypherQuery {
  return {
    cypher: `UNWIND $reports AS report
MATCH (r:Report {id: report.id})
WHERE r.contentHash = report.contentHash AND r.extractorVersion = $extractorVersion
  AND EXISTS { MATCH (:ReportText {id: r.id}) }
  AND (report.sourceUrl IS NULL OR NOT EXISTS { MATCH (other:Report {sourceUrl: report.sourceUrl}) WHERE other.id <> r.id })
RETURN r.id AS id`,
    params: { reports, extractorVersion },
  };
}

export async function storedUnchanged(
  driver: Driver,
  database: string,
  reports: ReportIdentity[],
  extractorVersion: string,
): Promise<Set<string>> {
  if (!reports.length) return new Set();
  const rows = await readRows(driver, database, storedUnchangedQuery(reports, extractorVersion));
  return new Set(rows.map((row) => row.id as string));
}
