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

/** Fixed RETURN columns over the matched node `n`, for callers that want rows of their own shape (the export). */
export interface NodeColumns {
  columns: string;
}

/**
 * The nodes with these ids among `labels`: by default one row `{id, node}` a node, `node` projected as `plan` says
 * (with its relationship pages, if any); with `{columns}` the rows those columns make instead.
 */
export function nodesByIds(
  ids: readonly string[],
  plan: NodePlan | NodeColumns = FULL_NODE,
  labels: readonly string[] = NODE_LABELS,
): CypherQuery {
  const binder = new ParamBinder();
  const match = labels.length === 1 ? `MATCH (n:${labels[0]} {id: id})` : matchById("id", "n", labels);
  const returns = "columns" in plan ? plan.columns : `id, ${projectPlan("n", plan, binder)} AS node`;
  return {
    cypher: `UNWIND $ids AS id ${match} RETURN ${returns}`,
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
