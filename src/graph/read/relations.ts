/**
 * Batched reads of the relationship fields (the fields themselves are data: src/graph/relation-specs.ts). One
 * query serves a field for many source nodes at once (the DataLoader batch): each source's distinct targets are
 * paged first, then the evidence relationships between the source and each target of the page are grouped into
 * that edge.
 */
import type { EntityType } from "../../extract/types.js";
import { ENTITY_LABELS } from "../model.js";
import type { RelationSpec } from "../relation-specs.js";
import { HUB_TIERS, type WalkTier } from "./hub-walk.js";
import { matchById } from "./nodes.js";
import { FULL_NODE, pageExpression, ParamBinder, projectPlan, type NodePlan, type PagePlan } from "./projection.js";
import type { CypherQuery } from "../query.js";

/**
 * Rows `{id, page: {edges: [{node, evidence}], total}}` for every source id: the page of `plan` (see
 * projection.ts pageExpression), the targets projected as `plan.target` says. `hubTiers` decide when a hub's
 * page is walked from the target side (hub-walk.ts); the answer is the same either way.
 */
export function relatedNodes(
  s: RelationSpec,
  ids: readonly string[],
  plan: PagePlan,
  hubTiers: readonly WalkTier[] = HUB_TIERS,
): CypherQuery {
  const binder = new ParamBinder(hubTiers);
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
  const order =
    direction === "reportToEntities" ? "m.count DESC, t.name, t.id" : "t.year DESC, t.publishedAt DESC, t.id";
  const source =
    direction === "reportToEntities" ? matchById("id", "s", ["Report"]) : matchById("id", "s", ENTITY_LABELS);
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
