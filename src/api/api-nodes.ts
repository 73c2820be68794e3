/**
 * Nodes and relationship pages as the graph's read queries return them, made into what resolvers see
 * (graph.service.ts fetches them; common/fields.ts reads prefetched pages).
 */
import { NODE_LABELS, type NodeLabel } from "../graph/model.js";
import { toEvidence, type Evidence } from "./common/evidence.type.js";

/** A node as resolvers see it: its properties plus the GraphQL type name taken from its labels. */
export interface ApiNode {
  __typename: NodeLabel;
  id: string;
  name: string;
  [property: string]: unknown;
}

export interface EdgeRow<Extra> {
  node: ApiNode;
  extra: Extra;
}

/** One page of a list: `total` is null when it was not asked for (totalCount not selected). */
export interface EdgePage<Extra> {
  total: number | null;
  offset: number;
  hasNext: boolean;
  edges: EdgeRow<Extra>[];
}

export interface MentionExtra {
  count: number;
  spans: number[];
  sections: string[];
}

/** A relationship page as the read queries return it (src/graph/read/projection.ts pageExpression). */
export interface RawPage {
  edges: { node: unknown; evidence?: Record<string, unknown>[] }[];
  total?: number | null;
}

/**
 * Whether a node in a read's answer was deleted by a write that committed while the read ran: Neo4j reads
 * committed data as it goes, and such a node comes back with no labels. It is gone, not an error: dropped.
 */
export function isDeleted(row: unknown): boolean {
  return ((row as { __labels?: string[] | null }).__labels ?? []).length === 0;
}

export function toApiNode(row: unknown): ApiNode {
  const { __labels, ...props } = row as { __labels: string[] } & Record<string, unknown>;
  const typename = NODE_LABELS.find((l) => __labels.includes(l));
  if (!typename) throw new Error(`node ${String(props.id)} has none of the API's labels (${__labels.join(",")})`);
  // an entity no report gave another name stores no aliases (model.ts: absent = empty); Entity.aliases is a list
  if (__labels.includes("Entity")) props.aliases ??= [];
  return { ...(props as { id: string; name: string }), __typename: typename };
}

/** A page fetched with one item more than `limit`: that extra item only says that another page follows. */
export function toRelationPage(raw: RawPage, offset: number, limit: number): EdgePage<Evidence[]> {
  return {
    total: raw.total ?? null,
    offset,
    hasNext: raw.edges.length > limit,
    edges: raw.edges
      .filter((e) => !isDeleted(e.node))
      .slice(0, limit)
      .map((e) => ({ node: toApiNode(e.node), extra: (e.evidence ?? []).map(toEvidence) })),
  };
}
