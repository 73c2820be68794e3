/** Sums the update counters of the statements a load transaction ran. */
import type { ManagedTransaction, QueryResult } from "neo4j-driver";
import type { Query } from "./queries.js";

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export const zeroCounts = (): WriteCounts => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

export function addCounts(total: WriteCounts, result: QueryResult): WriteCounts {
  const u = result.summary.counters.updates();
  total.nodesCreated += u.nodesCreated;
  total.nodesDeleted += u.nodesDeleted;
  total.relationshipsCreated += u.relationshipsCreated;
  total.relationshipsDeleted += u.relationshipsDeleted;
  total.propertiesSet += u.propertiesSet;
  return total;
}

/**
 * Runs `queries` in order in one transaction without waiting for each answer before sending the next (the driver
 * pipelines them), and adds their counters to `total`. Returns the results in query order.
 */
export async function runPipelined(
  tx: ManagedTransaction,
  queries: Query[],
  total: WriteCounts,
): Promise<QueryResult[]> {
  const results = await Promise.all(queries.map((q) => tx.run(q.cypher, q.params)));
  for (const result of results) addCounts(total, result);
  return results;
}
