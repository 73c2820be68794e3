/**
 * Every line of Cypher the benchmark sends itself, in one file: the hand-written "floor" for each analyst query
 * (what the database costs for the same result our API returns), and the harness's own few queries (wipe the
 * graph, count it, pick query arguments that exist in it).
 *
 * The analyst queries return one column, `data`, already in the JSON shape the raw-Cypher server answers with,
 * so the server does no work besides running the query and serialising the value. They follow the semantics of
 * src/graph/read (the API's queries): evidence relationships between the same two nodes are one edge whose
 * `evidence` lists them, ordered by report then start; targets ordered by name then id.
 */
import { FULLTEXT_INDEX } from "../../../src/graph/model.js";

export interface RawQuery {
  cypher: string;
  /** names of the $parameters the query takes (all are given by the harness as BenchArgs) */
  params: readonly string[];
}

const relatedDistinct = (pattern: string, node: string, projection: string, limitParam: string) =>
  `MATCH ${pattern}
     WITH DISTINCT ${node} ORDER BY ${node}.name, ${node}.id LIMIT $${limitParam}
     RETURN collect(${projection}) AS items`;

export const RAW_QUERIES = {
  /** One agency by exact name, its first programs (CONDUCTS) and metrics (MEASURES, either way). */
  agencyByName: {
    cypher: `MATCH (a:Agency {name: $agencyName})
      WITH a ORDER BY a.id LIMIT 1
      CALL (a) { ${relatedDistinct("(a)-[:CONDUCTS]->(p:Program)", "p", "p {.id, .name}", "nestedLimit")} }
      WITH a, items AS programs
      CALL (a) { ${relatedDistinct("(a)-[:MEASURES]-(m:Metric)", "m", "m {.id, .name, .value, .unit}", "nestedLimit")} }
      RETURN {agency: a {.id, .name, .kind, .level, programs: programs, metrics: items}} AS data`,
    params: ["agencyName", "nestedLimit"],
  },
  /** One page of laws by name, each with the agencies that implement it. */
  lawsPage: {
    cypher: `MATCH (l:Law)
      WITH l ORDER BY l.name, l.id SKIP $offset LIMIT $pageSize
      CALL (l) { ${relatedDistinct("(l)<-[:IMPLEMENTS]-(a:Agency)", "a", "a {.id, .name}", "nestedLimit")} }
      RETURN {laws: collect(l {.id, .name, .kind, implementedBy: items})} AS data`,
    params: ["offset", "pageSize", "nestedLimit"],
  },
  /** Full-text search over every entity's name and aliases. */
  search: {
    cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $searchText, {limit: $pageSize}) YIELD node, score
      WITH node, score ORDER BY score DESC, node.name
      RETURN {search: collect({id: node.id, name: node.name, type: [l IN labels(node) WHERE l <> 'Entity'][0], score: score})} AS data`,
    params: ["searchText", "pageSize"],
  },
  /** Three levels: agencies -> their programs -> the programs' metrics -> the evidence of each MEASURES edge. */
  nested: {
    cypher: `MATCH (a:Agency)
      WITH a ORDER BY a.name, a.id LIMIT $pageSize
      CALL (a) {
        MATCH (a)-[:CONDUCTS]->(p:Program)
        WITH DISTINCT p ORDER BY p.name, p.id LIMIT $nestedLimit
        CALL (p) {
          MATCH (p)-[e:MEASURES]-(m:Metric)
          WITH m, e ORDER BY e.report, e.start
          WITH m, collect(e {.report, .start, .end, .sentence}) AS evidence
          ORDER BY m.name, m.id LIMIT $nestedLimit
          RETURN collect(m {.id, .name, .value, .unit, evidence: evidence}) AS metrics
        }
        RETURN collect(p {.id, .name, metrics: metrics}) AS programs
      }
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
