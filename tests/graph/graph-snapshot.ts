/** Test helper: everything the graph holds under one test token, in a form two snapshots can be compared in. */
import type { Neo4jTestHelper } from "../support/neo4j.js";

export interface TokenSnapshot {
  nodes: number;
  relationships: number;
  properties: number;
  /** every node and relationship with its properties (ingestedAt left out: it records when, not what) */
  content: string[];
}

const line = (head: string, props: Record<string, unknown>) =>
  `${head} ${JSON.stringify(
    Object.keys(props)
      .filter((k) => k !== "ingestedAt")
      .sort()
      .map((k) => [k, props[k]]),
  )}`;

export async function snapshot(helper: Neo4jTestHelper, token: string): Promise<TokenSnapshot> {
  const nodes = await helper.run<{ labels: string[]; props: Record<string, unknown> }>(
    "MATCH (n) WHERE n.id CONTAINS $token RETURN labels(n) AS labels, properties(n) AS props",
    { token },
  );
  const rels = await helper.run<{ head: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) WHERE a.id CONTAINS $token OR b.id CONTAINS $token
     RETURN type(r) + ' ' + a.id + ' -> ' + b.id AS head, properties(r) AS props`,
    { token },
  );
  const all = [...nodes.map((n) => ({ head: [...n.labels].sort().join(":"), props: n.props })), ...rels];
  return {
    nodes: nodes.length,
    relationships: rels.length,
    properties: all.reduce((sum, row) => sum + Object.keys(row.props).length, 0),
    content: all.map((row) => line(row.head, row.props)).sort(),
  };
}

/** Entities under the token that no report supports: must always be empty. */
export async function orphans(helper: Neo4jTestHelper, token: string): Promise<string[]> {
  const rows = await helper.run<{ id: string }>(
    "MATCH (n:Entity) WHERE n.id CONTAINS $token AND NOT EXISTS { (:Report)-[:MENTIONS|ISSUED_BY|COVERS]->(n) } RETURN n.id AS id",
    { token },
  );
  return rows.map((r) => r.id);
}

/** One report's part of the graph: its node, the entities it supports, its own and its evidence relationships. */
export async function reportSnapshot(helper: Neo4jTestHelper, reportId: string) {
  const [row] = await helper.run<{ mentioned: number; evidence: number; properties: number; content: string[] }>(
    `MATCH (r:Report {id: $reportId})
     CALL (r) { MATCH (r)-[s:MENTIONS|ISSUED_BY|COVERS]->(e) RETURN count(DISTINCT e) AS mentioned,
                collect(type(s) + ' ' + e.id + ' ' + toString(size(keys(s))) + ' ' + toString(size(keys(e)))) AS support,
                sum(size(keys(s)) + size(keys(e))) AS supportProps }
     CALL (r) { MATCH (a)-[x]->(b) WHERE x.report = r.id RETURN count(x) AS evidence,
                collect(type(x) + ' ' + a.id + ' ' + b.id + ' ' + toString(x.start)) AS edges, sum(size(keys(x))) AS edgeProps }
     RETURN mentioned, evidence, supportProps + edgeProps + size(keys(r)) AS properties, support + edges AS content`,
    { reportId },
  );
  return row ? { ...row, content: [...row.content].sort() } : undefined;
}
