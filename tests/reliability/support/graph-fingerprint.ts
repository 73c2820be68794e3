/**
 * The whole graph in three numbers: node count, relationship count, and a checksum over the ids of every node and
 * every relationship (type, ends, report, start). Two equal fingerprints mean nothing was added or removed.
 * Tests files run one at a time on the shared database, so between two fingerprints of one test only that test
 * writes (a developer's own benchmark running against the same Neo4j at the same time would show up here).
 */
import { createHash } from "node:crypto";
import type { Neo4jTestHelper } from "../../support/neo4j.js";

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

async function keys(helper: Neo4jTestHelper): Promise<string[]> {
  const nodes = await helper.run<{ key: string }>(
    "MATCH (n) RETURN reduce(s = coalesce(n.id, elementId(n)), l IN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } | s + ':' + l) AS key",
  );
  const rels = await helper.run<{ key: string }>(
    `MATCH (a)-[r]->(b)
     RETURN type(r) + ' ' + coalesce(a.id, elementId(a)) + ' -> ' + coalesce(b.id, elementId(b)) + ' '
            + coalesce(r.report, '') + ' ' + coalesce(toString(r.start), '') AS key`,
  );
  return [...nodes.map((r) => `N ${r.key}`), ...rels.map((r) => `R ${r.key}`)];
}

export async function fingerprint(helper: Neo4jTestHelper): Promise<GraphFingerprint & { keys: string[] }> {
  const all = (await keys(helper)).sort();
  return {
    nodes: all.filter((k) => k.startsWith("N ")).length,
    relationships: all.filter((k) => k.startsWith("R ")).length,
    checksum: createHash("sha256").update(all.join("\n")).digest("hex").slice(0, 16),
    keys: all,
  };
}

/** What changed between two fingerprints, for a failure message a person can act on. */
export function difference(
  before: { keys: string[] },
  after: { keys: string[] },
  max = 10,
): { added: string[]; removed: string[] } {
  const a = new Set(before.keys);
  const b = new Set(after.keys);
  return {
    added: after.keys.filter((k) => !a.has(k)).slice(0, max),
    removed: before.keys.filter((k) => !b.has(k)).slice(0, max),
  };
}

export const summary = ({ nodes, relationships, checksum }: GraphFingerprint): GraphFingerprint => ({
  nodes,
  relationships,
  checksum,
});
