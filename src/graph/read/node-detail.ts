/**
 * One node with every relationship field of its label, for `kg show`: the targets of each field (first `limit`,
 * by name) with the evidence sentences that state them, and the total per field, in one query.
 */
import type { NodeLabel } from "../model.js";
import type { CypherQuery } from "../query.js";
import { relationFieldsOf } from "../relation-specs.js";
import { nodesByIds } from "./nodes.js";
import type { NodePlan } from "./projection.js";

/** What a target of a field shows: enough to name it (a figure's value, unit and report; a report's year). */
const TARGET: NodePlan = {
  props: ["label", "value", "unit", "qualifier", "kind", "report", "year", "title"],
  relations: [],
};

/** Rows `{id, node}`: `node` has all properties, `__labels`, and per field `__r_<field>: {edges, total}`. */
export function nodeDetail(id: string, label: NodeLabel, limit: number): CypherQuery {
  const plan: NodePlan = {
    props: "*",
    relations: relationFieldsOf(label).map((spec) => ({
      key: spec.field,
      relation: `${label}.${spec.field}`,
      offset: 0,
      limit,
      more: false,
      report: null,
      total: true,
      evidence: { all: false, sentence: true },
      target: TARGET,
    })),
  };
  return nodesByIds([id], plan, [label]);
}
