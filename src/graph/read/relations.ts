/**
 * The relationship fields of the API, as data: which relationship, which way, which label at the other end.
 * One batched query serves a field for many source nodes at once (the DataLoader batch): each source's distinct
 * targets are paged first, then the evidence relationships between the source and each target of the page are
 * grouped into that edge.
 */
import type { EntityType } from "../../extract/types.js";
import { ENTITY_LABELS, type NodeLabel } from "../model.js";
import { matchById } from "./nodes.js";
import { FULL_NODE, pageExpression, ParamBinder, projectPlan, type NodePlan, type PagePlan } from "./projection.js";
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

/**
 * Rows `{id, page: {edges: [{node, evidence}], total}}` for every source id: the page of `plan` (see
 * projection.ts pageExpression), the targets projected as `plan.target` says.
 */
export function relatedNodes(s: RelationSpec, ids: readonly string[], plan: PagePlan): CypherQuery {
  const binder = new ParamBinder();
  const page = pageExpression(s, "s", plan, binder);
  return {
    cypher: `UNWIND $ids AS id MATCH (s:${s.source} {id: id}) RETURN id, ${page} AS page`,
    params: { ...binder.params, ids: [...ids] },
  };
}

export type MentionDirection = "reportToEntities" | "entityToReports";

/**
 * MENTIONS edges, batched the same way: a report's entities (optionally of some types), ordered by how often
 * the report names them, or an entity's reports, newest first. Each source's page is cut before projecting;
 * `withTotal` adds the count of all of them.
 */
export function mentionEdges(
  direction: MentionDirection,
  ids: readonly string[],
  types: readonly EntityType[] | null,
  offset: number,
  limit: number,
  target: NodePlan = FULL_NODE,
  withTotal = true,
): CypherQuery {
  const binder = new ParamBinder();
  const match =
    direction === "reportToEntities"
      ? `MATCH (s)-[m:MENTIONS]->(t:Entity) WHERE $types IS NULL OR any(l IN labels(t) WHERE l IN $types)`
      : `MATCH (s)<-[m:MENTIONS]-(t:Report)`;
  const order = direction === "reportToEntities" ? "m.count DESC, t.name, t.id" : "t.year DESC, t.publishedAt DESC, t.id";
  const source = direction === "reportToEntities" ? matchById("id", "s", ["Report"]) : matchById("id", "s", ENTITY_LABELS);
  const total = withTotal ? `COUNT { ${match} RETURN m }` : "null";
  return {
    cypher: `UNWIND $ids AS id
      ${source}
      RETURN id, ${total} AS total, COLLECT { ${match}
        WITH t, m ORDER BY ${order} SKIP $offset LIMIT $limit
        RETURN {node: ${projectPlan("t", target, binder, 1)}, count: m.count, spans: m.spans, sections: m.sections} } AS edges`,
    params: { ...binder.params, ids: [...ids], types: types ? [...types] : null, offset, limit },
  };
}
