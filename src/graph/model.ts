/**
 * The graph model: labels, relationship types and property names shared by the loader (src/graph/load),
 * the read queries (src/graph/read) and the schema (schema/neo4j/*.cypher). Read this before writing Cypher.
 *
 * Nodes (key: `id`, the extractor's deterministic id; caption: `name`, the Chinese canonical name):
 *   (:Report   {id (hash of the normalized text, src/extract/identity/report-id.ts), name (= title), title,
 *               titleInferred, reportType, issuer, jurisdiction, year, yearFrom, publishedAt, source,
 *               sourceUrl (only when the caller gave one: an ingest with the same sourceUrl replaces the report),
 *               callerMetadata (JSON string of the metadata the caller gave, {title, publishedAt, issuer, sourceUrl}
 *               as given, only when it gave some: `kg ingest --reextract` passes it back, so the caller's values
 *               still win; reports stored before it was written have none, and keep only their sourceUrl),
 *               bodyEnd, contentHash, extractorVersion, ingestedAt, sections (JSON string of the section tree),
 *               sourcePath (absolute path of the file `kg ingest` read; `kg ingest --reextract` reads it again)})
 *   (:ReportText {id (= its Report's id), text}) the text the report's offsets index (every evidence `start`/`end`,
 *               every MENTIONS span): the decoded text extraction ran on, not folded, so text.slice(start, end) is
 *               the evidence sentence. A node of its own, linked by nothing but its id, so Report nodes stay small
 *               for lists and Neo4j Browser and no traversal reaches it; written, replaced and deleted with its
 *               report. Reports loaded before texts were stored have none until re-ingested (README).
 *   Every entity node also carries the label :Entity (unique `id` too), so lookups by id need not know the type.
 *   (:Agency   :Entity {id, name, aliases: [..], aliasText, kind, level})
 *   (:Law      :Entity {id, name, aliases, aliasText, kind, inForce})
 *   (:Program  :Entity {id, name, aliases, aliasText})
 *   (:Jurisdiction :Entity {id, name, aliases, aliasText, level, code})
 *   (:Metric   :Entity {id, name (e.g. "立案 19起"), label, value, unit, qualifier, kind (result | target), report (report id)})
 *   `aliasText` is the aliases joined by spaces: the full-text index reads `name` and `aliasText`.
 *   An empty list is never stored: an entity no report gave another name has no `aliases` and no `aliasText`, and a
 *   MENTIONS without sections or aliases has no such property. Absent means empty: every reader coalesces (the API
 *   answers `aliases: []`). Both write paths agree: `kg ingest`'s Cypher removes an empty list, and `kg import`'s
 *   CSV cannot carry one (neo4j-admin drops an empty array field), so the imported graph needs no pass after.
 *
 * Relationships:
 *   (:Report)-[:MENTIONS {count, spans: [start0, end0, start1, end1, ...], sections: [...], aliases: [...]}]->(:Entity)
 *     `aliases` are the surface forms this report used; the entity's own `aliases` are their sorted union over the
 *     reports that mention it, recomputed when a report is removed or replaced.
 *   (:Report)-[:ISSUED_BY]->(:Agency)        the report's issuer
 *   (:Report)-[:COVERS]->(:Jurisdiction)     the jurisdiction the report is about
 *   (a)-[:<RELATION_TYPE> {report, sentence, start, end, section, sectionKind, ...extractor properties}]->(b)
 *     for every RELATION_TYPE of src/extract/types.ts (ISSUED, IMPLEMENTS, CONDUCTS, TRANSFERRED_DUTY,
 *     ABOLISHED, MERGED, PART_OF, IN_JURISDICTION, WITHIN, MEASURES). One relationship per piece of evidence:
 *     keyed by (type, from, to, report, start), so two reports saying the same thing give two edges, each
 *     answering "which report says so, and where".
 *   An entity's parent (ExtractedEntity.parent) becomes PART_OF (agency) or WITHIN (jurisdiction) with the
 *   evidence of the entity's first mention (sentence = the mention's text, source: "parent"), unless the
 *   extractor already gave that relation, or the parent is not among the report's entities.
 *   Relations whose ends are not entities of the same report are skipped (they would have no support).
 *   (:Agency)-[:SUCCEEDED_BY {year, how, basis, source: "lexicon"}]->(:Agency), no report: between every two stored
 *     agencies the succession lexicon pairs, whichever reports named them (load/succession-links.ts); it goes
 *     with either node.
 *   Metric.report is set when the metric is created (metric ids are per report).
 *
 * Support: an entity node lives as long as some Report MENTIONS it (or is ISSUED_BY / COVERS it). Removing or
 * replacing a report removes its MENTIONS/ISSUED_BY/COVERS and every relationship whose `report` is its id, then
 * deletes the entities left with no support.
 */
import type { EntityType } from "../extract/types.js";

export const ENTITY_LABELS: readonly EntityType[] = ["Agency", "Law", "Program", "Jurisdiction", "Metric"];
/** Every property of a Report node besides its id (see the model above); the loader replaces all of them. */
export const REPORT_PROPERTIES = [
  "name",
  "title",
  "titleInferred",
  "reportType",
  "issuer",
  "jurisdiction",
  "year",
  "yearFrom",
  "publishedAt",
  "source",
  "sourceUrl",
  "callerMetadata",
  "sourcePath",
  "bodyEnd",
  "contentHash",
  "extractorVersion",
  "ingestedAt",
  "sections",
] as const;
export type ReportProperty = (typeof REPORT_PROPERTIES)[number];

/**
 * The label-specific properties of entity nodes (besides id, name, aliases, aliasText), as the loader writes them;
 * `short` is the caption Neo4j Browser shows (load/short-name.ts).
 */
export const ENTITY_PROPERTIES: Record<EntityType, readonly string[]> = {
  Agency: ["short", "kind", "level"],
  Law: ["short", "kind", "inForce"],
  Program: ["short"],
  Jurisdiction: ["short", "level", "code"],
  Metric: ["short", "label", "value", "unit", "qualifier", "kind"],
};
export const NODE_LABELS = ["Report", ...ENTITY_LABELS] as const;
/** The label of a report's stored text (not a node of the API's model: Report.text and excerpt read it). */
export const REPORT_TEXT_LABEL = "ReportText";
export type NodeLabel = (typeof NODE_LABELS)[number];

// The relationship types (which the loader writes, which way, and the API fields on them): relation-specs.ts.

/**
 * Properties that are whole numbers (years, character offsets, counts). The driver sends every JS number as a
 * float, so the loader writes these through toInteger(): Neo4j Browser and exports then show 2243, not 2243.0.
 */
export const INTEGER_PROPERTIES: ReadonlySet<string> = new Set(["year", "bodyEnd", "start", "end", "count"]);

export const FULLTEXT_INDEX = "entity_names";
