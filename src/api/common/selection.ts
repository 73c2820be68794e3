/**
 * Looking ahead at the selection set: which properties of a node the query reads, and which relationship fields
 * below it (with their arguments) can be fetched in the same database query. The result is a NodePlan
 * (src/graph/read/projection.ts); resolvers of prefetched fields find their page on the parent node and do not
 * go to the database (src/api/common/fields.ts).
 */
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from "graphql";
import type { EvidencePlan, NodePlan, PagePlan, RelationPlan } from "../../graph/read/projection.js";
import { isRelationField, RELATIONS, type RelationShape } from "../../graph/relation-specs.js";
import { DEFAULT_RELATION_PAGE_SIZE, pageWindow } from "./connection.type.js";

export type SelectionInfo = Pick<GraphQLResolveInfo, "schema" | "fragments" | "variableValues">;

/** One response key of a selection set: the field's name and every node selecting it (merged fields). */
export interface SelectedField {
  name: string;
  nodes: FieldNode[];
}

/** How a relationship field answers (the catalogue says): a connection, one edge, or the node itself. */
export const shapeOf = (coordinate: string): RelationShape => RELATIONS[coordinate]?.shape ?? "connection";

/** Fields whose resolver reads other node properties than the one named like the field (id and name always come). */
const PROPERTIES_OF: Record<string, readonly string[]> = {
  "Report.title": ["title"],
  "Report.issuerName": ["issuer"],
  "Report.jurisdictionName": ["jurisdiction"],
  // read from the report's ReportText node (GraphService.reportText), not from the Report
  "Report.text": [],
  "Report.excerpt": [],
};
/** Fields whose resolver reads no node property besides the id (it asks the graph, or GraphQL answers). */
const NO_PROPERTY = new Set(["__typename", "mentionCount", "mentionedIn", "mentions"]);

function included(
  node: FieldNode | InlineFragmentNode | FragmentSpreadNode,
  variables: Record<string, unknown>,
): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function appliesTo(info: SelectionInfo, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const named = info.schema.getType(condition);
  return !!named && isAbstractType(named) && info.schema.isSubType(named, type);
}

/** The fields selected on `type` by these selection sets, fragments expanded and @skip/@include applied. */
export function selectedFields(
  info: SelectionInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  type: GraphQLObjectType,
): Map<string, SelectedField> {
  const out = new Map<string, SelectedField>();
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of set.selections) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const found = out.get(key);
        if (found) found.nodes.push(selection);
        else out.set(key, { name: selection.name.value, nodes: [selection] });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(info, selection.typeCondition?.name.value, type)) visit(selection.selectionSet, seen);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value) || !appliesTo(info, fragment.typeCondition.name.value, type))
          continue;
        visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
    }
  };
  for (const set of sets) if (set) visit(set, new Set());
  return out;
}

const subSets = (fields: Iterable<SelectedField>) => [...fields].flatMap((f) => f.nodes.map((n) => n.selectionSet));

function objectTypes(info: SelectionInfo, named: GraphQLNamedType): GraphQLObjectType[] {
  if (isObjectType(named)) return [named];
  return isAbstractType(named) ? [...info.schema.getPossibleTypes(named)] : [];
}

/** The object types a field of `type` can return (its list and non-null wrappers removed). */
function fieldTypes(info: SelectionInfo, type: GraphQLObjectType, field: string): GraphQLObjectType[] {
  const def = type.getFields()[field];
  return def ? objectTypes(info, getNamedType(def.type)) : [];
}

/**
 * What to fetch of a node of one of `types` for these selection sets. Relationship fields are planned only when
 * the type is known (one type): below an interface or union they are left to their resolvers.
 */
export function nodePlan(
  info: SelectionInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  types: readonly GraphQLObjectType[],
  maxPageSize: number,
): NodePlan {
  const props = new Set<string>();
  const relations: RelationPlan[] = [];
  for (const type of types) {
    for (const [key, field] of selectedFields(info, sets, type)) {
      const coordinate = `${type.name}.${field.name}`;
      if (isRelationField(coordinate)) {
        const page = types.length === 1 ? pagePlan(info, type, field, maxPageSize) : null;
        if (page) relations.push({ ...page, key, relation: coordinate });
        continue;
      }
      if (NO_PROPERTY.has(field.name)) continue;
      for (const p of PROPERTIES_OF[coordinate] ?? [field.name]) props.add(p);
    }
  }
  return { props: [...props].sort(), relations };
}

function evidencePlan(info: SelectionInfo, fields: SelectedField[]): EvidencePlan | null {
  if (!fields.length) return null;
  const type = info.schema.getType("Evidence") as GraphQLObjectType;
  const names = new Set([...selectedFields(info, subSets(fields), type).values()].map((f) => f.name));
  return { all: names.has("properties"), sentence: names.has("sentence") };
}

/** The year and section-kind arguments of a relationship field, only those given (so plans without them stay alike). */
function relationFilter(args: Record<string, unknown>): Pick<PagePlan, "yearFrom" | "yearTo" | "sectionKind"> {
  const out: Pick<PagePlan, "yearFrom" | "yearTo" | "sectionKind"> = {};
  if (typeof args.yearFrom === "number") out.yearFrom = args.yearFrom;
  if (typeof args.yearTo === "number") out.yearTo = args.yearTo;
  if (typeof args.sectionKind === "string") out.sectionKind = args.sectionKind;
  return out;
}

/**
 * The page a relationship field of `type` asks for, and what to fetch of its targets; null when its arguments are
 * not valid (its resolver then reports the error where it belongs).
 */
export function pagePlan(
  info: SelectionInfo,
  type: GraphQLObjectType,
  field: SelectedField,
  maxPageSize: number,
): PagePlan | null {
  const def = type.getFields()[field.name];
  if (!def) return null;
  const shape = shapeOf(`${type.name}.${field.name}`);
  let args: Record<string, unknown>;
  let window = { offset: 0, limit: 1 };
  try {
    args = getArgumentValues(def, field.nodes[0]!, info.variableValues);
    if (shape === "connection") window = pageWindow(args, maxPageSize, DEFAULT_RELATION_PAGE_SIZE);
  } catch {
    return null;
  }
  const report = typeof args.report === "string" ? args.report : null;
  const follow = { ...(args.followSuccession === true ? { followSuccession: true } : {}), ...relationFilter(args) };
  const returned = getNamedType(def.type);
  if (!isObjectType(returned)) return null;
  if (shape === "node") {
    const target = nodePlan(info, subSets([field]), [returned], maxPageSize);
    return { ...window, report, ...follow, total: false, evidence: null, target };
  }
  // An edge type has `node` and `evidence`; a connection has `nodes`, `edges { node evidence }` and `totalCount`.
  let edgeType = returned;
  let nodeSets: (SelectionSetNode | undefined)[] = [];
  let edgeFields: SelectedField[];
  let total = false;
  let more = false;
  if (shape === "connection") {
    const top = [...selectedFields(info, subSets([field]), returned).values()];
    total = top.some((f) => f.name === "totalCount");
    more = top.some((f) => f.name === "pageInfo");
    nodeSets = subSets(top.filter((f) => f.name === "nodes"));
    const edges = top.filter((f) => f.name === "edges");
    edgeType = fieldTypes(info, returned, "edges")[0]!;
    edgeFields = edges.length ? [...selectedFields(info, subSets(edges), edgeType).values()] : [];
  } else {
    edgeFields = [...selectedFields(info, subSets([field]), returned).values()];
  }
  nodeSets = [...nodeSets, ...subSets(edgeFields.filter((f) => f.name === "node"))];
  const targetTypes = fieldTypes(info, edgeType, "node");
  return {
    ...window,
    report,
    ...follow,
    total,
    more,
    evidence: evidencePlan(
      info,
      edgeFields.filter((f) => f.name === "evidence"),
    ),
    target: nodePlan(info, nodeSets, targetTypes, maxPageSize),
  };
}

/** What a root list (a `<Name>Connection`) reads of its nodes, and whether it reads totalCount and pageInfo. */
export function listPlan(
  info: GraphQLResolveInfo,
  maxPageSize: number,
): { plan: NodePlan; total: boolean; more: boolean } {
  const connection = getNamedType(info.returnType) as GraphQLObjectType;
  const top = [
    ...selectedFields(
      info,
      info.fieldNodes.map((n) => n.selectionSet),
      connection,
    ).values(),
  ];
  const edgeType = fieldTypes(info, connection, "edges")[0]!;
  const edges = top.filter((f) => f.name === "edges");
  const edgeNodes = edges.length
    ? [...selectedFields(info, subSets(edges), edgeType).values()].filter((f) => f.name === "node")
    : [];
  const sets = [...subSets(top.filter((f) => f.name === "nodes")), ...subSets(edgeNodes)];
  return {
    plan: nodePlan(info, sets, fieldTypes(info, connection, "nodes"), maxPageSize),
    total: top.some((f) => f.name === "totalCount"),
    more: top.some((f) => f.name === "pageInfo"),
  };
}

/** What a field returning nodes (one, a list, an interface or a union) reads of them; the sub-field `via` if given. */
export function returnedNodePlan(info: GraphQLResolveInfo, maxPageSize: number, via?: string): NodePlan {
  const named = getNamedType(info.returnType);
  let sets = info.fieldNodes.map((n) => n.selectionSet);
  let types = objectTypes(info, named);
  if (via && isObjectType(named)) {
    sets = subSets([...selectedFields(info, sets, named).values()].filter((f) => f.name === via));
    types = fieldTypes(info, named, via);
  }
  return nodePlan(info, sets, types, maxPageSize);
}

/** The page a relationship field resolver asks for, planned from its own selection. */
export function ownPagePlan(info: GraphQLResolveInfo, maxPageSize: number): PagePlan | null {
  return pagePlan(info, info.parentType, { name: info.fieldName, nodes: [...info.fieldNodes] }, maxPageSize);
}
