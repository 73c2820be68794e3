/**
 * The resolvers' one door to the graph, made per request. Root fields fetch their nodes with the relationship
 * fields selected below them in one query (src/api/common/selection.ts plans it); what is not prefetched goes
 * through DataLoaders keyed by field, arguments and plan, so all the parents at one level of a query share one
 * batched query per field (no N+1). Every query goes through the request's GraphReader, which counts them.
 */
import DataLoader from "dataloader";
import type { EntityType } from "../extract/types.js";
import { NODE_LABELS, type NodeLabel } from "../graph/model.js";
import * as analysis from "../graph/read/analysis.js";
import { listNodes, type ListRequest } from "../graph/read/lists.js";
import { entitiesNamed } from "../graph/read/names.js";
import { mentionCounts, nodesByIds } from "../graph/read/nodes.js";
import { FULL_NODE, ParamBinder, projectPlan, type NodePlan, type PagePlan } from "../graph/read/projection.js";
import type { CypherQuery, Row } from "../graph/query.js";
import type { GraphReader } from "../graph/read/reader.js";
import { mentionEdges, relatedNodes, type MentionDirection } from "../graph/read/relations.js";
import { reportTexts } from "../graph/read/report-texts.js";
import { RELATIONS, RELATIONSHIP_TYPES, type RelationName } from "../graph/relation-specs.js";
import { entitySearch } from "../graph/search.js";
import { graphStatsOf, graphStatsQuery } from "../graph/stats.js";
import {
  isDeleted,
  toApiNode,
  toRelationPage,
  type ApiNode,
  type EdgePage,
  type MentionExtra,
  type RawPage,
} from "./api-nodes.js";
import type { Evidence } from "./common/evidence.type.js";

const NO_PAGE: RawPage = { edges: [], total: 0 };

export class GraphService {
  private readonly nodeLoaders = new Map<string, DataLoader<string, ApiNode | null>>();
  private readonly mentionCountLoader: DataLoader<string, { count: number; reports: number }>;
  private readonly pageLoaders = new Map<string, DataLoader<string, unknown>>();
  private readonly textLoader: DataLoader<string, string | null>;

  constructor(readonly reader: GraphReader) {
    this.mentionCountLoader = new DataLoader(async (ids) => {
      const byId = new Map(
        (await reader.read(mentionCounts(ids))).map((r) => [
          r.id as string,
          { count: Number(r.count), reports: Number(r.reports) },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? { count: 0, reports: 0 });
    });
    this.textLoader = new DataLoader(async (ids) => {
      const byId = new Map((await reader.read(reportTexts(ids))).map((r) => [r.id as string, r.text as string]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * A report's stored text, null when it has none (stored before texts were); read once per request and report
   * however many excerpts and evidence contexts of it the query asks for.
   */
  reportText(reportId: string): Promise<string | null> {
    return this.textLoader.load(reportId);
  }

  /** The node with this id among `labels`, with what `plan` asks for; lookups with the same plan share one query. */
  node(id: string, plan: NodePlan = FULL_NODE, labels: readonly NodeLabel[] = NODE_LABELS): Promise<ApiNode | null> {
    const key = JSON.stringify([labels, plan]);
    let loader = this.nodeLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byId = new Map(
          (await this.reader.read(nodesByIds(ids, plan, labels)))
            .filter((r) => !isDeleted(r.node))
            .map((r) => [r.id as string, toApiNode(r.node)]),
        );
        return ids.map((i) => byId.get(i) ?? null);
      });
      this.nodeLoaders.set(key, loader);
    }
    return loader.load(id);
  }

  nodes(
    ids: readonly string[],
    plan: NodePlan = FULL_NODE,
    labels: readonly NodeLabel[] = NODE_LABELS,
  ): Promise<(ApiNode | null)[]> {
    return Promise.all(ids.map((id) => this.node(id, plan, labels)));
  }

  mentionCount(id: string) {
    return this.mentionCountLoader.load(id);
  }

  /** A relationship page of one node; the same field at one level (same plan) is one query for all its parents. */
  async related(name: RelationName, id: string, plan: PagePlan): Promise<EdgePage<Evidence[]>> {
    const raw = (await this.batched(
      `rel|${name}|${JSON.stringify(plan)}`,
      id,
      (ids) => relatedNodes(RELATIONS[name]!, ids, plan),
      (r) => r.page,
    )) as RawPage | undefined;
    return toRelationPage(raw ?? NO_PAGE, plan.offset, plan.limit);
  }

  async mentions(
    direction: MentionDirection,
    id: string,
    types: EntityType[] | null,
    offset: number,
    limit: number,
    target: NodePlan = FULL_NODE,
    withTotal = true,
  ): Promise<EdgePage<MentionExtra>> {
    const key = `men|${direction}|${types?.join(",") ?? "*"}|${offset}|${limit}|${withTotal}|${JSON.stringify(target)}`;
    const row = (await this.batched(
      key,
      id,
      (ids) => mentionEdges(direction, ids, types, offset, limit + 1, target, withTotal),
      (r) => r,
    )) as Row | undefined;
    const edges = (row?.edges as Row[] | undefined) ?? [];
    return {
      total: row ? (row.total as number | null) : 0,
      offset,
      hasNext: edges.length > limit,
      edges: edges
        .filter((e) => !isDeleted(e.node))
        .slice(0, limit)
        .map((e) => ({
          node: toApiNode(e.node),
          extra: {
            count: Number(e.count ?? 0),
            spans: (e.spans as number[] | null) ?? [],
            sections: (e.sections as string[] | null) ?? [],
          },
        })),
    };
  }

  /** One loader per (field, arguments, plan): the same field at one level batches into one query. */
  private batched(
    key: string,
    id: string,
    query: (ids: readonly string[]) => CypherQuery,
    value: (row: Row) => unknown,
  ): Promise<unknown> {
    let loader = this.pageLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byId = new Map((await this.reader.read(query(ids))).map((r) => [r.id as string, value(r)]));
        return ids.map((i) => byId.get(i));
      });
      this.pageLoaders.set(key, loader);
    }
    return loader.load(id);
  }

  /**
   * One page of a root list, fetched with one node more than shown when `more` (hasNext: pageInfo asked for); the
   * total only when asked for.
   */
  async list(request: ListRequest, more = true) {
    const limit = request.limit;
    const [row] = await this.reader.read(listNodes({ ...request, limit: limit + (more ? 1 : 0) }));
    const items = ((row?.nodes as { node: unknown; sortValue: number | null }[]) ?? [])
      .filter((item) => !isDeleted(item.node))
      .map((item) => ({
        node: toApiNode(item.node),
        sortValue: item.sortValue == null ? null : Number(item.sortValue),
      }));
    return {
      total: row?.total == null ? null : Number(row.total),
      hasNext: items.length > limit,
      items: items.slice(0, limit),
    };
  }

  /** The entities of `labels` that `text` names (id, code, name, short name, alias), best match first. */
  async named(labels: readonly EntityType[], text: string, limit: number) {
    const rows = await this.reader.read(entitiesNamed(labels, text, limit));
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      label: r.label as string,
      rank: Number(r.rank),
    }));
  }

  /** Entities of `labels` whose names contain `text`, for an error that found none named so. */
  async similarNames(labels: readonly EntityType[], text: string, limit: number) {
    const found = await this.search(text, [...labels], limit, { props: [], relations: [] });
    return found.map(({ node }) => ({ id: node.id, name: node.name, label: node.__typename }));
  }

  async search(text: string, types: string[] | null, limit: number, plan: NodePlan = FULL_NODE) {
    const binder = new ParamBinder();
    const projection = projectPlan("node", plan, binder);
    const rows = await this.reader.read(entitySearch(text, limit, types ?? [], projection, binder.params));
    return rows.filter((r) => !isDeleted(r.node)).map((r) => ({ node: toApiNode(r.node), score: Number(r.score) }));
  }

  async topLaws(jurisdiction: string | null, year: number | null, limit: number, law: NodePlan = FULL_NODE) {
    const rows = await this.reader.read(analysis.topLaws(jurisdiction ?? null, year ?? null, limit, law));
    return rows
      .filter((r) => !isDeleted(r.node))
      .map((r) => ({
        law: toApiNode(r.node),
        citations: Number(r.citations),
        implementations: Number(r.implementations),
        implementers: Number(r.implementers),
      }));
  }

  async coMentioned(id: string, limit: number) {
    const rows = await this.reader.read(analysis.coMentioned(id, limit));
    return rows
      .filter((r) => !isDeleted(r.node))
      .map((r) => ({
        node: toApiNode(r.node),
        sharedReports: Number(r.reports),
        reportIds: r.reportIds as string[],
      }));
  }

  async path(from: string, to: string, maxLength: number, types: string[] | null, includeMentions = false) {
    const [row] = await this.reader.read(analysis.shortestPath(from, to, maxLength, types, includeMentions));
    if (!row) return null;
    return { nodes: (row.nodes as unknown[]).map(toApiNode), edges: row.edges as GraphEdgeRow[] };
  }

  async neighborhood(id: string, depth: number, limit: number, types: string[] | null) {
    const [row] = await this.reader.read(analysis.neighborhood(id, depth, limit, types));
    if (!row) return null;
    return {
      nodes: (row.nodes as unknown[]).map(toApiNode),
      edges: row.edges as GraphEdgeRow[],
      truncated: Boolean(row.truncated),
    };
  }

  async timeline(id: string, limit: number) {
    const rows = await this.reader.read(analysis.timeline(id, limit));
    return rows.map((r) => ({
      year: r.year == null ? null : Number(r.year),
      count: Number(r.count),
      statements: r.statements as GraphEdgeRow[],
    }));
  }

  /** Counts per model label and relationship type (graph/stats.ts, the query `kg stats` runs). */
  async stats() {
    const [row] = await this.reader.read(graphStatsQuery());
    const { labels, relationships } = graphStatsOf(row!);
    return {
      labels: NODE_LABELS.map((label) => ({ label, count: labels[label]! })),
      relationships: RELATIONSHIP_TYPES.map((type) => ({ type, count: relationships[type]! })),
    };
  }
}

export interface GraphEdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
