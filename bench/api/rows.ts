/**
 * One canonical form per query for the answers of the three sides, so "same rows" is a deep-equality check.
 * Ids stand for nodes; evidence is "report@start" sorted by report then start. @neo4j/graphql lists one entry
 * per evidence relationship, so its lists are de-duplicated here (keeping first occurrence order).
 */
import type { QueryName } from "./raw-cypher/queries.js";
import type { Side } from "./queries.js";

type Json = any; // walking untyped response JSON

const ids = (xs: Json[] | null | undefined): string[] => [...new Set((xs ?? []).map((x: Json) => x.id as string))];
const nodeIds = (page: Json): string[] => ids(page?.nodes);
const evidenceKeys = (xs: Json[]): string[] =>
  xs
    .map((e: Json) => ({ report: String(e.report ?? e.reportId), start: Number(e.start) }))
    .sort((a, b) => (a.report < b.report ? -1 : a.report > b.report ? 1 : a.start - b.start))
    .map((e) => `${e.report}@${e.start}`);

interface CanonicalMetric {
  id: string;
  evidence: string[];
}

/** Groups @neo4j/graphql's connection edges (one per relationship) into one metric with all its evidence. */
function groupEdges(edges: Json[]): CanonicalMetric[] {
  const byId = new Map<string, Json[]>();
  for (const e of edges) byId.set(e.node.id, [...(byId.get(e.node.id) ?? []), e.properties]);
  return [...byId].map(([id, evidence]) => ({ id, evidence: evidenceKeys(evidence) }));
}

type Normalizer = Record<Side, (data: Json) => unknown>;

const agencyRow = (a: Json, programs: string[], metrics: string[]) =>
  a ? { id: a.id, name: a.name, programs, metrics } : null;

export const normalizers: Record<QueryName, Normalizer> = {
  agencyByName: {
    ours: (d) => agencyRow(d.agency, nodeIds(d.agency?.conducts), nodeIds(d.agency?.metrics)),
    raw: (d) => agencyRow(d.agency, ids(d.agency?.programs), ids(d.agency?.metrics)),
    "neo4j-graphql": (d) => agencyRow(d.agencies[0], ids(d.agencies[0]?.programs), ids(d.agencies[0]?.metrics)),
  },
  lawsPage: {
    ours: (d) => d.laws.nodes.map((l: Json) => ({ id: l.id, implementedBy: nodeIds(l.implementedBy) })),
    raw: (d) => d.laws.map((l: Json) => ({ id: l.id, implementedBy: ids(l.implementedBy) })),
    "neo4j-graphql": (d) => d.laws.map((l: Json) => ({ id: l.id, implementedBy: ids(l.implementedBy) })),
  },
  search: {
    // Equal scores may come in any order: compare the set of hits.
    ours: (d) => d.search.map((h: Json) => h.node.id).sort(),
    raw: (d) => d.search.map((h: Json) => h.id).sort(),
    "neo4j-graphql": (d) => d.searchEntities.map((h: Json) => h.id).sort(),
  },
  nested: {
    ours: (d) =>
      d.agencies.nodes.map((a: Json) => ({
        id: a.id,
        programs: a.conducts.nodes.map((p: Json) => ({
          id: p.id,
          metrics: p.metrics.edges.map((m: Json) => ({ id: m.node.id, evidence: evidenceKeys(m.evidence) })),
        })),
      })),
    raw: (d) =>
      d.agencies.map((a: Json) => ({
        id: a.id,
        programs: a.programs.map((p: Json) => ({
          id: p.id,
          metrics: p.metrics.map((m: Json) => ({ id: m.id, evidence: evidenceKeys(m.evidence) })),
        })),
      })),
    "neo4j-graphql": (d) =>
      d.agencies.map((a: Json) => ({
        id: a.id,
        programs: [...new Map(a.programs.map((p: Json) => [p.id, p])).values()].map((p: Json) => ({
          id: p.id,
          metrics: groupEdges(p.metricsConnection.edges),
        })),
      })),
  },
  topLaws: {
    ours: (d) =>
      d.topLaws.map((t: Json) => ({
        id: t.law.id,
        citations: t.citations,
        implementations: t.implementations,
        implementers: t.implementers,
      })),
    raw: (d) =>
      d.topLaws.map((t: Json) => ({
        id: t.law.id,
        citations: t.citations,
        implementations: t.implementations,
        implementers: t.implementers,
      })),
    "neo4j-graphql": (d) =>
      d.topLaws.map((t: Json) => ({
        id: t.id,
        citations: t.citations,
        implementations: t.implementations,
        implementers: t.implementers,
      })),
  },
};
