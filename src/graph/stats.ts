/** Counts per label and relationship type of the graph model, read from Neo4j's count store (constant time). */
import type { Driver } from "neo4j-driver";

import { NODE_LABELS, REPORT_TEXT_LABEL } from "./model.js";
import { readRows, type CypherQuery } from "./query.js";
import { RELATIONSHIP_TYPES } from "./relation-specs.js";

export interface GraphStats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

/** One query: a count-store lookup per model label (plus :Entity and :ReportText) and per model relationship type. */
export function graphStatsQuery(): CypherQuery {
  const labels = [...NODE_LABELS, "Entity", REPORT_TEXT_LABEL].map((l) => `COUNT { MATCH (:${l}) } AS \`label_${l}\``);
  const types = RELATIONSHIP_TYPES.map((t) => `COUNT { MATCH ()-[:${t}]->() } AS \`type_${t}\``);
  return { cypher: `RETURN ${[...labels, ...types].join(",\n       ")}`, params: {} };
}

export async function graphStats(driver: Driver, database: string): Promise<GraphStats> {
  const [row] = await readRows(driver, database, graphStatsQuery());
  return graphStatsOf(row!);
}

/** The counts of graphStatsQuery's one row. */
export function graphStatsOf(row: Record<string, unknown>): GraphStats {
  const stats: GraphStats = { labels: {}, relationships: {} };
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith("label_")) stats.labels[key.slice(6)] = Number(value);
    else stats.relationships[key.slice(5)] = Number(value);
  }
  return stats;
}
