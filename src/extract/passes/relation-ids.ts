/** Ids of extracted things as the relations and the assembled report use them. */
import type { Doc, LawMention, MetricMention, ProgramMention } from "../document.js";
import { hashHex } from "../util/text.js";

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
  return `metric:${reportIdOf(doc).slice("report:".length)}:${m.kind}:${m.label}:${m.value}${m.unit}`;
}
