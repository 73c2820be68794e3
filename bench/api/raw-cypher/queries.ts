/**
 * Every line of Cypher the benchmark sends itself, in one file: the hand-written "floor" for each analyst query
 * (what the database costs for the same result our API returns), and the harness's own few queries (wipe the
 * graph, count it, pick query arguments that exist in it).
 *
 * The analyst queries return one column, `data`, already in the JSON shape the raw-Cypher server answers with,
 * so the server does no work besides running the query and serialising the value. They follow the semantics of
 * src/graph/read (the API's queries): evidence relationships between the same two nodes are one edge whose
 * `evidence` lists them, ordered by report then start; targets ordered by name then id. Their relationship pages
 * have the plan of the API's, hubs included (relatedPage), written out here rather than compiled.
 */
import { FULLTEXT_INDEX } from "../../../src/graph/model.js";
import { HUB_TIERS } from "../../../src/graph/read/hub-walk.js";

export interface RawQuery {
  cypher: string;
  /** names of the $parameters the query takes (all are given by the harness as BenchArgs) */
  params: readonly string[];
}

interface RelatedPage {
  /** the source variable, e.g. `a` */
  source: string;
  /** the relationship between source and target as written in a pattern, e.g. `-[:CONDUCTS]->` */
  rel: string;
  /** the target variable, and its label (one with a name index: schema/neo4j/002-node-indexes.cypher) */
  target: string;
  label: string;
  /** the $parameter of the page's size */
  limit: string;
  /** clauses run for each target of the page once it is cut, before the projection (nested pages) */
  each?: string;
  /** what each target becomes in the list, and the list's name */
  projection: string;
  as: string;
}

/**
 * `CALL (source) { … RETURN collect(projection) AS <as> }`: the first `$limit` distinct targets of the source by
 * name then id, with the plan of our API's relationship pages (src/graph/read/hub-walk.ts, projection.ts), so the
 * floor costs what the database does for the answer. The source's degree is counted once (the degree store); a
 * source in a tier (at least `minDegree` relationships, a page of at most `maxNeed`) walks the first `scan` targets
 * of the label's name index and keeps those it has a relationship to; when it is in no tier (the OPTIONAL CALL
 * gives null) or its walk does not fill the page, the distinct targets are found from the relationships before
 * anything of them is read, and only they are sorted. The tiers are HUB_TIERS, written into the text as literals.
 */
const relatedPage = ({ source: s, rel, target: t, label, limit, each, projection, as }: RelatedPage) => {
  const tiers = [...HUB_TIERS].sort((x, y) => x.minDegree - y.minDegree);
  const walks = tiers.map((tier, i) => {
    const below = tiers[i + 1] ? ` AND degree < ${tiers[i + 1]!.minDegree}` : "";
    return `WITH ${s}, degree WHERE degree >= ${tier.minDegree}${below} AND $${limit} <= ${tier.maxNeed}
          RETURN COLLECT {
            MATCH (${t}:${label}) WHERE ${t}.name >= ''
            WITH ${t} ORDER BY ${t}.name, ${t}.id LIMIT ${tier.scan}
            WITH ${t} WHERE EXISTS { (${s})${rel}(${t}) }
            WITH ${t} ORDER BY ${t}.name, ${t}.id LIMIT $${limit}
            RETURN ${t}
          } AS walked`;
  });
  return `CALL (${s}) {
      WITH ${s}, COUNT { (${s})${rel}() } AS degree
      OPTIONAL CALL (${s}, degree) {
          ${walks.join("\n        UNION ALL\n          ")}
      }
      CALL (${s}, walked) {
          WITH walked WHERE size(walked) >= $${limit}
          UNWIND walked AS ${t}
          RETURN ${t}
        UNION ALL
          WITH ${s}, walked WHERE walked IS NULL OR size(walked) < $${limit}
          UNWIND COLLECT { MATCH (${s})${rel}(${t}) RETURN DISTINCT ${t} } AS ${t}
          WITH ${t} WHERE ${t}:${label}
          WITH ${t} ORDER BY ${t}.name, ${t}.id LIMIT $${limit}
          RETURN ${t}
      }
      WITH ${s}, ${t} ORDER BY ${t}.name, ${t}.id${each ? `\n      ${each}` : ""}
      RETURN collect(${projection}) AS ${as}
    }`;
};

/** The pages of the analyst queries, each of at most $nestedLimit targets. */
const pageOf = (source: string, rel: string, target: string, label: string) =>
  ({ source, rel, target, label, limit: "nestedLimit" }) as const;
const AGENCY_PROGRAMS = pageOf("a", "-[:CONDUCTS]->", "p", "Program");
const AGENCY_METRICS = pageOf("a", "-[:MEASURES]-", "m", "Metric");
const PROGRAM_METRICS = pageOf("p", "-[:MEASURES]-", "m", "Metric");
const LAW_IMPLEMENTERS = pageOf("l", "<-[:IMPLEMENTS]-", "a", "Agency");

export const RAW_QUERIES = {
  /** One agency by exact name, its first programs (CONDUCTS) and metrics (MEASURES, either way). */
  agencyByName: {
    cypher: `MATCH (a:Agency {name: $agencyName})
      WITH a ORDER BY a.id LIMIT 1
      ${relatedPage({ ...AGENCY_PROGRAMS, projection: "p {.id, .name}", as: "programs" })}
      ${relatedPage({ ...AGENCY_METRICS, projection: "m {.id, .name, .value, .unit}", as: "metrics" })}
      RETURN {agency: a {.id, .name, .kind, .level, programs: programs, metrics: metrics}} AS data`,
    params: ["agencyName", "nestedLimit"],
  },
  /**
   * One page of laws by name, each with the agencies that implement it. Every node has a name (model.ts): saying
   * so lets the planner read the name index in order and stop after the page, as our API's lists do (lists.ts).
   */
  lawsPage: {
    cypher: `MATCH (l:Law) WHERE l.name IS NOT NULL
      WITH l ORDER BY l.name, l.id SKIP $offset LIMIT $pageSize
      ${relatedPage({ ...LAW_IMPLEMENTERS, projection: "a {.id, .name}", as: "implementedBy" })}
      RETURN {laws: collect(l {.id, .name, .kind, implementedBy: implementedBy})} AS data`,
    params: ["offset", "pageSize", "nestedLimit"],
  },
  /** Full-text search over every entity's name and aliases. */
  search: {
    cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $searchText, {limit: $pageSize}) YIELD node, score
      WITH node, score ORDER BY score DESC, node.name
      RETURN {search: collect({id: node.id, name: node.name, type: [l IN labels(node) WHERE l <> 'Entity'][0], score: score})} AS data`,
    params: ["searchText", "pageSize"],
  },
  /**
   * Three levels: agencies -> their programs -> the programs' metrics -> the evidence of each MEASURES edge. The
   * agencies by name from the name index, as lawsPage's laws.
   */
  nested: {
    cypher: `MATCH (a:Agency) WHERE a.name IS NOT NULL
      WITH a ORDER BY a.name, a.id LIMIT $pageSize
      ${relatedPage({
        ...AGENCY_PROGRAMS,
        each: relatedPage({
          ...PROGRAM_METRICS,
          // the evidence of the page's metrics only; our API lists the relationships that carry a sentence
          projection: `m {.id, .name, .value, .unit, evidence: COLLECT {
            MATCH (p)-[e:MEASURES]-(m) WHERE e.sentence IS NOT NULL
            WITH e ORDER BY e.report, e.start
            RETURN e {.report, .start, .end, .sentence} }}`,
          as: "metrics",
        }),
        projection: "p {.id, .name, metrics: metrics}",
        as: "programs",
      })}
      RETURN {agencies: collect(a {.id, .name, programs: programs})} AS data`,
    params: ["pageSize", "nestedLimit"],
  },
  /**
   * Laws cited by reports about a jurisdiction (or any within it), ranked by implementations then citations.
   * Anchored on the jurisdiction (its id index), then down WITHIN to the reports: the cheapest way to this result.
   */
  topLaws: {
    cypher: `MATCH (j:Jurisdiction {id: $jurisdictionId})
      MATCH (r:Report)-[:COVERS]->(:Jurisdiction)-[:WITHIN*0..]->(j)
      WITH DISTINCT r
      MATCH (r)-[:MENTIONS]->(l:Law)
      WITH l, collect(DISTINCT r.id) AS reportIds
      CALL (l, reportIds) {
        OPTIONAL MATCH (a:Agency)-[i:IMPLEMENTS]->(l) WHERE i.report IN reportIds
        RETURN count(i) AS implementations, count(DISTINCT a) AS implementers
      }
      WITH l, size(reportIds) AS citations, implementations, implementers
      ORDER BY implementations DESC, citations DESC, l.name, l.id LIMIT $topLimit
      RETURN {topLaws: collect({law: l {.id, .name}, citations: citations, implementations: implementations, implementers: implementers})} AS data`,
    params: ["jurisdictionId", "topLimit"],
  },
} as const satisfies Record<string, RawQuery>;

export type QueryName = keyof typeof RAW_QUERIES;

/** The harness's own queries: not benchmarked. */
export const HARNESS_QUERIES = {
  /** Wipes every node and relationship in batches (needs an auto-commit transaction: session.run). */
  // relationships first: deleting a hub node with all its relationships in one inner transaction can exceed the
  // transaction memory limit on a large graph
  wipe: [
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS",
    "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS",
  ],
  /** Totals from the count store (per label / type counts come from src/graph/read/analysis.ts stats()). */
  totals:
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
  /**
   * Arguments that exist in the graph, chosen the same way at every size: a busy agency — the one at the 90th
   * percentile of programs conducted (ties by name), whose degree stays about the same as the graph grows, unlike
   * the busiest one (a city government named in every report of its city: ten times the programs at ten times the
   * reports) —, the jurisdiction covered by the most reports, and that agency's name as the search text.
   */
  pickArgs: `CALL () {
      MATCH (a:Agency)-[:CONDUCTS]->(p:Program)
      WITH a, count(DISTINCT p) AS n
      WITH collect({name: a.name, n: n}) AS agencies, percentileDisc(n, 0.9) AS busy
      UNWIND agencies AS agency
      WITH agency, busy WHERE agency.n = busy
      RETURN agency.name AS agencyName ORDER BY agencyName LIMIT 1
    }
    CALL () {
      OPTIONAL MATCH (j:Jurisdiction)<-[:COVERS]-(r:Report)
      WITH j, count(r) AS n ORDER BY n DESC, j.id LIMIT 1
      RETURN j.id AS jurisdictionId
    }
    CALL () { MATCH (l:Law) RETURN count(l) AS laws }
    RETURN agencyName, jurisdictionId, laws`,
} as const;
