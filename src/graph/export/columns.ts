/**
 * The typed columns of an export: one per property found in the exported nodes (or relationships), with the
 * GraphML attribute type its values have in Neo4j, and how a value is written as text. GraphML and CSV both need
 * every column before the first row, so the export asks Neo4j for the properties and their types first
 * (propertyTypes in queries.ts): the driver hands integers and floats to JavaScript alike (2 and 2.0), Cypher's
 * valueType() does not. Pure.
 */

/** GraphML's attr.type values this export uses (GraphML also has long and float). */
export type AttributeType = "boolean" | "int" | "double" | "string";

export interface PropertyColumn {
  /** the Neo4j property */
  property: string;
  /** the attribute or CSV column it becomes (the property's name, unless that name is taken, see RESERVED) */
  name: string;
  type: AttributeType;
}

export interface ExportColumns {
  node: PropertyColumn[];
  edge: PropertyColumn[];
}

/** A property and the valueType() strings of its values, as propertyTypes returns them. */
export interface PropertyTypes {
  property: string;
  types: string[];
}

/**
 * Column names the export writes itself (Gephi's Id, Label, Source, Target, Type and Weight; nodeType, graphId),
 * compared without case as Gephi does; a property with one of these names is written as `<name>_property`.
 */
const RESERVED = new Set(["id", "label", "source", "target", "type", "weight", "nodetype", "graphid"]);

/** The attribute type that holds every value: int and double mixed are double, anything else mixed is string. */
export function attributeTypeOf(valueTypes: readonly string[]): AttributeType {
  const kinds = new Set(valueTypes.map((t) => t.replace(/ NOT NULL$/, "")).filter((t) => t !== "NULL"));
  if (kinds.size === 0) return "string";
  if ([...kinds].every((k) => k === "BOOLEAN")) return "boolean";
  if ([...kinds].every((k) => k === "INTEGER")) return "int";
  if ([...kinds].every((k) => k === "INTEGER" || k === "FLOAT")) return "double";
  return "string";
}

/** One column per property, sorted by name; the node id is the Id column already, so it is no property column. */
export function columnsOf(found: readonly PropertyTypes[], element: "node" | "edge"): PropertyColumn[] {
  return found
    .filter((p) => !(element === "node" && p.property === "id"))
    .map((p) => ({
      property: p.property,
      name: RESERVED.has(p.property.toLowerCase()) ? `${p.property}_property` : p.property,
      type: attributeTypeOf(p.types),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A list's items, in order, separated by this (GraphML and CSV have no list type). */
export const LIST_SEPARATOR = "; ";

/** The text of a value, or undefined when there is none (null, absent). */
export function valueText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => valueText(v) ?? "").join(LIST_SEPARATOR);
  return String(value);
}

/** The node's kind: its label other than Entity (every entity also has Entity). */
export const nodeTypeOf = (labels: readonly string[]): string => labels.filter((l) => l !== "Entity").join(":");

/**
 * What Gephi and yEd show on a node: the short name (区卫计局, 行政诉讼法) where the entity has one, a metric's
 * full name (its short form is the bare figure), a report's title, else the name, else the id.
 */
export function displayLabel(node: { id: string; labels: readonly string[]; properties: Record<string, unknown> }) {
  const p = node.properties;
  const pick = node.labels.includes("Metric")
    ? [p.name, p.short]
    : node.labels.includes("Report")
      ? [p.title, p.name]
      : [p.short, p.name];
  return String(pick.find((v) => typeof v === "string" && v !== "") ?? node.id);
}
