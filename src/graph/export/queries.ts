/** The export's fixed queries. Each returns rows shaped as nodes (id, labels, properties) or relationships
 * (type, from, to, properties), so one writer handles them all. */
import { EVIDENCE_RELATIONSHIPS, RELATIONSHIP_TYPES } from "../relation-specs.js";
import type { CypherQuery } from "../query.js";
import { matchById, nodesByIds } from "../read/nodes.js";

/**
 * A node's properties; an entity's also say how many reports name it (reportCount) and how often in all
 * (mentionCount, the sum of the MENTIONS counts, as the API's Entity.mentionCount), so tools can size by them.
 * An entity without aliases stores none (model.ts: absent = empty); the export writes them empty, as it always has.
 */
const PROPERTIES = `CASE WHEN n:Entity THEN n {.*,
  aliases: coalesce(n.aliases, []),
  aliasText: coalesce(n.aliasText, ''),
  reportCount: COUNT { (n)<-[:MENTIONS]-(:Report) },
  mentionCount: reduce(total = 0, c IN [(n)<-[m:MENTIONS]-(:Report) | m.count] | total + c)
} ELSE properties(n) END AS properties`;
const NODE = `n.id AS id, labels(n) AS labels, ${PROPERTIES}`;
/** A relationship's properties; a MENTIONS' lists, absent when empty (model.ts), written empty. */
const REL = `type(r) AS type, a.id AS from, b.id AS to, CASE type(r) WHEN 'MENTIONS' THEN r {.*,
  spans: coalesce(r.spans, []), sections: coalesce(r.sections, []), aliases: coalesce(r.aliases, [])
} ELSE properties(r) END AS properties`;
/** A node of the model by id, whether Report or Entity, each through its own unique index. */
const MODEL_LABELS = ["Entity", "Report"];
const BY_ID = matchById("id", "n", MODEL_LABELS);

/** The relationships an --around walk follows: every type but MENTIONS, unless mentions are asked for. */
export const walkedTypes = (includeMentions: boolean): readonly string[] =>
  includeMentions ? RELATIONSHIP_TYPES : RELATIONSHIP_TYPES.filter((t) => t !== "MENTIONS");

export function allNodes(): CypherQuery {
  return { cypher: `MATCH (n) WHERE n:Report OR n:Entity RETURN ${NODE}`, params: {} };
}

export function allRelationships(): CypherQuery {
  return {
    cypher: `MATCH (a)-[r]->(b) WHERE (a:Report OR a:Entity) AND (b:Report OR b:Entity) RETURN ${REL}`,
    params: {},
  };
}

export function reportExists(reportId: string): CypherQuery {
  return { cypher: "MATCH (n:Report {id: $reportId}) RETURN n.id AS id", params: { reportId } };
}

export function reportNodes(reportId: string): CypherQuery {
  return {
    cypher: `MATCH (n:Report {id: $reportId}) RETURN ${NODE}
UNION
MATCH (:Report {id: $reportId})-[:MENTIONS|ISSUED_BY|COVERS]->(n) RETURN ${NODE}`,
    params: { reportId },
  };
}

/** The report's own relationships, then its evidence relationships (one index seek per type). */
export function reportRelationships(reportId: string): CypherQuery {
  const evidence = EVIDENCE_RELATIONSHIPS.map((t) => `MATCH (a)-[r:${t} {report: $reportId}]->(b) RETURN ${REL}`);
  return {
    cypher: [`MATCH (a:Report {id: $reportId})-[r:MENTIONS|ISSUED_BY|COVERS]->(b) RETURN ${REL}`, ...evidence].join(
      "\nUNION ALL\n",
    ),
    params: { reportId },
  };
}

/** Ids one hop from `ids` over relationships of `types`, either direction, that are not in `seen` yet. */
export function neighbourIds(ids: string[], seen: string[], types: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id ${BY_ID}
MATCH (n)-[:${types.join("|")}]-(m) WHERE (m:Report OR m:Entity) AND NOT m.id IN $seen
RETURN DISTINCT m.id AS id`,
    params: { ids, seen },
  };
}

/** The export rows (NODE) of the nodes with these ids, Report or Entity, each through its own unique index. */
export const exportRowsByIds = (ids: string[]): CypherQuery => nodesByIds(ids, { columns: NODE }, MODEL_LABELS);

/** Relationships of `types` between the nodes of `ids` (each found once, from its start node). */
export function relationshipsAmong(ids: string[], types: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id ${BY_ID}
WITH n AS a MATCH (a)-[r:${types.join("|")}]->(b) WHERE b.id IN $ids RETURN ${REL}`,
    params: { ids },
  };
}

/**
 * The properties the rows of `rowsQuery` (nodes or relationships) carry and the valueType() of their values, so
 * GraphML and CSV can declare typed columns before the first row (columns.ts).
 */
/**
 * `rowsQuery`'s node rows with each Report's stored text as its `text` property (kg export --texts): the texts are
 * left out unless asked for, being most of a graph's bytes. A report stored without its text gets no property.
 */
export function withReportTexts(rowsQuery: CypherQuery): CypherQuery {
  return {
    cypher: `CALL () {
${rowsQuery.cypher}
}
OPTIONAL MATCH (t:ReportText {id: id}) WHERE 'Report' IN labels
RETURN id, labels, CASE WHEN t IS NULL THEN properties ELSE properties {.*, text: t.text} END AS properties`,
    params: rowsQuery.params,
  };
}

export function propertyTypes(rowsQuery: CypherQuery): CypherQuery {
  return {
    cypher: `CALL () {
${rowsQuery.cypher}
}
UNWIND keys(properties) AS property
RETURN property, collect(DISTINCT valueType(properties[property])) AS types`,
    params: rowsQuery.params,
  };
}
