/** Counts per label and relationship type of the graph model, read from Neo4j's count store (constant time). */
import type { Driver } from "neo4j-driver";
import { withGraphErrors } from "./errors.js";
import { NODE_LABELS } from "./model.js";
import { RELATIONSHIP_TYPES } from "./relation-specs.js";

export interface GraphStats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

/** One query: a count-store lookup per model label (plus :Entity) and per model relationship type. */
export function graphStatsQuery() {
  const labels = [...NODE_LABELS, "Entity"].map((l) => `COUNT { MATCH (:${l}) } AS \`label_${l}\``);
  const types = RELATIONSHIP_TYPES.map((t) => `COUNT { MATCH ()-[:${t}]->() } AS \`type_${t}\``);
  return { cypher: `RETURN ${[...labels, ...types].join(",\n       ")}`, params: {} };
}

export async function graphStats(driver: Driver, database: string): Promise<GraphStats> {
  const { cypher, params } = graphStatsQuery();
  return withGraphErrors(async () => {
    const { records } = await driver.executeQuery(cypher, params, { database, routing: "READ" });
    const row = records[0]!.toObject() as Record<string, number>;
    const stats: GraphStats = { labels: {}, relationships: {} };
    for (const [key, value] of Object.entries(row)) {
      if (key.startsWith("label_")) stats.labels[key.slice(6)] = Number(value);
      else stats.relationships[key.slice(5)] = Number(value);
    }
    return stats;
  });
}
