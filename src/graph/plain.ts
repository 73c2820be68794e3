/**
 * Turns driver values (Integer, temporal types, nested maps) into plain JSON-friendly values. Maps and lists the
 * driver returns are fresh objects owned by the caller, so they are converted in place: a page of projected nodes
 * costs no second copy (this runs on every value of every row).
 */
import neo4j from "neo4j-driver";

const { Node } = neo4j.types;

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  // A whole node (e.g. from db.index.fulltext.queryNodes): the same shape as the `n {.*, __labels}` projection.
  if (value instanceof Node) return { ...(toPlain({ ...value.properties }) as object), __labels: value.labels };
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    if (isTemporal(value)) return String(value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  const map = value as Record<string, unknown>;
  for (const k in map) map[k] = toPlain(map[k]);
  return map;
}
