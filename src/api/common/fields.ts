/** The shared bodies of list, relationship and mention fields: page window → service → connection. */
import type { EntityType } from "../../extract/types.js";
import type { NodeLabel } from "../../graph/model.js";
import type { ListFilter } from "../../graph/read/lists.js";
import type { MentionDirection, RelationName } from "../../graph/read/relations.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../graph.service.js";
import { DEFAULT_RELATION_PAGE_SIZE, pageWindow, toConnection, type PageArgs, type RelationArgs } from "./connection.type.js";
import type { SortBy, SortDirection } from "./enums.js";
import { toEvidence, toSpans } from "./evidence.type.js";

export async function listConnection(ctx: Context, label: NodeLabel, filter: ListFilter, orderBy: SortBy, direction: SortDirection, page: PageArgs) {
  const { offset, limit } = pageWindow(page, ctx.config.api.maxPageSize);
  const { total, nodes } = await ctx.graph.list(label, filter, orderBy, direction, offset, limit);
  return toConnection(total, offset, nodes.map((node) => ({ node })));
}

export async function relationConnection(ctx: Context, name: RelationName, root: ApiNode, args: RelationArgs) {
  const { offset, limit } = pageWindow(args, ctx.config.api.maxPageSize, DEFAULT_RELATION_PAGE_SIZE);
  const result = await ctx.graph.related(name, root.id, offset, limit, args.report ?? null);
  return toConnection(
    result.total,
    offset,
    result.edges.map((e) => ({ node: e.node, evidence: evidenceOf(e.extra) })),
  );
}

/** For relationships a node has at most one of in practice (parent, jurisdiction): the first edge, or null. */
export async function relationEdge(ctx: Context, name: RelationName, root: ApiNode) {
  const result = await ctx.graph.related(name, root.id, 0, 1);
  const edge = result.edges[0];
  return edge ? { cursor: "", node: edge.node, evidence: evidenceOf(edge.extra) } : null;
}

export async function relatedNode(ctx: Context, name: RelationName, root: ApiNode): Promise<ApiNode | null> {
  return (await ctx.graph.related(name, root.id, 0, 1)).edges[0]?.node ?? null;
}

export async function mentionConnection(ctx: Context, direction: MentionDirection, root: ApiNode, types: EntityType[] | null, page: PageArgs) {
  const { offset, limit } = pageWindow(page, ctx.config.api.maxPageSize, DEFAULT_RELATION_PAGE_SIZE);
  const result = await ctx.graph.mentions(direction, root.id, types, offset, limit);
  return toConnection(
    result.total,
    offset,
    result.edges.map((e) => ({ node: e.node, count: e.extra.count, spans: toSpans(e.extra.spans, e.extra.sections) })),
  );
}

/** ISSUED_BY and COVERS carry no evidence properties: they are not listed as evidence. */
const evidenceOf = (rows: Record<string, unknown>[]) => rows.filter((p) => p.sentence != null).map(toEvidence);
