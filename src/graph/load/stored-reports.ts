/** What the loader needs to know about stored reports: which were extracted by another extractor version. */
import type { Driver } from "neo4j-driver";
import { readRows, type CypherQuery } from "../query.js";

export interface StoredReportSource {
  id: string;
  extractorVersion: string | null;
  /** the file the report was ingested from (null for reports ingested from elsewhere, e.g. the API) */
  sourcePath: string | null;
  /** the URL the caller gave (before 0.2.0: the file path when there was none) */
  sourceUrl: string | null;
}

export function reportsNotExtractedByQuery(extractorVersion: string): CypherQuery {
  return {
    cypher: `MATCH (r:Report) WHERE r.extractorVersion IS NULL OR r.extractorVersion <> $extractorVersion
RETURN r.id AS id, r.extractorVersion AS extractorVersion, r.sourcePath AS sourcePath, r.sourceUrl AS sourceUrl ORDER BY id`,
    params: { extractorVersion },
  };
}

export async function reportsNotExtractedBy(
  driver: Driver,
  database: string,
  extractorVersion: string,
): Promise<StoredReportSource[]> {
  return (await readRows(
    driver,
    database,
    reportsNotExtractedByQuery(extractorVersion),
  )) as unknown as StoredReportSource[];
}
