/**
 * Turns an ExtractedReport into the parameter rows the load queries UNWIND: pure, no I/O. Rows are sorted by id
 * so concurrent transactions lock shared entities in the same order (fewer deadlocks), and de-duplicated so the
 * queries can CREATE instead of MERGE the report's own relationships.
 */
import type { EntityType, ExtractedEntity, ExtractedReport, RelationType } from "../../extract/types.js";
import { placesLongestFirst, shortName } from "./short-name.js";
import { ENTITY_LABELS, ENTITY_PROPERTIES, type ReportProperty } from "../model.js";
import { EVIDENCE_RELATIONSHIPS } from "../relation-specs.js";

export type Primitive = string | number | boolean;
export type PropertyMap = Record<string, Primitive | Primitive[]>;

export interface EntityRow {
  id: string;
  name: string;
  /** label-specific properties (kind, level, code, ...), nulls left out so they never erase what another report set */
  props: PropertyMap;
  /** this report's surface forms, kept on its MENTIONS too so deleting the report can take them back */
  aliases: string[];
  mention: { count: number; spans: number[]; sections: string[]; aliases: string[] };
}

export interface EvidenceRow {
  from: string;
  to: string;
  props: PropertyMap;
}

export interface ReportRows {
  reportId: string;
  report: Partial<Record<ReportProperty, Primitive>>;
  entities: Record<EntityType, EntityRow[]>;
  /** the report's issuer and jurisdiction; `name` creates the node when the report does not list it as an entity */
  issuedBy: { id: string; name: string } | null;
  covers: { id: string; name: string } | null;
  evidence: Partial<Record<RelationType, EvidenceRow[]>>;
  entityCount: number;
  relationCount: number;
  /** the text every offset indexes, stored as (:ReportText {id: reportId, text}); null when the caller had none */
  text: string | null;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byEnds = (a: EvidenceRow, b: EvidenceRow) =>
  a.from !== b.from
    ? a.from < b.from
      ? -1
      : 1
    : a.to !== b.to
      ? a.to < b.to
        ? -1
        : 1
      : Number(a.props.start) - Number(b.props.start);

export function reportRows(
  extracted: ExtractedReport,
  extra: { sourcePath?: string; ingestedAt?: string; text?: string } = {},
): ReportRows {
  const info = extracted.report;
  const report: Partial<Record<ReportProperty, Primitive>> = withoutNulls({
    name: info.title,
    title: info.title,
    titleInferred: info.titleInferred ?? false,
    reportType: info.reportType ?? null,
    issuer: info.issuer,
    jurisdiction: info.jurisdiction,
    year: info.year,
    yearFrom: info.yearFrom ?? null,
    publishedAt: info.publishedAt,
    source: info.source,
    // only a URL the caller gave: it is what lets a later ingest replace this report (a file path is not one)
    sourceUrl: info.sourceUrl ?? null,
    // what the caller gave, so `kg ingest --reextract` can give it again (model.ts)
    callerMetadata: info.callerMetadata ? JSON.stringify(info.callerMetadata) : null,
    sourcePath: extra.sourcePath ?? null,
    bodyEnd: info.bodyEnd,
    contentHash: info.contentHash,
    extractorVersion: info.extractorVersion,
    ingestedAt: extra.ingestedAt ?? new Date().toISOString(),
    sections: JSON.stringify(extracted.sections),
  } satisfies Record<ReportProperty, unknown>);

  const known = new Map<string, ExtractedEntity>();
  for (const entity of extracted.entities) if (!known.has(entity.id)) known.set(entity.id, entity);

  const entities = Object.fromEntries(ENTITY_LABELS.map((l) => [l, [] as EntityRow[]])) as Record<
    EntityType,
    EntityRow[]
  >;
  const places = placesLongestFirst(
    [...known.values()]
      .filter((e) => e.type === "Jurisdiction")
      .flatMap((e) => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]),
  );
  for (const entity of known.values()) entities[entity.type]?.push(entityRow(entity, shortName(entity, places)));
  for (const label of ENTITY_LABELS) entities[label].sort(byId);

  const evidence: Partial<Record<RelationType, EvidenceRow[]>> = {};
  const seen = new Set<string>();
  const add = (type: RelationType, row: EvidenceRow) => {
    // One relationship per piece of evidence: (type, from, to, report, start) is the key (see model.ts).
    const key = `${type}\u0000${row.from}\u0000${row.to}\u0000${row.props.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    (evidence[type] ??= []).push(row);
  };
  for (const relation of extracted.relations) {
    // Both ends must be entities of this report: that is what keeps every edge's ends supported (model.ts).
    if (!known.has(relation.from) || !known.has(relation.to) || !EVIDENCE_RELATIONSHIPS.includes(relation.type))
      continue;
    const e = relation.evidence;
    add(relation.type, {
      from: relation.from,
      to: relation.to,
      props: withoutNulls({
        ...relation.properties,
        report: info.id,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        section: e.section,
        sectionKind: e.sectionKind,
      }),
    });
  }
  for (const entity of known.values()) {
    const parent = entity.parent ? known.get(entity.parent) : undefined;
    const first = entity.mentions[0];
    if (!parent || !first || parent.id === entity.id) continue;
    const type: RelationType | null =
      entity.type === "Agency" ? "PART_OF" : entity.type === "Jurisdiction" ? "WITHIN" : null;
    if (!type) continue;
    // The evidence of a parent link is the entity's first mention: the surface form that names the parent.
    if (extracted.relations.some((r) => r.type === type && r.from === entity.id && r.to === parent.id)) continue;
    add(type, {
      from: entity.id,
      to: parent.id,
      props: withoutNulls({
        report: info.id,
        sentence: first.text,
        start: first.start,
        end: first.end,
        section: first.section,
        source: "parent",
      }),
    });
  }
  let relationCount = 0;
  for (const rows of Object.values(evidence)) {
    rows.sort(byEnds);
    relationCount += rows.length;
  }

  const endpoint = (id: string | null | undefined, name: string | null, type: EntityType) =>
    id && (known.get(id)?.type ?? type) === type ? { id, name: known.get(id)?.name ?? name ?? id } : null;

  return {
    reportId: info.id,
    report,
    entities,
    issuedBy: endpoint(info.issuerId, info.issuer, "Agency"),
    covers: endpoint(info.jurisdictionId, info.jurisdiction, "Jurisdiction"),
    evidence,
    entityCount: known.size,
    relationCount,
    text: extra.text ?? null,
  };
}

function entityRow(entity: ExtractedEntity, short: string): EntityRow {
  const aliases = [...new Set(entity.aliases.filter((a) => a && a !== entity.name))];
  // by loops, not spreads and maps: a report has hundreds of entities, and these arrays were most of their cost
  const fields = entity as unknown as Record<string, unknown>;
  const props: PropertyMap = {};
  for (const key of ENTITY_PROPERTIES[entity.type]) {
    const value = key === "short" ? short : fields[key];
    if (value !== null && value !== undefined) props[key] = value as Primitive;
  }
  const spans: number[] = [];
  const sections: string[] = [];
  let anySection = false;
  for (const m of entity.mentions) {
    spans.push(m.start, m.end);
    sections.push(m.section ?? "");
    if (m.section) anySection = true;
  }
  return {
    id: entity.id,
    name: entity.name,
    props,
    aliases,
    mention: { count: entity.mentions.length, spans, sections: anySection ? sections : [], aliases },
  };
}

function withoutNulls(record: Record<string, unknown>): PropertyMap {
  const out: PropertyMap = {};
  for (const [key, value] of Object.entries(record))
    if (value !== null && value !== undefined) out[key] = value as Primitive;
  return out;
}
