/**
 * The loader's fixed queries: one named function per query, values always $parameters. Labels and relationship
 * types are spliced in only from the constant lists of model.ts (Cypher cannot take them as parameters and still
 * use the uniqueness indexes), never from input.
 */
import type { EntityType, RelationType } from "../../extract/types.js";
import { GraphError } from "../errors.js";
import {
  ENTITY_LABELS,
  ENTITY_PROPERTIES,
  INTEGER_PROPERTIES,
  REPORT_PROPERTIES,
  type ReportProperty,
} from "../model.js";
import { EVIDENCE_RELATIONSHIPS } from "../relation-specs.js";
import type { EntityRow, EvidenceRow } from "./rows.js";
import type { SuccessionLink } from "./succession-links.js";

/** An entity row of one report, in a statement that may carry several reports. */
export type ReportEntityRow = EntityRow & { report: string };

export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

const SUPPORT = "MENTIONS|ISSUED_BY|COVERS";
/** `list` (a Cypher list expression of strings) joined by single spaces. */
const aliasText = (list: string) => `reduce(s = '', a IN ${list} | s + CASE s WHEN '' THEN '' ELSE ' ' END + a)`;
/**
 * `list`, or null when it is empty: an empty list is never stored (model.ts), and null is no property. `kg import`'s
 * CSV cannot carry an empty array either, so both paths agree.
 */
const nonEmpty = <T>(list: T[]): T[] | null => (list.length ? list : null);

function checked<T extends string>(value: T, allowed: readonly string[]): T {
  if (!allowed.includes(value)) throw new Error(`not a label or type of the graph model: ${value}`);
  return value;
}

/**
 * Takes the write locks of reports in id order (so concurrent batches wait for each other instead of deadlocking):
 * those a batch writes (`writing`: MERGE on the constrained id, which creates the Report nodes of new reports) and
 * the stored ones it may remove (`replacing`: MATCH, a report that is gone is left out), then a SET on each.
 * Returns per locked report what is stored: a null contentHash means the report is new; hasText whether its text
 * is stored (reports loaded before texts were have none); held false when another transaction deleted the node
 * while this one waited for its lock: Neo4j then lets the SET go to the deleted node without an error, and the
 * report would be taken for new and written without its node (its evidence, text and entities but no Report).
 */
export function lockReports(writing: string[], replacing: string[] = []): Query {
  const locks = [
    ...writing.map((id) => ({ id, create: true })),
    ...replacing.map((id) => ({ id, create: false })),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    cypher: `UNWIND $locks AS lock
CALL (lock) {
  WITH lock WHERE lock.create
  MERGE (r:Report {id: lock.id})
  RETURN r
  UNION ALL
  WITH lock WHERE NOT lock.create
  MATCH (r:Report {id: lock.id})
  RETURN r
}
SET r.id = lock.id
RETURN lock.id AS id, lock.create AS writing, EXISTS { MATCH (x:Report {id: lock.id}) WHERE x = r } AS held,
       r.contentHash AS contentHash, r.extractorVersion AS extractorVersion,
       EXISTS { MATCH (:ReportText {id: lock.id}) } AS hasText`,
    params: { locks },
  };
}

/**
 * The reports' texts, one (:ReportText {id: report id, text}) each: a node of its own, found by its id like the
 * Report, so Report nodes stay small for lists and Neo4j Browser, and no relationship leads a traversal (path,
 * neighborhood, export --around, Browser's expand) into a text.
 */
export function setReportTexts(texts: { id: string; text: string }[]): Query {
  return {
    cypher: "UNWIND $texts AS t MERGE (x:ReportText {id: t.id}) SET x.text = t.text",
    params: { texts },
  };
}

/** Deletes the reports' stored texts (a replaced version's offsets may not fit the new text). */
export function deleteReportTexts(reportIds: string[]): Query {
  return {
    cypher: "UNWIND $reportIds AS id MATCH (x:ReportText {id: id}) DELETE x",
    params: { reportIds },
  };
}

/**
 * Takes the write lock of an existing report (for deletes); returns count 0 when there is none, also when another
 * transaction deleted it while this one waited for the lock (see lockReports).
 */
export function lockExistingReport(reportId: string): Query {
  return {
    cypher: `MATCH (r:Report {id: $reportId}) SET r.id = $reportId
WITH r WHERE EXISTS { MATCH (x:Report {id: $reportId}) WHERE x = r }
RETURN count(r) AS found`,
    params: { reportId },
  };
}

/**
 * Takes the write locks of the entities a write touches, before it removes anything: those the reports `reportIds`
 * support (their MENTIONS/ISSUED_BY/COVERS; their evidence joins only those) and `entities`, the ones it writes, in
 * the order upsertEntities takes them (ENTITY_LABELS, then id). Removing a relationship of a dense node takes a
 * shared lock on its degrees and the upsert that follows an exclusive lock on the node, so two writes that replaced
 * reports mentioning one popular entity (国务院) each waited for the other: deadlocks, often enough that writes ran
 * out of retries. A MATCH on the constrained id also locks an id no node has yet, so a new entity is locked too.
 */
export function lockEntities(reportIds: string[], entities: { id: string; label: EntityType }[]): Query {
  return {
    cypher: `CALL () {
  UNWIND $reportIds AS reportId
  MATCH (:Report {id: reportId})-[:${SUPPORT}]->(e:Entity)
  RETURN e.id AS id, [label IN $labels WHERE label IN labels(e)][0] AS label
  UNION
  UNWIND $entities AS entity
  RETURN entity.id AS id, entity.label AS label
}
WITH DISTINCT id, label
ORDER BY [i IN range(0, size($labels) - 1) WHERE $labels[i] = label][0], id
MATCH (n:Entity {id: id})
SET n:Entity`,
    params: { reportIds, entities, labels: ENTITY_LABELS },
  };
}

/** Deletes the reports' MENTIONS/ISSUED_BY/COVERS and returns the ids of the entities they supported. */
export function removeReportSupport(reportIds: string[]): Query {
  return {
    cypher: `UNWIND $reportIds AS reportId
MATCH (r:Report {id: reportId})-[s:${SUPPORT}]->(e) WITH s, e.id AS id DELETE s RETURN collect(DISTINCT id) AS ids`,
    params: { reportIds },
  };
}

/** Deletes every evidence relationship whose `report` is one of these reports (one index seek per relationship type). */
export function removeReportEvidence(reportIds: string[]): Query {
  const parts = EVIDENCE_RELATIONSHIPS.map(
    (type) =>
      `CALL (reportId) { MATCH ()-[x:${checked(type, EVIDENCE_RELATIONSHIPS)} {report: reportId}]->() DELETE x }`,
  );
  return {
    cypher: `UNWIND $reportIds AS reportId\n${parts.join("\n")}\nRETURN count(*) AS done`,
    params: { reportIds },
  };
}

/**
 * Replaces each report's properties with its `props`: every property of REPORT_PROPERTIES is assigned, and one
 * the new version lacks becomes null, i.e. is removed (so properties of an older version do not linger). Set by
 * name, not `SET r = map`, for the reason given at upsertEntities.
 */
export function setReportProperties(reports: { id: string; props: Partial<Record<ReportProperty, unknown>> }[]): Query {
  const assignments = REPORT_PROPERTIES.map((key) => `r.${key} = ${typed(key, `report.props.${key}`)}`).join(", ");
  return {
    cypher: `UNWIND $reports AS report MATCH (r:Report {id: report.id}) SET ${assignments}`,
    params: { reports },
  };
}

/**
 * Upserts one label's entities (rows sorted by id, so entities are locked in one order). Every property is set by
 * name, never from a map (`SET n += map` makes the planner add Eager operators, which materialise every row
 * first: several times slower on big batches), and `coalesce` keeps what another report said when this one says
 * nothing. Aliases and mentions are written by mergeAliases and createMentions (an entity no report gave another
 * name has no `aliases` and no `aliasText`).
 *
 * The SET starts with the label every entity has: an entity MERGE found may be deleted by another transaction
 * (its last report removed) while this one waits for its lock, and Neo4j lets property writes go to the deleted
 * node without an error (the report's MENTIONS of it would then be left out, as the node is gone), but fails the
 * label write with EntityNotFound, which retryConflicts retries.
 */
export function upsertEntities(label: EntityType, rows: ReportEntityRow[]): Query {
  const onCreateReport = label === "Metric" ? ", n.report = row.report" : "";
  const props = ENTITY_PROPERTIES[label].map((key) => `, n.${key} = coalesce(row.props.${key}, n.${key})`).join("");
  return {
    cypher: `UNWIND $rows AS row
MERGE (n:${checked(label, ENTITY_LABELS)} {id: row.id})
ON CREATE SET n:Entity${onCreateReport}
SET n:Entity, n.name = row.name${props}`,
    params: { rows: rows.map((r) => ({ id: r.id, name: r.name, props: r.props, report: r.report })) },
  };
}

/**
 * Adds each row's aliases to its entity's: the sorted union over the reports that mention it (so the order of
 * ingests does not show), and `aliasText`, the same joined by spaces for the full-text index. Both are computed
 * from `n.aliases + row.aliases` in one SET, so it does not matter which of the two is assigned first. An entity
 * without aliases has no `aliases` property (coalesce); a row without aliases is not sent, so the union is never
 * empty.
 */
export function mergeAliases(rows: { id: string; aliases: string[] }[]): Query {
  // computed inside the SET: a WITH before it would read every row's n.aliases first (an Eager operator), so two
  // rows of one entity would not see each other's aliases; rows without aliases change nothing and are left out
  const union = "COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS a RETURN DISTINCT a ORDER BY a }";
  return {
    cypher: `UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.aliases = ${union},
    n.aliasText = ${aliasText(union)}`,
    params: { rows: rows.filter((row) => row.aliases.length) },
  };
}

/** (:Report)-[:MENTIONS {count, spans, sections, aliases}]->(entity), one per row; an empty list is no property. */
export function createMentions(rows: { report: string; id: string; mention: EntityRow["mention"] }[]): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (r:Report {id: row.report})
MATCH (n:Entity {id: row.id})
CREATE (r)-[:MENTIONS {count: toInteger(row.mention.count), spans: [s IN row.mention.spans | toInteger(s)], sections: row.mention.sections, aliases: row.mention.aliases}]->(n)`,
    // an empty list is sent as null (the Cypher stays one text: a CASE in the CREATE map made the planner add Eager)
    params: {
      rows: rows.map(({ report, id, mention: m }) => ({
        report,
        id,
        mention: {
          count: m.count,
          spans: nonEmpty(m.spans),
          sections: nonEmpty(m.sections),
          aliases: nonEmpty(m.aliases),
        },
      })),
    },
  };
}

/** (:Report)-[:ISSUED_BY]->(:Agency) or -[:COVERS]->(:Jurisdiction); creates the node when no entity row did. */
export function linkReports(
  kind: "ISSUED_BY" | "COVERS",
  links: { report: string; id: string; name: string }[],
): Query {
  const label = kind === "ISSUED_BY" ? "Agency" : "Jurisdiction";
  return {
    cypher: `UNWIND $links AS link
MATCH (r:Report {id: link.report})
MERGE (n:${label} {id: link.id})
ON CREATE SET n:Entity, n.name = link.name
CREATE (r)-[:${kind}]->(n)`,
    params: { links },
  };
}

/** `expr` as Cypher writes it: whole-number properties through toInteger (see INTEGER_PROPERTIES). */
const typed = (key: string, expr: string) => (INTEGER_PROPERTIES.has(key) ? `toInteger(${expr})` : expr);

const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Relation property names are spliced into Cypher (and into `kg import`'s CSV headers): plain identifiers only. */
export function assertPlainPropertyKeys(keys: Iterable<string>): void {
  for (const key of keys)
    if (!PROPERTY_KEY.test(key))
      throw new GraphError(
        "BAD_USER_INPUT",
        `cannot ingest report: relation property name ${JSON.stringify(key)} is not a plain identifier`,
      );
}

/**
 * One relationship of `type` per evidence row; both ends were upserted earlier in the same transaction. The
 * properties are written by name (see upsertEntities): their keys are those the rows carry, each checked to be
 * a plain identifier before it is spliced in.
 */
export function createEvidence(type: RelationType, rows: EvidenceRow[]): Query {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();
  assertPlainPropertyKeys(keys);
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[:${checked(type, EVIDENCE_RELATIONSHIPS)} {${keys.map((k) => `${k}: ${typed(k, `row.props.${k}`)}`).join(", ")}}]->(b)`,
    params: { rows },
  };
}

/**
 * The lexicon's SUCCEEDED_BY between two stored agencies (succession-links.ts): created once, when both exist;
 * a pair of which one end is not stored (yet) is skipped, and linked by the batch that stores the other end.
 */
export function linkSuccessions(rows: SuccessionLink[]): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Agency {id: row.from})
MATCH (b:Agency {id: row.to})
MERGE (a)-[s:SUCCEEDED_BY {source: 'lexicon'}]->(b)
ON CREATE SET s.year = toInteger(row.year), s.how = row.how, s.basis = row.basis`,
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

/**
 * Recomputes aliases of the surviving `ids` from the MENTIONS that remain, dropping a removed report's forms (a
 * MENTIONS without `aliases` adds none; none left removes the entity's `aliases` and `aliasText`).
 */
export function recomputeAliases(ids: string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, COLLECT { MATCH (:Report)-[m:MENTIONS]->(n) UNWIND coalesce(m.aliases, []) AS a RETURN DISTINCT a ORDER BY a } AS aliases
SET n.aliases = CASE WHEN size(aliases) > 0 THEN aliases END,
    n.aliasText = CASE WHEN size(aliases) > 0 THEN ${aliasText("aliases")} END`,
    params: { ids },
  };
}

export function deleteReportNode(reportId: string): Query {
  return { cypher: "MATCH (r:Report {id: $reportId}) DETACH DELETE r", params: { reportId } };
}

/** Deletes replaced reports' nodes (their support and evidence were removed first). */
export function deleteReportNodes(reportIds: string[]): Query {
  return { cypher: "UNWIND $reportIds AS id MATCH (r:Report {id: id}) DETACH DELETE r", params: { reportIds } };
}
