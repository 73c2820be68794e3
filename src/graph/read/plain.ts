/** Turns driver values (Integer, temporal types, nested maps) into plain JSON-friendly values. */
import neo4j from "neo4j-driver";

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    // A whole node (e.g. from db.index.fulltext.queryNodes): the same shape as the `n {.*, __labels}` projection.
    if (value instanceof neo4j.types.Node) return { ...(toPlain(value.properties) as object), __labels: value.labels };
    if (
      neo4j.isDate(value as never) ||
      neo4j.isDateTime(value as never) ||
      neo4j.isLocalDateTime(value as never) ||
      neo4j.isTime(value as never) ||
      neo4j.isLocalTime(value as never) ||
      neo4j.isDuration(value as never)
    ) {
      return String(value);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
