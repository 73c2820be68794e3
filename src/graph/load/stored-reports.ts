/**
 * What the loader needs to know about stored reports: which `kg ingest --reextract` redoes (those extracted by
 * another extractor version, and those stored without their text), and which of a batch of files are already stored
 * as they are (so the ingest skips extracting them).
 */
import type { Driver } from "neo4j-driver";
import { CALLER_FIELDS } from "../../extract/identity/report-id.js";
import type { ReportMetadata } from "../../extract/types.js";
import { readRows, type CypherQuery } from "../query.js";
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
