/**
 * A property-level picture of a whole graph: one line per node (its sorted labels and every property) and per
 * relationship (its ends' ids, type and every property), sorted, so two graphs are equal exactly when their lines
 * are. Values keep their Neo4j type: an integer shows as `{"int":"2243"}`, a float as `2243`, so a float written
 * where the loader writes an integer is a difference. Label order is not (Neo4j keeps no order of labels).
 */
import neo4j, { type Driver } from "neo4j-driver";

/** A value as canonical JSON: object keys sorted at every level, integers tagged. */
function canonical(value: unknown): unknown {
  if (neo4j.isInt(value)) return { int: value.toString() };
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export interface ChecksumOptions {
  /** property names left out everywhere (e.g. ingestedAt, the time a report was written) */
  ignore?: string[];
}

export async function graphLines(driver: Driver, database: string, options: ChecksumOptions = {}): Promise<string[]> {
  const ignore = new Set(options.ignore ?? []);
  const props = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => !ignore.has(k)));
  const run = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database })).records.map((r) => r.toObject());
  const nodes = await run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p");
  const rels = await run("MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, properties(r) AS p, b.id AS to");
  return [
    ...nodes.map((n) => JSON.stringify(canonical({ node: [...(n.labels as string[])].sort(), p: props(n.p) }))),
    ...rels.map((r) => JSON.stringify(canonical({ rel: [r.from, r.type, r.to], p: props(r.p) }))),
  ].sort();
}

/** The lines only one of two pictures has (empty when the graphs are equal), at most `limit` of each. */
export function differences(a: string[], b: string[], limit = 20): { onlyA: string[]; onlyB: string[] } {
  const count = (lines: string[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const only = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([l, n]) => Array(Math.max(0, n - (y.get(l) ?? 0))).fill(l) as string[]).slice(0, limit);
  return { onlyA: only(ca, cb), onlyB: only(cb, ca) };
}
