/** Fetching nodes by id, whatever their label: one UNWIND query per batch, each label's id index used. */
import { ENTITY_LABELS, NODE_LABELS } from "../model.js";
import { FULL_NODE, ParamBinder, projectPlan, type NodePlan } from "./projection.js";
import type { CypherQuery } from "../query.js";

/** The projection every read returns for a node: its properties plus its labels. */
export const projectNode = (v: string) => `${v} {.*, __labels: labels(${v})}`;

/**
 * `CALL (id) { ... }` that binds `n` to the node with that id: one branch per label so each uses that label's
 * id index (a label-less `{id: id}` would scan every node). The labels are constants, not input.
 */
export function matchById(idVar: string, nodeVar: string, labels: readonly string[] = NODE_LABELS): string {
  const union = labels.map((label) => `MATCH (${nodeVar}:${label} {id: ${idVar}}) RETURN ${nodeVar}`).join(" UNION ");
  return `CALL (${idVar}) { ${union} }`;
}

/** The nodes with these ids among `labels`, projected as `plan` says (with their relationship pages, if any). */
export function nodesByIds(
  ids: readonly string[],
  plan: NodePlan = FULL_NODE,
  labels: readonly string[] = NODE_LABELS,
): CypherQuery {
  const binder = new ParamBinder();
  const match = labels.length === 1 ? `MATCH (n:${labels[0]} {id: id})` : matchById("id", "n", labels);
  return {
    cypher: `UNWIND $ids AS id ${match} RETURN id, ${projectPlan("n", plan, binder)} AS node`,
    params: { ...binder.params, ids: [...ids] },
  };
}

/** Sum of MENTIONS counts per entity (how often reports name it). */
export function mentionCounts(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      ${matchById("id", "e", ENTITY_LABELS)}
      OPTIONAL MATCH (:Report)-[m:MENTIONS]->(e)
      RETURN id, coalesce(sum(m.count), 0) AS count, count(m) AS reports`,
    params: { ids: [...ids] },
  };
}
