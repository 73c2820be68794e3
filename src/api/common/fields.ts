/**
 * The shared bodies of list, relationship and mention fields: page window → plan of what the selection reads →
 * service → connection. A relationship field whose page the parent's query already fetched (the parent found it
 * in its selection set, see selection.ts) answers from that page without a database query.
 */
import type { GraphQLResolveInfo } from "graphql";
import type { EntityType } from "../../extract/types.js";
import type { NodeLabel } from "../../graph/model.js";
import type { ListFilter } from "../../graph/read/lists.js";
import { prefetchKey } from "../../graph/read/projection.js";
import type { MentionDirection } from "../../graph/read/relations.js";
import type { RelationName } from "../../graph/relation-specs.js";
import type { Context } from "../context.type.js";
import { BadUserInputError } from "../errors.js";
import { toRelationPage, type ApiNode, type EdgePage } from "../api-nodes.js";
import {
  DEFAULT_RELATION_PAGE_SIZE,
  pageWindow,
  toConnection,
  type PageArgs,
  type RelationArgs,
} from "./connection.type.js";
import { directionFor, SortBy, type SortDirection } from "./enums.js";
import type { Evidence } from "./evidence.type.js";
import { toSpans } from "./evidence.type.js";
import { resolveFilter, resolveName } from "./names.js";
import { listPlan, ownPagePlan, returnedNodePlan, shapeOf } from "./selection.js";

export async function listConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: NodeLabel,
  filter: ListFilter,
  orderBy: SortBy,
  direction: SortDirection | null,
  page: PageArgs,
) {
  if (label === "Report" && orderBy === SortBy.REPORTS)
    throw new BadUserInputError("orderBy REPORTS sorts entities by the reports naming them, not reports", {
      argument: "orderBy",
    });
  const { offset, limit } = pageWindow(page, ctx.config.api.maxPageSize);
  const { plan, total, more } = listPlan(info, ctx.config.api.maxPageSize);
  const sorted = directionFor(orderBy, direction);
  const resolved = await resolveFilter(ctx, filter);
  const result = await ctx.graph.list(
    { label, filter: resolved, sort: orderBy, direction: sorted, offset, limit, plan, withTotal: total },
    more,
  );
  return toConnection({ total: result.total, offset, hasNext: result.hasNext }, result.items);
}

/** A root field returning one node of `label` by id (null when the id is another label's). */
export function nodeById(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  label: NodeLabel,
): Promise<ApiNode | null> {
  return ctx.graph.node(id, returnedNodePlan(info, ctx.config.api.maxPageSize), [label]);
}

/**
 * A root field returning one entity by `id` or by `name` (exactly one of them): an id not found is also tried as a
 * name with its label prefix (agency:沙市区人民政府, an alias); a name goes through resolveName (null when it
 * names nothing, an AMBIGUOUS_NAME error when it names several).
 */
export async function entityByIdOrName(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: EntityType,
  args: { id?: string | null; name?: string | null },
): Promise<ApiNode | null> {
  const { id, name } = args;
  if ((id == null) === (name == null))
    throw new BadUserInputError("give exactly one of id and name", { argument: id == null ? "id" : "name" });
  const plan = returnedNodePlan(info, ctx.config.api.maxPageSize);
  if (id != null) {
    const found = await ctx.graph.node(id, plan, [label]);
    if (found || !id.trim()) return found;
  }
  const named = await resolveName(ctx, [label], (id ?? name)!, id != null ? "id" : "name", "null");
  return named && ctx.graph.node(named.id, plan, [label]);
}

/** The page of a relationship field: prefetched on the parent, or one batched query for all parents of this level. */
function relationPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  name: RelationName,
  root: ApiNode,
  offset: number,
  limit: number,
): Promise<EdgePage<Evidence[]>> | EdgePage<Evidence[]> {
  const prefetched = root[prefetchKey(String(info.path.key))];
  if (prefetched !== undefined)
    return toRelationPage(prefetched as Parameters<typeof toRelationPage>[0], offset, limit);
  const plan = ownPagePlan(info, ctx.config.api.maxPageSize);
  if (!plan) throw new Error(`no page plan for ${info.parentType.name}.${info.fieldName}`);
  return ctx.graph.related(name, root.id, plan);
}

export async function relationConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  name: RelationName,
  root: ApiNode,
  args: RelationArgs,
) {
  const { offset, limit } = pageWindow(args, ctx.config.api.maxPageSize, DEFAULT_RELATION_PAGE_SIZE);
  const result = await relationPage(ctx, info, name, root, offset, limit);
  return toConnection(
    result,
    result.edges.map((e) => ({ node: e.node, evidence: e.extra })),
  );
}

/** For relationships a node has at most one of in practice (parent, jurisdiction): the first edge, or null. */
export async function relationEdge(ctx: Context, info: GraphQLResolveInfo, name: RelationName, root: ApiNode) {
  const edge = (await relationPage(ctx, info, name, root, 0, 1)).edges[0];
  return edge ? { cursor: "", node: edge.node, evidence: edge.extra } : null;
}

export async function relatedNode(
  ctx: Context,
  info: GraphQLResolveInfo,
  name: RelationName,
  root: ApiNode,
): Promise<ApiNode | null> {
  if (shapeOf(name) !== "node") throw new Error(`${name} is not a single-node field`);
  return (await relationPage(ctx, info, name, root, 0, 1)).edges[0]?.node ?? null;
}

export async function mentionConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  direction: MentionDirection,
  root: ApiNode,
  types: EntityType[] | null,
  page: PageArgs,
) {
  const { offset, limit } = pageWindow(page, ctx.config.api.maxPageSize, DEFAULT_RELATION_PAGE_SIZE);
  const { plan, total } = listPlan(info, ctx.config.api.maxPageSize);
  const result = await ctx.graph.mentions(direction, root.id, types, offset, limit, plan, total);
  return toConnection(
    result,
    result.edges.map((e) => ({ node: e.node, count: e.extra.count, spans: toSpans(e.extra.spans, e.extra.sections) })),
  );
}
