/**
 * The loader's fixed queries: one named function per query, values always $parameters. Labels and relationship
 * types are spliced in only from the constant lists of model.ts (Cypher cannot take them as parameters and still
 * use the uniqueness indexes), never from input.
 */
import type { EntityType, RelationType } from "../../extract/types.js";
import { ENTITY_LABELS, EVIDENCE_RELATIONSHIPS } from "../model.js";
import type { EntityRow, EvidenceRow, PropertyMap } from "./rows.js";

export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

const SUPPORT = "MENTIONS|ISSUED_BY|COVERS";
const ALIAS_TEXT = "reduce(s = '', a IN n.aliases | s + CASE s WHEN '' THEN '' ELSE ' ' END + a)";

function checked<T extends string>(value: T, allowed: readonly string[]): T {
  if (!allowed.includes(value)) throw new Error(`not a label or type of the graph model: ${value}`);
  return value;
}

/**
 * Takes the report's write lock first (MERGE on the constrained id, then a SET), so two ingests of one report
 * serialise, and returns what is stored: a null contentHash means the report is new.
 */
export function lockReport(reportId: string): Query {
  return {
    cypher: "MERGE (r:Report {id: $reportId}) SET r.id = $reportId RETURN r.contentHash AS contentHash, r.extractorVersion AS extractorVersion",
    params: { reportId },
  };
}

/** Takes the write lock of an existing report (for deletes); returns count 0 when there is none. */
export function lockExistingReport(reportId: string): Query {
  return { cypher: "MATCH (r:Report {id: $reportId}) SET r.id = $reportId RETURN count(r) AS found", params: { reportId } };
}

/** Deletes the report's MENTIONS/ISSUED_BY/COVERS and returns the ids of the entities they supported. */
export function removeReportSupport(reportId: string): Query {
  return {
    cypher: `MATCH (r:Report {id: $reportId})-[s:${SUPPORT}]->(e) WITH s, e.id AS id DELETE s RETURN collect(DISTINCT id) AS ids`,
    params: { reportId },
  };
}

/** Deletes every evidence relationship whose `report` is this report (one index seek per relationship type). */
export function removeReportEvidence(reportId: string): Query {
  const parts = EVIDENCE_RELATIONSHIPS.map((type) => `CALL { MATCH ()-[x:${checked(type, EVIDENCE_RELATIONSHIPS)} {report: $reportId}]->() DELETE x }`);
  return { cypher: `${parts.join("\n")}\nRETURN 1 AS done`, params: { reportId } };
}

/** Replaces the report's properties with `props` (so properties of an older version do not linger). */
export function setReportProperties(reportId: string, props: PropertyMap): Query {
  return { cypher: "MATCH (r:Report {id: $reportId}) SET r = $props, r.id = $reportId", params: { reportId, props } };
}

/**
 * Upserts one label's entities and links the report to each with MENTIONS. Aliases are the union over the
 * reports that mention the entity, kept sorted so the order of ingests does not show; `props` only adds or overwrites, never erases what another report said.
 */
export function upsertEntities(label: EntityType, reportId: string, rows: EntityRow[]): Query {
  const onCreateReport = label === "Metric" ? ", n.report = $reportId" : "";
  return {
    cypher: `MATCH (r:Report {id: $reportId})
UNWIND $rows AS row
MERGE (n:${checked(label, ENTITY_LABELS)} {id: row.id})
ON CREATE SET n:Entity, n.aliases = []${onCreateReport}
SET n += row.props, n.name = row.name,
    n.aliases = COLLECT { UNWIND n.aliases + row.aliases AS a RETURN DISTINCT a ORDER BY a }
SET n.aliasText = ${ALIAS_TEXT}
CREATE (r)-[m:MENTIONS]->(n)
SET m = row.mention`,
    params: { reportId, rows },
  };
}

/** (:Report)-[:ISSUED_BY]->(:Agency) or -[:COVERS]->(:Jurisdiction); creates the node when no entity row did. */
export function linkReport(kind: "ISSUED_BY" | "COVERS", reportId: string, target: { id: string; name: string }): Query {
  const label = kind === "ISSUED_BY" ? "Agency" : "Jurisdiction";
  return {
    cypher: `MATCH (r:Report {id: $reportId})
MERGE (n:${label} {id: $target.id})
ON CREATE SET n:Entity, n.name = $target.name, n.aliases = [], n.aliasText = ''
CREATE (r)-[:${kind}]->(n)`,
    params: { reportId, target },
  };
}

/** One relationship of `type` per evidence row; both ends were upserted earlier in the same transaction. */
export function createEvidence(type: RelationType, rows: EvidenceRow[]): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[x:${checked(type, EVIDENCE_RELATIONSHIPS)}]->(b)
SET x = row.props`,
    params: { rows },
  };
}

/** Deletes those of `ids` that no report supports any more (the support rule of model.ts). */
export function deleteUnsupportedEntities(ids: string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (:Report)-[:${SUPPORT}]->(n) }
DETACH DELETE n`,
    params: { ids },
  };
}

/** Recomputes aliases of the surviving `ids` from the MENTIONS that remain, dropping a removed report's forms. */
export function recomputeAliases(ids: string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.aliases = COLLECT { MATCH (:Report)-[m:MENTIONS]->(n) UNWIND m.aliases AS a RETURN DISTINCT a ORDER BY a }
SET n.aliasText = ${ALIAS_TEXT}`,
    params: { ids },
  };
}

export function deleteReportNode(reportId: string): Query {
  return { cypher: "MATCH (r:Report {id: $reportId}) DETACH DELETE r", params: { reportId } };
}
