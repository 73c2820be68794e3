/**
 * neo4j-admin's CSV dialect (`database import full`): typed header columns (`name:string`, `spans:long[]`), every
 * string quoted with `""` for a quote inside, array elements joined by U+001F (a character no report text keeps, so
 * a `;` or `,` inside an alias stays one element). Pure.
 *
 * Two things the format cannot say, and how the importer gets them right anyway: an empty array (an empty field is
 * no property at all, which is just what the graph stores for an empty list: model.ts), and a value's absence (each
 * shape of record, i.e. its set of typed columns, gets its own header file, so a missing property is a missing
 * column, never an empty field).
 */
import type { Primitive } from "../load/rows.js";
import { shapeOf } from "./csv-shapes.js";

export const ARRAY_DELIMITER = "\u001f";
/** how neo4j-admin's --array-delimiter names it */
export const ARRAY_DELIMITER_FLAG = "U+001F";

export type CsvScalar = "string" | "long" | "double" | "boolean";
export type CsvType = CsvScalar | `${CsvScalar}[]`;

export interface TypedValue {
  key: string;
  type: CsvType;
  value: Primitive | Primitive[];
}

/**
 * The type Neo4j ends up with when the loader's Cypher writes `value`: the driver sends every JS number as a float,
 * and the queries turn the keys of `integerKeys` into integers with toInteger() (which truncates). Returns null
 * for an empty array, which CSV cannot carry and the graph does not store (model.ts: absent = empty).
 */
export function typedValue(
  key: string,
  value: Primitive | Primitive[],
  integerKeys: ReadonlySet<string>,
): TypedValue | null {
  const integer = integerKeys.has(key);
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    const scalar = scalarType(value[0]!, integer);
    for (const element of value)
      if (scalarType(element, integer) !== scalar)
        throw new Error(`property ${key}: an array mixes ${scalar} and ${scalarType(element, integer)} values`);
    return {
      key,
      type: ARRAY_TYPES[scalar],
      value: scalar === "long" ? value.map((v) => Math.trunc(v as number)) : value,
    };
  }
  const type = scalarType(value, integer);
  return { key, type, value: type === "long" ? Math.trunc(value as number) : value };
}

/** one string per array type, so equal columns are the same strings (see shapeOf) */
const ARRAY_TYPES: Record<CsvScalar, CsvType> = {
  string: "string[]",
  long: "long[]",
  double: "double[]",
  boolean: "boolean[]",
};

function scalarType(value: Primitive, integer: boolean): CsvScalar {
  if (typeof value === "number") return integer ? "long" : "double";
  if (typeof value === "boolean") return "boolean";
  return "string";
}

/** Typed values of a property map, sorted by key, empty arrays left out (see typedValue). */
export function typedValues(
  props: Record<string, Primitive | Primitive[]>,
  integerKeys: ReadonlySet<string>,
): TypedValue[] {
  const out: TypedValue[] = [];
  for (const key of Object.keys(props).sort()) {
    const typed = typedValue(key, props[key]!, integerKeys);
    if (typed) out.push(typed);
  }
  return out;
}

/**
 * A string as a quoted field. Most hold no quote: includes() finds that faster than replaceAll() finds nothing to
 * replace, and a report has thousands of fields.
 */
function quoted(text: string): string {
  return text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`;
}

function scalarField(value: Primitive): string {
  return typeof value === "string" ? quoted(value) : String(value);
}

function field(typed: TypedValue): string {
  if (!Array.isArray(typed.value)) return scalarField(typed.value);
  const elements = typed.value;
  // one empty string would be an empty field, which the importer reads as no property
  if (elements.length === 1 && elements[0] === "")
    throw new Error(`property ${typed.key}: the array [""] cannot be written as neo4j-admin CSV`);
  // only a string can hold the delimiter; join() writes numbers and booleans as String() does
  if (typed.type === "string[]")
    for (const element of elements)
      if ((element as string).includes(ARRAY_DELIMITER))
        throw new Error(`property ${typed.key}: an element contains U+001F, the importer's array delimiter`);
  return quoted(elements.join(ARRAY_DELIMITER));
}

/** A node or relationship as one CSV line, with the shape (kind, labels or type, columns) its header must have. */
export interface CsvLine {
  /** `nodes|Agency:Entity|id:ID,name:string,…` or `relationships|MENTIONS|:START_ID,:END_ID,count:long,…` */
  shape: string;
  line: string;
  /** the line holds a line break inside a quoted field (the importer must be told: --multiline-fields) */
  multiline: boolean;
}

const hasBreak = (text: string) => text.includes("\n") || text.includes("\r");

/** The fields after the ids, each after a comma. */
function fields(values: TypedValue[]): string {
  let out = "";
  for (const value of values) out += "," + field(value);
  return out;
}

export function nodeLine(labels: string, id: string, values: TypedValue[]): CsvLine {
  const line = scalarField(id) + fields(values);
  return { shape: shapeOf("nodes", labels, "id:ID", values), line, multiline: hasBreak(line) };
}

export function relationshipLine(type: string, from: string, to: string, values: TypedValue[]): CsvLine {
  const line = scalarField(from) + "," + scalarField(to) + fields(values);
  return {
    shape: shapeOf("relationships", type, ":START_ID,:END_ID", values),
    line,
    multiline: hasBreak(line),
  };
}

/**
 * A report's text as a (:ReportText {id, text}) line, quoted like every other string. Its ids live in an ID space of
 * their own (the header's `id:ID(ReportText)`), since each equals its Report's id.
 */
export function reportTextLine(id: string, text: string): string {
  return `${scalarField(id)},${scalarField(text)}`;
}

export const REPORT_TEXT_HEADER = "id:ID(ReportText),text:string";

/** Lines of one shape, in their order: what a `kg import` worker posts (one string per line, the shape once). */
export interface CsvGroup {
  shape: string;
  lines: string[];
  multiline: boolean;
}

/**
 * Lines grouped by shape, the groups in the order their shapes first appear: a worker's report has hundreds of lines
 * of a dozen shapes, and posting each as an object with its shape string cost more than building it.
 */
export function groupByShape(lines: Iterable<CsvLine>): CsvGroup[] {
  const groups = new Map<string, CsvGroup>();
  for (const { shape, line, multiline } of lines) {
    let group = groups.get(shape);
    if (!group) groups.set(shape, (group = { shape, lines: [], multiline: false }));
    group.lines.push(line);
    group.multiline ||= multiline;
  }
  return [...groups.values()];
}

/** The parts of a shape string: what the importer's --nodes / --relationships argument and the header file need. */
export function parseShape(shape: string): { kind: "nodes" | "relationships"; group: string; header: string } {
  const [kind, group, ...rest] = shape.split("|");
  return { kind: kind as "nodes" | "relationships", group: group!, header: rest.join("|") };
}
