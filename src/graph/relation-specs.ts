/**
 * The relation catalogue: every relationship type of the graph, once. The loader's allowed types, the schema's
 * relationship indexes check, the read projection (src/graph/read/projection.ts), the API's selection shapes and
 * relationship fields with their resolvers and SDL descriptions (src/api/common/relation-fields.ts) and the
 * RelationshipType enum are all derived from this table.
 *
 * Adding a relationship type: add it to the extractor's RELATION_TYPES (src/extract/types.ts), then one entry
 * here. tsc fails until both agree (`satisfies Record<RelationType, …>`), and the API gains its fields.
 */
import type { RelationType } from "../extract/types.js";
import { ENTITY_LABELS, type NodeLabel } from "./model.js";

/** How a relationship field answers: a connection (default), one edge (node + evidence), or the node itself. */
export type RelationShape = "connection" | "edge" | "node";

/** A GraphQL field that follows the relationship from one of its ends. */
export interface RelationFieldSpec {
  field: string;
  shape?: RelationShape;
  description?: string;
}

export interface RelationTypeSpec {
  /** the label at the start of the relationship */
  from: NodeLabel;
  /** the labels at its end; the forward field of a relationship with several ends returns any entity */
  to: readonly NodeLabel[];
  /**
   * sentence: one relationship per piece of evidence, keyed by (type, from, to, report, start), with the report's
   * sentence; report: written by the loader from the report itself (no sentence).
   */
  evidence: "sentence" | "report";
  /** the RelationshipType enum value's description */
  description: string;
  /** written either way round (or meaningful both ways): its fields match both directions */
  undirected?: true;
  /** lists can be ordered by how many distinct nodes a node has at the other end (orderBy: <TYPE>) */
  sortable?: true;
  /** the field on each `from` label, towards `to` */
  forward?: RelationFieldSpec;
  /** the field on each `to` label, back towards `from` */
  backward?: RelationFieldSpec;
}

/** A catalogue entry as written: its evidence is its group's (below), not said again in each entry. */
type RelationEntry = Omit<RelationTypeSpec, "evidence">;

/** The report's own relationships, written by the loader from ReportInfo and the mentions: evidence "report". */
const REPORT_RELATIONS = {
  MENTIONS: {
    from: "Report",
    to: ENTITY_LABELS,
    description: "a report names an entity (count, spans, sections); read through Report.mentions and mentionedIn",
  },
  ISSUED_BY: {
    from: "Report",
    to: ["Agency"],
    description: "a report and the agency that issued it",
    forward: { field: "issuer", shape: "node", description: "the agency that issued the report" },
    backward: { field: "issuedReports", description: "reports it issued" },
  },
  COVERS: {
    from: "Report",
    to: ["Jurisdiction"],
    description: "a report and the jurisdiction it is about",
    forward: { field: "jurisdiction", shape: "node", description: "the jurisdiction the report is about" },
    backward: { field: "reports", description: "reports about it" },
  },
} as const satisfies Record<string, RelationEntry>;

/**
 * The extractor's typed relations (src/extract/types.ts RELATION_TYPES says which way each one points): evidence
 * "sentence".
 */
const EXTRACTED_RELATIONS = {
  ISSUED: {
    from: "Agency",
    sortable: true,
    to: ["Law"],
    description: "an agency issued a law or document",
    forward: { field: "issued", description: "laws and documents it issued" },
    backward: { field: "issuedBy", description: "bodies that issued it" },
  },
  IMPLEMENTS: {
    from: "Agency",
    sortable: true,
    to: ["Law"],
    description: "an agency implements a law or document",
    forward: { field: "implements", description: "laws and documents it implements" },
    backward: { field: "implementedBy", description: "bodies that implement it" },
  },
  CONDUCTS: {
    from: "Agency",
    sortable: true,
    to: ["Program"],
    description: "an agency runs a program or campaign",
    forward: { field: "conducts", description: "programs and campaigns it runs" },
    backward: { field: "conductedBy", description: "agencies that run it" },
  },
  TRANSFERRED_DUTY: {
    from: "Agency",
    to: ["Agency"],
    description: "an agency handed a duty to another (properties.duty)",
    forward: { field: "transferredDutiesTo", description: "agencies it handed duties to" },
    backward: { field: "transferredDutiesFrom", description: "agencies that handed duties to it" },
  },
  ABOLISHED: {
    from: "Agency",
    to: ["Agency"],
    description: "an agency abolished another",
    forward: { field: "abolished", description: "bodies it abolished" },
    backward: { field: "abolishedBy", description: "bodies that abolished it" },
  },
  MERGED: {
    from: "Agency",
    to: ["Agency"],
    description: "an agency merged into another",
    undirected: true,
    forward: { field: "mergedWith", description: "bodies merged with it (either way)" },
  },
  PART_OF: {
    from: "Agency",
    to: ["Agency"],
    description: "an office or department and the body it belongs to",
    forward: { field: "parent", shape: "edge", description: "the body it is part of" },
    backward: { field: "children", description: "bodies that are part of it" },
  },
  IN_JURISDICTION: {
    from: "Agency",
    to: ["Jurisdiction"],
    description: "an agency and the jurisdiction it serves",
    forward: { field: "jurisdiction", shape: "edge" },
    backward: { field: "agencies", description: "agencies of this jurisdiction" },
  },
  WITHIN: {
    from: "Jurisdiction",
    to: ["Jurisdiction"],
    description: "a jurisdiction and the division it lies in (GB/T 2260)",
    forward: { field: "within", shape: "edge", description: "the division it lies in" },
    backward: { field: "contains", description: "divisions directly within it" },
  },
  MEASURES: {
    from: "Metric",
    to: ["Program", "Agency"],
    description: "a figure and the program or agency whose work it counts",
    undirected: true,
    forward: { field: "measures", description: "the programs or agencies the figure is about" },
    backward: { field: "metrics", description: "figures reported about it" },
  },
  SUCCEEDED_BY: {
    from: "Agency",
    to: ["Agency"],
    description: "a body and the one that took over from it after a renaming or merger (properties: year, how, basis)",
    forward: {
      field: "successors",
      description: "bodies that took over from it (renamed or merged into), with the year and basis",
    },
    backward: { field: "predecessors", description: "bodies it took over from" },
  },
} as const satisfies Record<RelationType, RelationEntry>;

const withEvidence = (entries: Record<string, RelationEntry>, evidence: RelationTypeSpec["evidence"]) =>
  Object.fromEntries(Object.entries(entries).map(([type, entry]) => [type, { ...entry, evidence }]));

export const RELATION_SPECS: Readonly<Record<string, RelationTypeSpec>> = {
  ...withEvidence(REPORT_RELATIONS, "report"),
  ...withEvidence(EXTRACTED_RELATIONS, "sentence"),
};

export type ReportRelationType = keyof typeof REPORT_RELATIONS;
export type RelationshipTypeName = ReportRelationType | RelationType;

export const REPORT_RELATIONSHIPS = Object.keys(REPORT_RELATIONS) as ReportRelationType[];
/** The relationships with a sentence of evidence: exactly the extractor's relation types. */
export const EVIDENCE_RELATIONSHIPS = Object.keys(EXTRACTED_RELATIONS) as RelationType[];
export const RELATIONSHIP_TYPES: readonly RelationshipTypeName[] = [...REPORT_RELATIONSHIPS, ...EVIDENCE_RELATIONSHIPS];
/** The types a list can be ordered by (orderBy: IMPLEMENTS …): those marked `sortable`. */
export const SORTABLE_RELATIONSHIPS = EVIDENCE_RELATIONSHIPS.filter(
  (t) => (EXTRACTED_RELATIONS[t] as RelationEntry).sortable,
);

/** One relationship field of the API, at `source.field` (its coordinate). */
export interface RelationSpec {
  type: string;
  /** out: (source)-[r]->(target); in: (source)<-[r]-(target); both: either way */
  direction: "out" | "in" | "both";
  source: NodeLabel;
  /** null: any entity */
  target: NodeLabel | null;
  field: string;
  shape: RelationShape;
  description?: string;
}

function fieldsOf(type: string, spec: RelationTypeSpec): RelationSpec[] {
  const out: RelationSpec[] = [];
  const add = (
    side: RelationFieldSpec,
    source: NodeLabel,
    target: NodeLabel | null,
    direction: RelationSpec["direction"],
  ) =>
    out.push({
      type,
      direction: spec.undirected ? "both" : direction,
      source,
      target,
      field: side.field,
      shape: side.shape ?? "connection",
      ...(side.description ? { description: side.description } : {}),
    });
  if (spec.forward) add(spec.forward, spec.from, spec.to.length === 1 ? spec.to[0]! : null, "out");
  if (spec.backward) for (const label of spec.to) add(spec.backward, label, spec.from, "in");
  return out;
}

/** Every relationship field, by coordinate (`Agency.issued`), in catalogue order. */
export const RELATIONS: Readonly<Record<string, RelationSpec>> = Object.fromEntries(
  Object.entries(RELATION_SPECS)
    .flatMap(([type, spec]) => fieldsOf(type, spec))
    .map((f) => [`${f.source}.${f.field}`, f]),
);

/** A relationship field's coordinate, `<Label>.<field>`. */
export type RelationName = string;

/** The relationship fields of one label, in catalogue order. */
export const relationFieldsOf = (label: NodeLabel): RelationSpec[] =>
  Object.values(RELATIONS).filter((r) => r.source === label);

export const isRelationField = (coordinate: string): boolean => Object.hasOwn(RELATIONS, coordinate);
