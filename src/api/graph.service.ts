/**
 * The resolvers' one door to the graph, made per request. Relationship fields go through DataLoaders, so all
 * the parents at one level of a query share one UNWIND query per field (no N+1); every query goes through the
 * request's GraphReader, which counts them.
 */
import DataLoader from "dataloader";
import type { EntityType } from "../extract/types.js";
import { NODE_LABELS, type NodeLabel } from "../graph/model.js";
import * as analysis from "../graph/read/analysis.js";
import { listNodes, type ListFilter, type ListSort, type SortDirection } from "../graph/read/lists.js";
import { mentionCounts, nodesByIds } from "../graph/read/nodes.js";
import type { GraphReader, Row } from "../graph/read/reader.js";
import { RELATIONS, mentionEdges, relatedNodes, type MentionDirection, type RelationName } from "../graph/read/relations.js";
import { entitySearch } from "../graph/search.js";

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

export interface EdgePage<Extra> {
  total: number;
  offset: number;
  edges: EdgeRow<Extra>[];
}

export type EvidenceRow = Record<string, unknown>;
export interface MentionExtra {
  count: number;
  spans: number[];
  sections: string[];
}

export function toApiNode(row: unknown): ApiNode {
  const { __labels, ...props } = row as { __labels: string[] } & Record<string, unknown>;
  const typename = NODE_LABELS.find((l) => __labels.includes(l));
  if (!typename) throw new Error(`node ${String(props.id)} has none of the API's labels (${__labels.join(",")})`);
  return { ...(props as { id: string; name: string }), __typename: typename };
}

export class GraphService {
  private readonly nodeLoader: DataLoader<string, ApiNode | null>;
  private readonly mentionCountLoader: DataLoader<string, { count: number; reports: number }>;
  private readonly pageLoaders = new Map<string, DataLoader<string, EdgePage<unknown>>>();

  constructor(readonly reader: GraphReader) {
    this.nodeLoader = new DataLoader(async (ids) => {
      const byId = new Map((await reader.read(nodesByIds(ids))).map((r) => [r.id as string, toApiNode(r.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.mentionCountLoader = new DataLoader(async (ids) => {
      const byId = new Map((await reader.read(mentionCounts(ids))).map((r) => [r.id as string, { count: Number(r.count), reports: Number(r.reports) }]));
      return ids.map((id) => byId.get(id) ?? { count: 0, reports: 0 });
    });
  }

  node(id: string): Promise<ApiNode | null> {
    return this.nodeLoader.load(id);
  }

  nodes(ids: readonly string[]): Promise<(ApiNode | null)[]> {
    return Promise.all(ids.map((id) => this.nodeLoader.load(id)));
  }

  mentionCount(id: string) {
    return this.mentionCountLoader.load(id);
  }

  related(name: RelationName, id: string, offset: number, limit: number, report: string | null = null): Promise<EdgePage<EvidenceRow[]>> {
    const spec = RELATIONS[name];
    const key = `rel|${name}|${offset}|${limit}|${report ?? "*"}`;
    return this.page(key, id, (ids) => relatedNodes(spec, ids, offset, limit, report), offset, (e) => e.evidence as EvidenceRow[]);
  }

  mentions(direction: MentionDirection, id: string, types: EntityType[] | null, offset: number, limit: number): Promise<EdgePage<MentionExtra>> {
    const key = `men|${direction}|${types?.join(",") ?? "*"}|${offset}|${limit}`;
    return this.page(key, id, (ids) => mentionEdges(direction, ids, types, offset, limit), offset, (e) => ({
      count: Number(e.count ?? 0),
      spans: (e.spans as number[] | null) ?? [],
      sections: (e.sections as string[] | null) ?? [],
    }));
  }

  /** One loader per (field, arguments): same arguments at one level batch into one query. */
  private page<Extra>(
    key: string,
    id: string,
    query: (ids: readonly string[]) => Parameters<GraphReader["read"]>[0],
    offset: number,
    extra: (edge: Row) => Extra,
  ): Promise<EdgePage<Extra>> {
    let loader = this.pageLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.reader.read(query(ids));
        const byId = new Map(
          rows.map((r) => [
            r.id as string,
            { total: Number(r.total), offset, edges: (r.edges as Row[]).map((e) => ({ node: toApiNode(e.node), extra: extra(e) })) },
          ]),
        );
        return ids.map((i) => byId.get(i) ?? { total: 0, offset, edges: [] });
      });
      this.pageLoaders.set(key, loader);
    }
    return loader.load(id) as Promise<EdgePage<Extra>>;
  }

  async list(label: NodeLabel, filter: ListFilter, sort: ListSort, direction: SortDirection, offset: number, limit: number) {
    const [row] = await this.reader.read(listNodes(label, filter, sort, direction, offset, limit));
    const nodes = ((row?.nodes as unknown[]) ?? []).map(toApiNode);
    for (const n of nodes) this.nodeLoader.prime(n.id, n);
    return { total: Number(row?.total ?? 0), nodes };
  }

  async search(text: string, types: string[] | null, limit: number) {
    const rows = await this.reader.read(entitySearch(text, limit, types ?? []));
    return rows.map((r) => ({ node: toApiNode(r.node), score: Number(r.score) }));
  }

  async topLaws(jurisdiction: string | null, year: number | null, limit: number) {
    const rows = await this.reader.read(analysis.topLaws(jurisdiction ?? null, year ?? null, limit));
    return rows.map((r) => ({ law: toApiNode(r.node), citations: Number(r.citations), implementations: Number(r.implementations), implementers: Number(r.implementers) }));
  }

  async coMentioned(id: string, limit: number) {
    const rows = await this.reader.read(analysis.coMentioned(id, limit));
    return rows.map((r) => ({ node: toApiNode(r.node), sharedReports: Number(r.reports), reportIds: r.reportIds as string[] }));
  }

  async path(from: string, to: string, maxLength: number, types: string[] | null) {
    const [row] = await this.reader.read(analysis.shortestPath(from, to, maxLength, types));
    if (!row) return null;
    return { nodes: (row.nodes as unknown[]).map(toApiNode), edges: row.edges as GraphEdgeRow[] };
  }

  async neighborhood(id: string, depth: number, limit: number, types: string[] | null) {
    const [row] = await this.reader.read(analysis.neighborhood(id, depth, limit, types));
    if (!row) return null;
    return { nodes: (row.nodes as unknown[]).map(toApiNode), edges: row.edges as GraphEdgeRow[], truncated: Boolean(row.truncated) };
  }

  async stats() {
    const [row] = await this.reader.read(analysis.stats());
    return { labels: row!.labels as { label: string; count: number }[], relationships: row!.relationships as { type: string; count: number }[] };
  }
}

export interface GraphEdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
