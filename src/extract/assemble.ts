/**
 * Last step: the passes' mentions become canonical entities (one per id, with every mention and
 * the distinct surface forms as aliases) and the report record; jurisdictions get their parents
 * from GB/T 2260 as WITHIN relations.
 */
import type { Doc } from "./document.js";
import { sentenceAt } from "./document.js";
import { ancestors, divisionsByCode, pathName } from "./lexicon/divisions.js";
import { lawId, metricId, programId, programName, reportIdOf } from "./identity/ids.js";
import { evidenceOf } from "./passes/relation-context.js";
import type { EntityType, ExtractedEntity, ExtractedRelation, ExtractedReport, Mention } from "./types.js";
import { callerMetadataOf, contentHashOf } from "./identity/report-id.js";

class EntityTable {
  readonly byId = new Map<string, ExtractedEntity>();
  /**
   * Per entity id, the spans it was mentioned at: start * (text length + 1) + end, one number per span, where a
   * string key per mention (id, start and end) was most of what mention() cost; as a string for a text too long
   * for that number to be exact.
   */
  private readonly seenMentions = new Map<string, Set<number | string>>();
  private readonly spanBase: number;
  private readonly numericSpans: boolean;
  constructor(private readonly doc: Doc) {
    this.spanBase = doc.text.length + 1;
    this.numericSpans = this.spanBase * this.spanBase <= Number.MAX_SAFE_INTEGER;
  }

  upsert(id: string, type: EntityType, name: string, fields: Partial<ExtractedEntity> = {}): ExtractedEntity {
    let e = this.byId.get(id);
    if (!e) {
      e = { id, type, name, aliases: [], mentions: [], ...fields };
      this.byId.set(id, e);
    }
    return e;
  }

  mention(e: ExtractedEntity, start: number, end: number): void {
    let seen = this.seenMentions.get(e.id);
    if (!seen) this.seenMentions.set(e.id, (seen = new Set()));
    const span = this.numericSpans ? start * this.spanBase + end : `${start}|${end}`;
    if (seen.has(span)) return;
    seen.add(span);
    const text = this.doc.text.slice(start, end);
    const m: Mention = { text, start, end };
    const section = sentenceAt(this.doc, start)?.section;
    if (section) m.section = section;
    e.mentions.push(m);
    if (text !== e.name && !e.aliases.includes(text)) e.aliases.push(text);
  }
}

function jurisdictionEntities(doc: Doc, table: EntityTable): string[] {
  const codes = new Set<string>();
  for (const m of doc.jurisdictions) codes.add(m.code);
  if (doc.reportJurisdiction) codes.add(doc.reportJurisdiction);
  for (const a of doc.agencies) for (const r of a.refs) if (r.jurisdictionCode) codes.add(r.jurisdictionCode);
  // the whole chain up to the province, so the hierarchy is complete (湖北省 ⊃ 荆州市 ⊃ 沙市区)
  for (const code of [...codes]) for (const d of ancestors(code)) codes.add(d.code);
  for (const code of codes) {
    const d = divisionsByCode.get(code);
    if (!d) continue;
    table.upsert(`jurisdiction:${code}`, "Jurisdiction", pathName(code), {
      level: d.level,
      code,
      ...(d.parent && divisionsByCode.has(d.parent) ? { parent: `jurisdiction:${d.parent}` } : {}),
    });
  }
  for (const m of doc.jurisdictions) {
    const e = table.byId.get(`jurisdiction:${m.code}`);
    if (e) table.mention(e, m.start, m.end);
  }
  return [...codes];
}

function withinRelations(doc: Doc, table: EntityTable, codes: string[]): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const fallback = doc.sentences[0];
  for (const code of codes) {
    const e = table.byId.get(`jurisdiction:${code}`);
    if (!e?.parent || !table.byId.has(e.parent)) continue;
    const at = e.mentions[0]?.start;
    const s = (at !== undefined && sentenceAt(doc, at)) || fallback;
    if (s)
      relations.push({
        type: "WITHIN",
        from: e.id,
        to: e.parent,
        properties: { source: "GB/T 2260" },
        evidence: evidenceOf(doc, s),
      });
  }
  return relations;
}

export function assemble(doc: Doc, extractorVersion: string): ExtractedReport {
  const table = new EntityTable(doc);
  const codes = jurisdictionEntities(doc, table);
  for (const m of doc.agencies) {
    for (const r of m.refs) {
      const e = table.upsert(r.id, "Agency", r.name, {
        kind: r.kind,
        ...(r.level ? { level: r.level } : {}),
        ...(r.parentId ? { parent: r.parentId } : {}),
      });
      table.mention(e, m.start, m.end);
    }
  }
  for (const r of [...(doc.issuer ? [doc.issuer] : []), ...(doc.impliedAgencies ?? [])]) {
    if (!table.byId.has(r.id))
      table.upsert(r.id, "Agency", r.name, { kind: r.kind, ...(r.level ? { level: r.level } : {}) });
  }
  for (const l of doc.laws)
    table.mention(table.upsert(lawId(l), "Law", l.canonical, { kind: l.kind, inForce: l.inForce }), l.start, l.end);
  for (const p of doc.programs) table.mention(table.upsert(programId(p), "Program", programName(p)), p.start, p.end);
  for (const m of doc.metrics) {
    const e = table.upsert(metricId(doc, m), "Metric", `${m.label} ${m.value}${m.unit}`, {
      label: m.label,
      value: m.value,
      unit: m.unit,
      kind: m.kind,
      ...(m.qualifier ? { qualifier: m.qualifier } : {}),
    });
    table.mention(e, m.start, m.end);
  }
  const relations = [...doc.relations, ...withinRelations(doc, table, codes)].filter(
    (r) => table.byId.has(r.from) && table.byId.has(r.to),
  );
  const jurisdiction = doc.reportJurisdiction;
  return {
    report: {
      id: reportIdOf(doc),
      title: doc.header.title,
      titleInferred: doc.header.titleInferred ?? false,
      reportType: doc.header.reportType ?? null,
      issuer: doc.issuer?.name ?? null,
      issuerId: doc.issuer?.id ?? null,
      jurisdiction: jurisdiction ? pathName(jurisdiction) : null,
      jurisdictionId: jurisdiction ? `jurisdiction:${jurisdiction}` : null,
      year: doc.header.year,
      yearFrom: doc.header.yearFrom ?? null,
      publishedAt: doc.header.publishedAt,
      source: doc.header.source ?? (doc.meta.sourceUrl?.trim() || null),
      sourceUrl: doc.meta.sourceUrl?.trim() || null,
      callerMetadata: callerMetadataOf(doc.header.callerMeta ?? {}),
      bodyEnd: doc.bodyEnd,
      contentHash: doc.header.contentHash ?? contentHashOf(doc.text, doc.header.callerMeta ?? {}),
      extractorVersion,
    },
    entities: [...table.byId.values()],
    relations,
    sections: doc.sections,
  };
}
