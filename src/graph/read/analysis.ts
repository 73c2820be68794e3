/** Analysis queries: most implemented laws, co-mentions, shortest paths, neighbourhoods, counts. */
import { ENTITY_LABELS } from "../model.js";
import { EVIDENCE_RELATIONSHIPS, RELATIONSHIP_TYPES } from "../relation-specs.js";
import { matchById, projectNode } from "./nodes.js";
import { FULL_NODE, ParamBinder, projectPlan, type NodePlan } from "./projection.js";
import type { CypherQuery } from "../query.js";

const projectEdge = (r: string) =>
  `{id: elementId(${r}), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, properties: properties(${r})}`;

/**
 * Laws cited by the reports in scope, ranked by how many agencies implement them in those reports, then citations.
 * With a jurisdiction the query starts from it (its id or name index) and walks down WITHIN to the reports about
 * it or anything within it: starting from the reports (or the laws) instead would visit every report's mentions.
 */
export function topLaws(
  jurisdiction: string | null,
  year: number | null,
  limit: number,
  law: NodePlan = FULL_NODE,
): CypherQuery {
  const binder = new ParamBinder();
  const reports =
    jurisdiction === null
      ? `MATCH (r:Report) WHERE $year IS NULL OR r.year = $year`
      : `CALL () {
          MATCH (j:Jurisdiction {id: $jurisdiction}) RETURN j
          UNION
          MATCH (j:Jurisdiction {name: $jurisdiction}) RETURN j
        }
        MATCH (r:Report)-[:COVERS]->(:Jurisdiction)-[:WITHIN*0..]->(j)
        WHERE $year IS NULL OR r.year = $year
        WITH DISTINCT r`;
  return {
    cypher: `${reports}
      MATCH (r)-[:MENTIONS]->(l:Law)
      WITH l, collect(DISTINCT r.id) AS reportIds
      CALL (l, reportIds) {
        OPTIONAL MATCH (a:Agency)-[i:IMPLEMENTS]->(l) WHERE i.report IN reportIds
        RETURN count(i) AS implementations, count(DISTINCT a) AS implementers
      }
      WITH l, size(reportIds) AS citations, implementations, implementers
      ORDER BY implementations DESC, citations DESC, l.name, l.id LIMIT $limit
      RETURN ${projectPlan("l", law, binder)} AS node, citations, implementations, implementers`,
    params: { ...binder.params, jurisdiction, year, limit },
  };
}

export function coMentioned(id: string, limit: number): CypherQuery {
  return {
    cypher: `WITH $id AS id ${matchById("id", "e", ENTITY_LABELS)}
      MATCH (e)<-[:MENTIONS]-(r:Report)-[:MENTIONS]->(o:Entity) WHERE o <> e
      WITH o, count(DISTINCT r) AS reports, collect(DISTINCT r.id) AS reportIds
      ORDER BY reports DESC, o.name, o.id LIMIT $limit
      RETURN ${projectNode("o")} AS node, reports, reportIds[..20] AS reportIds`,
    params: { id, limit },
  };
}

/** The relationship types allowed in path patterns: constants from the model, never input. */
function relTypes(types: readonly string[] | null): string {
  const allowed = (types ?? RELATIONSHIP_TYPES).filter((t) => (RELATIONSHIP_TYPES as readonly string[]).includes(t));
  return allowed.join("|");
}

/**
 * The types a path follows when none are named: every type but MENTIONS, unless asked for. Every report MENTIONS
 * all it names, so with MENTIONS nearly any two entities are two steps apart through a Report, and that path says
 * nothing (no sentence states it).
 */
export function pathTypes(types: readonly string[] | null, includeMentions: boolean): readonly string[] {
  if (types) return types;
  return includeMentions ? RELATIONSHIP_TYPES : RELATIONSHIP_TYPES.filter((t) => t !== "MENTIONS");
}

/** The shortest path; the length bound is an integer literal (Cypher takes no parameter there), checked 1..4. */
export function shortestPath(
  from: string,
  to: string,
  maxLength: number,
  types: readonly string[] | null,
  includeMentions = false,
): CypherQuery {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 4) throw new RangeError("maxLength must be 1..4");
  return {
    cypher: `WITH $from AS fromId, $to AS toId
      ${matchById("fromId", "a")}
      ${matchById("toId", "b")}
      MATCH p = shortestPath((a)-[:${relTypes(pathTypes(types, includeMentions))}*..${maxLength}]-(b))
      RETURN [n IN nodes(p) | ${projectNode("n")}] AS nodes, [r IN relationships(p) | ${projectEdge("r")}] AS edges`,
    params: { from, to },
  };
}

/** Nodes within `depth` (1 or 2) hops, at most `limit` besides the centre, and every relationship among them. */
export function neighborhood(id: string, depth: number, limit: number, types: readonly string[] | null): CypherQuery {
  if (depth !== 1 && depth !== 2) throw new RangeError("depth must be 1 or 2");
  return {
    cypher: `WITH $id AS id ${matchById("id", "c")}
      CALL (c) { MATCH (c)-[:${relTypes(types)}*1..${depth}]-(m) WHERE m <> c RETURN DISTINCT m LIMIT $limitPlusOne }
      WITH c, collect(m) AS found
      WITH c, found[..$limit] AS ms, size(found) > $limit AS truncated
      WITH [c] + ms AS ns, truncated
      CALL (ns) {
        UNWIND ns AS x MATCH (x)-[r:${relTypes(types)}]->(y) WHERE y IN ns
        RETURN collect(DISTINCT ${projectEdge("r")}) AS edges
      }
      RETURN [n IN ns | ${projectNode("n")}] AS nodes, edges, truncated`,
    params: { id, limit, limitPlusOne: limit + 1 },
  };
}

/**
 * An entity's statements (every relationship with a sentence of evidence, either way) grouped by the year of the
 * report stating them, earliest first (reports without a year last): per year the count and the first `limit`
 * statements, in report then text order.
 */
export function timeline(id: string, limit: number): CypherQuery {
  return {
    cypher: `WITH $id AS id ${matchById("id", "e", ENTITY_LABELS)}
      MATCH (e)-[x:${EVIDENCE_RELATIONSHIPS.join("|")}]-()
      MATCH (r:Report {id: x.report})
      WITH r.year AS year, x ORDER BY x.report, x.start
      WITH year, count(x) AS count, collect(x)[..$limit] AS xs
      ORDER BY year
      RETURN year, count, [x IN xs | ${projectEdge("x")}] AS statements`,
    params: { id, limit },
  };
}
