/** Ids of extracted things as the relations and the assembled report use them. */
import type { Doc, LawMention, MetricMention, ProgramMention, SentenceSpan } from "../document.js";
import { sentenceAt, within } from "../document.js";
import { hashHex } from "../util/text.js";
import { actorOrIssuer } from "./relation-context.js";

export function lawId(law: LawMention): string {
  return `law:${law.canonical}`;
}

export function programName(p: ProgramMention): string {
  return p.name.replace(/[“”"]/g, "").trim();
}

export function programId(p: ProgramMention): string {
  return `program:${programName(p)}`;
}

/** report:<16 hex of sha1>, from the source URL when given, else from issuer + title + year. */
export function reportIdOf(doc: Doc): string {
  const basis = doc.meta.sourceUrl?.trim() || [doc.issuer?.name ?? "", doc.header.title, doc.header.year ?? ""].join("|");
  return `report:${hashHex("sha1", basis).slice(0, 16)}`;
}

export function metricId(doc: Doc, m: MetricMention): string {
  return `metric:${reportIdOf(doc).slice("report:".length)}:${m.label}:${m.value}${m.unit}`;
}

/** Each metric measures the program named before it in its sentence, else the acting agency. */
export function metricLinks(doc: Doc): { from: string; to: string; sentence: SentenceSpan }[] {
  const links: { from: string; to: string; sentence: SentenceSpan }[] = [];
  for (const m of doc.metrics) {
    const s = sentenceAt(doc, m.start);
    if (!s) continue;
    const programs = within(doc.programs, { start: s.start, end: m.start });
    const program = programs[programs.length - 1];
    if (program) {
      links.push({ from: metricId(doc, m), to: programId(program), sentence: s });
      continue;
    }
    for (const a of actorOrIssuer(doc, s, m.start)) links.push({ from: metricId(doc, m), to: a.id, sentence: s });
  }
  return links;
}
