/** The export's fixed queries. Each returns rows shaped as nodes (id, labels, properties) or relationships
 * (type, from, to, properties), so one writer handles them all. */
import { EVIDENCE_RELATIONSHIPS } from "../relation-specs.js";

const NODE = "n.id AS id, labels(n) AS labels, properties(n) AS properties";
const REL = "type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties";
/** A node of the model by id, whether Report or Entity, each through its own unique index. */
const BY_ID = "CALL (id) { MATCH (n:Entity {id: id}) RETURN n UNION MATCH (n:Report {id: id}) RETURN n }";

export function allNodes() {
  return { cypher: `MATCH (n) WHERE n:Report OR n:Entity RETURN ${NODE}`, params: {} };
}

export function allRelationships() {
  return {
    cypher: `MATCH (a)-[r]->(b) WHERE (a:Report OR a:Entity) AND (b:Report OR b:Entity) RETURN ${REL}`,
    params: {},
  };
}

export function reportNodes(reportId: string) {
  return {
    cypher: `MATCH (n:Report {id: $reportId}) RETURN ${NODE}
UNION
MATCH (:Report {id: $reportId})-[:MENTIONS|ISSUED_BY|COVERS]->(n) RETURN ${NODE}`,
    params: { reportId },
  };
}

/** The report's own relationships, then its evidence relationships (one index seek per type). */
export function reportRelationships(reportId: string) {
  const evidence = EVIDENCE_RELATIONSHIPS.map((t) => `MATCH (a)-[r:${t} {report: $reportId}]->(b) RETURN ${REL}`);
  return {
    cypher: [`MATCH (a:Report {id: $reportId})-[r:MENTIONS|ISSUED_BY|COVERS]->(b) RETURN ${REL}`, ...evidence].join(
      "\nUNION ALL\n",
    ),
    params: { reportId },
  };
}

/** Ids one hop from `ids`, either direction, that are not in `seen` yet. */
export function neighbourIds(ids: string[], seen: string[]) {
  return {
    cypher: `UNWIND $ids AS id ${BY_ID}
MATCH (n)--(m) WHERE (m:Report OR m:Entity) AND NOT m.id IN $seen
RETURN DISTINCT m.id AS id`,
    params: { ids, seen },
  };
}

export function nodesByIds(ids: string[]) {
  return { cypher: `UNWIND $ids AS id ${BY_ID} RETURN ${NODE}`, params: { ids } };
}

/** Relationships between the nodes of `ids` (each found once, from its start node). */
export function relationshipsAmong(ids: string[]) {
  return {
    cypher: `UNWIND $ids AS id ${BY_ID}
WITH n AS a MATCH (a)-[r]->(b) WHERE b.id IN $ids RETURN ${REL}`,
    params: { ids },
  };
}
