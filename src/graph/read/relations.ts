/**
 * The relationship fields of the API, as data: which relationship, which way, which label at the other end.
 * One batched query serves a field for many source nodes at once (the DataLoader batch): the evidence
 * relationships between the same two nodes are grouped into one edge (one per target), then each source's
 * edges are paged with the same offset/limit.
 */
import type { EntityType } from "../../extract/types.js";
import type { NodeLabel } from "../model.js";
import { matchById, projectNode } from "./nodes.js";
import type { CypherQuery } from "./reader.js";

export interface RelationSpec {
  type: string;
  /** out: (source)-[r]->(target); in: (source)<-[r]-(target); both: either way */
  direction: "out" | "in" | "both";
  source: NodeLabel;
  /** null: any entity */
  target: NodeLabel | null;
}

const spec = (source: NodeLabel, type: string, direction: RelationSpec["direction"], target: NodeLabel | null): RelationSpec => ({
  source,
  type,
  direction,
  target,
});

export const RELATIONS = {
  "Agency.issued": spec("Agency", "ISSUED", "out", "Law"),
  "Agency.implements": spec("Agency", "IMPLEMENTS", "out", "Law"),
  "Agency.conducts": spec("Agency", "CONDUCTS", "out", "Program"),
  "Agency.parent": spec("Agency", "PART_OF", "out", "Agency"),
  "Agency.children": spec("Agency", "PART_OF", "in", "Agency"),
  "Agency.jurisdiction": spec("Agency", "IN_JURISDICTION", "out", "Jurisdiction"),
  "Agency.transferredDutiesTo": spec("Agency", "TRANSFERRED_DUTY", "out", "Agency"),
  "Agency.transferredDutiesFrom": spec("Agency", "TRANSFERRED_DUTY", "in", "Agency"),
  "Agency.abolished": spec("Agency", "ABOLISHED", "out", "Agency"),
  "Agency.abolishedBy": spec("Agency", "ABOLISHED", "in", "Agency"),
  "Agency.mergedWith": spec("Agency", "MERGED", "both", "Agency"),
  "Agency.metrics": spec("Agency", "MEASURES", "both", "Metric"),
  "Agency.issuedReports": spec("Agency", "ISSUED_BY", "in", "Report"),
  "Law.issuedBy": spec("Law", "ISSUED", "in", "Agency"),
  "Law.implementedBy": spec("Law", "IMPLEMENTS", "in", "Agency"),
  "Program.conductedBy": spec("Program", "CONDUCTS", "in", "Agency"),
  "Program.metrics": spec("Program", "MEASURES", "both", "Metric"),
  "Metric.measures": spec("Metric", "MEASURES", "both", null),
  "Jurisdiction.agencies": spec("Jurisdiction", "IN_JURISDICTION", "in", "Agency"),
  "Jurisdiction.within": spec("Jurisdiction", "WITHIN", "out", "Jurisdiction"),
  "Jurisdiction.contains": spec("Jurisdiction", "WITHIN", "in", "Jurisdiction"),
  "Jurisdiction.reports": spec("Jurisdiction", "COVERS", "in", "Report"),
  "Report.issuer": spec("Report", "ISSUED_BY", "out", "Agency"),
  "Report.jurisdiction": spec("Report", "COVERS", "out", "Jurisdiction"),
} satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

function pattern(s: RelationSpec): string {
  const target = s.target ? `t:${s.target}` : "t:Entity";
  const rel = `[r:${s.type}]`;
  if (s.direction === "out") return `(s)-${rel}->(${target})`;
  if (s.direction === "in") return `(s)<-${rel}-(${target})`;
  return `(s)-${rel}-(${target})`;
}

/**
 * Rows `{id, total, edges: [{node, evidence: [relationship properties]}]}` for every source id with edges;
 * targets ordered by name then id, evidence by report then start offset; `report` keeps one report's evidence.
 */
export function relatedNodes(s: RelationSpec, ids: readonly string[], offset: number, limit: number, report: string | null = null): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      ${matchById("id", "s", [s.source])}
      MATCH ${pattern(s)}
      WHERE $report IS NULL OR r.report = $report
      WITH id, t, r ORDER BY r.report, r.start
      WITH id, t, collect(properties(r)) AS evidence
      ORDER BY t.name, t.id
      WITH id, collect({node: ${projectNode("t")}, evidence: evidence}) AS edges
      RETURN id, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges`,
    params: { ids: [...ids], offset, limit, report },
  };
}

export type MentionDirection = "reportToEntities" | "entityToReports";

/**
 * MENTIONS edges, batched the same way: a report's entities (optionally of some types), ordered by how often
 * the report names them, or an entity's reports, newest first.
 */
export function mentionEdges(direction: MentionDirection, ids: readonly string[], types: readonly EntityType[] | null, offset: number, limit: number): CypherQuery {
  const match =
    direction === "reportToEntities"
      ? `${matchById("id", "s", ["Report"])} MATCH (s)-[m:MENTIONS]->(t:Entity)
         WHERE $types IS NULL OR any(l IN labels(t) WHERE l IN $types)
         WITH id, t, m ORDER BY m.count DESC, t.name, t.id`
      : `${matchById("id", "s", ["Agency", "Law", "Program", "Jurisdiction", "Metric"])} MATCH (s)<-[m:MENTIONS]-(t:Report)
         WITH id, t, m ORDER BY t.year DESC, t.publishedAt DESC, t.id`;
  return {
    cypher: `UNWIND $ids AS id
      ${match}
      WITH id, collect({node: ${projectNode("t")}, count: m.count, spans: m.spans, sections: m.sections}) AS edges
      RETURN id, size(edges) AS total, edges[$offset..($offset + $limit)] AS edges`,
    params: { ids: [...ids], types: types ? [...types] : null, offset, limit },
  };
}
