/**
 * Report files for the fault and concurrency tests, and what a complete report looks like in the graph.
 *
 * Files: the ingest benchmark's synthetic reports (bench/ingest/generate.ts) cut to their first paragraph, so a
 * hundred of them load in seconds, with the test's token in the title so their ids (issuer|title|year) are this
 * test's own. Entities (agencies, laws, places) stay shared with the rest of the graph, as real reports' are.
 *
 * Complete: a Report whose MENTIONS reach exactly the entities the extractor found in its text, whose evidence
 * relationships number what the loader makes of the extractor's relations, and that has its ISSUED_BY/COVERS.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../../../bench/ingest/generate.js";
import { extractReport } from "../../../src/extract/index.js";
import type { ExtractedReport } from "../../../src/extract/types.js";
import { deleteReport } from "../../../src/graph/load/delete.js";
import { reportRows } from "../../../src/graph/load/rows.js";
import type { Neo4jTestHelper } from "../../support/neo4j.js";

/** A generated report cut to its title, date, introduction and `sentences` sentences of its first paragraph. */
export function smallReportText(index: number, seed: number, token: string, sentences = 6): string {
  const lines = generateReport(index, seed).text.split("\n");
  const paragraph = lines.findIndex((l) => l.startsWith("(一)"));
  const body = (lines[paragraph] ?? "").split("。").slice(0, sentences).join("。") + "。";
  return [`${lines[0]}（${token}-${index}）`, "", lines[2], "", lines[4], "", lines[6], "", body, ""].join("\n");
}

/** Writes `count` small distinct reports into `dir`; returns their paths in order. */
export function writeSmallReports(dir: string, count: number, seed: number, token: string): string[] {
  return Array.from({ length: count }, (_, i) => {
    const file = join(dir, `report-${String(i).padStart(3, "0")}.txt`);
    writeFileSync(file, smallReportText(i, seed, token));
    return file;
  });
}

export interface ExpectedReport {
  file?: string;
  id: string;
  /** ids of every entity the extractor found: the report must MENTION exactly these */
  entityIds: string[];
  /** evidence relationships the loader writes for this extraction */
  evidence: number;
  issuedBy: string | null;
  covers: string | null;
}

export function expectedFrom(extracted: ExtractedReport, file?: string): ExpectedReport {
  const rows = reportRows(extracted);
  return {
    file,
    id: extracted.report.id,
    entityIds: [...new Set(extracted.entities.map((e) => e.id))].sort(),
    evidence: rows.relationCount,
    issuedBy: rows.issuedBy?.id ?? null,
    covers: rows.covers?.id ?? null,
  };
}

export const expectedOfFile = (file: string): ExpectedReport => expectedFrom(extractReport(readFileSync(file)), file);

interface StoredReport {
  id: string;
  mentions: string[];
  evidence: number;
  issuedBy: string | null;
  covers: string | null;
}

export async function storedReports(helper: Neo4jTestHelper, ids: string[]): Promise<Map<string, StoredReport>> {
  const rows = await helper.run<StoredReport>(
    `MATCH (r:Report) WHERE r.id IN $ids
     RETURN r.id AS id,
            COLLECT { MATCH (r)-[:MENTIONS]->(e) RETURN e.id ORDER BY e.id } AS mentions,
            COUNT { MATCH ()-[x]->() WHERE x.report = r.id } AS evidence,
            COLLECT { MATCH (r)-[:ISSUED_BY]->(a) RETURN a.id }[0] AS issuedBy,
            COLLECT { MATCH (r)-[:COVERS]->(j) RETURN j.id }[0] AS covers`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * For each expected report that is in the graph, what differs from the extractor's output (empty: complete).
 * Reports that are absent are fine here: a failed ingest may leave a report out, never half in.
 */
export async function incompleteReports(helper: Neo4jTestHelper, expected: ExpectedReport[]): Promise<string[]> {
  const stored = await storedReports(
    helper,
    expected.map((e) => e.id),
  );
  const problems: string[] = [];
  for (const want of expected) {
    const got = stored.get(want.id);
    if (!got) continue;
    const missing = want.entityIds.filter((id) => !got.mentions.includes(id));
    const extra = got.mentions.filter((id) => !want.entityIds.includes(id));
    if (missing.length || extra.length)
      problems.push(
        `${want.id}: ${missing.length} MENTIONS missing, ${extra.length} extra (${[...missing, ...extra].slice(0, 3).join(", ")})`,
      );
    if (got.evidence !== want.evidence)
      problems.push(`${want.id}: ${got.evidence} evidence relationships, expected ${want.evidence}`);
    if (got.issuedBy !== want.issuedBy)
      problems.push(`${want.id}: ISSUED_BY ${got.issuedBy}, expected ${want.issuedBy}`);
    if (got.covers !== want.covers) problems.push(`${want.id}: COVERS ${got.covers}, expected ${want.covers}`);
  }
  return problems;
}

export interface Contribution {
  reports: number;
  relationships: number;
  entities: number;
  checksum: string;
}

/**
 * What a set of reports contributed to the graph: their nodes, their MENTIONS/ISSUED_BY/COVERS (with count and
 * spans), their evidence relationships (type, ends, start, sentence) and the entities they reach (id, labels,
 * name), as counts and one checksum. ingestedAt is left out: it says when, not what.
 */
export async function contribution(
  helper: Neo4jTestHelper,
  ids: string[],
): Promise<Contribution & { lines: string[] }> {
  const reports = await helper.run<{ line: string }>(
    `MATCH (r:Report) WHERE r.id IN $ids
     RETURN 'report ' + r.id + ' ' + r.title + ' ' + r.contentHash + ' ' + coalesce(r.sourcePath, '') AS line`,
    { ids },
  );
  const support = await helper.run<{ line: string; entity: string }>(
    `MATCH (r:Report)-[s:MENTIONS|ISSUED_BY|COVERS]->(e) WHERE r.id IN $ids
     RETURN type(s) + ' ' + r.id + ' -> ' + e.id + ' ' + coalesce(toString(s.count), '') + ' ' + reduce(t = '', x IN coalesce(s.spans, []) | t + toString(x) + ',') AS line,
            e.id + ' ' + e.name + reduce(t = '', l IN COLLECT { UNWIND labels(e) AS l RETURN l ORDER BY l } | t + ':' + l) AS entity`,
    { ids },
  );
  const evidence = await helper.run<{ line: string }>(
    `UNWIND $ids AS id MATCH (a)-[x]->(b) WHERE x.report = id
     RETURN type(x) + ' ' + a.id + ' -> ' + b.id + ' ' + id + ' ' + toString(x.start) + ' ' + coalesce(x.sentence, '') AS line`,
    { ids },
  );
  const entities = [...new Set(support.map((s) => s.entity))];
  const lines = [
    ...reports.map((r) => r.line),
    ...support.map((s) => s.line),
    ...evidence.map((e) => e.line),
    ...entities.map((e) => `entity ${e}`),
  ].sort();
  return {
    reports: reports.length,
    relationships: support.length + evidence.length,
    entities: entities.length,
    checksum: createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16),
    lines,
  };
}

/** Removes the given reports through the loader (entities other reports still need stay). */
export async function deleteReports(helper: Neo4jTestHelper, ids: Iterable<string>): Promise<void> {
  for (const id of ids) await deleteReport(helper.driver, helper.database, id);
}
