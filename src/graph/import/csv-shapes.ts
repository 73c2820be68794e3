/**
 * The shape string of a CSV line (`nodes|Agency:Entity|id:ID,name:string,…`), made once per distinct shape and then
 * handed out again: a report has hundreds of lines of a dozen shapes, and building each line's shape, then hashing
 * that new string to group it (csv.ts groupByShape), cost more than the line itself. A shape is known again by its
 * columns' keys and types, compared one by one (property keys and type names are the same strings each time).
 */
import type { CsvType } from "./csv.js";

interface Column {
  key: string;
  type: CsvType;
}

interface KnownShape {
  columns: Column[];
  shape: string;
}

/** known shapes by kind, then by labels (nodes) or relationship type: a few each, bounded by the model's properties */
const KNOWN = { nodes: new Map<string, KnownShape[]>(), relationships: new Map<string, KnownShape[]>() };

function sameColumns(a: Column[], b: readonly Column[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.key !== b[i]!.key || a[i]!.type !== b[i]!.type) return false;
  return true;
}

/** `${kind}|${group}|${idColumns},key:type,…`, the same string for the same columns. */
export function shapeOf(
  kind: "nodes" | "relationships",
  group: string,
  idColumns: string,
  columns: readonly Column[],
): string {
  const known = KNOWN[kind];
  let shapes = known.get(group);
  if (!shapes) known.set(group, (shapes = []));
  for (const s of shapes) if (sameColumns(s.columns, columns)) return s.shape;
  let shape = `${kind}|${group}|${idColumns}`;
  for (const c of columns) shape += `,${c.key}:${c.type}`;
  shapes.push({ columns: columns.map(({ key, type }) => ({ key, type })), shape });
  return shape;
}
