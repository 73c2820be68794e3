/** Ids of extracted things as the relations and the assembled report use them. */
import type { Doc, LawMention, MetricMention, ProgramMention } from "../document.js";
import { reportIdOfText } from "../identity/report-id.js";

export function lawId(law: LawMention): string {
  return `law:${law.canonical}`;
}

export function programName(p: ProgramMention): string {
  return p.name.replace(/[“”"]/g, "").trim();
}

export function programId(p: ProgramMention): string {
  return `program:${programName(p)}`;
}

/** The report's id: the hash of its normalized text (src/extract/identity/report-id.ts), computed once by pass 3. */
export function reportIdOf(doc: Doc): string {
  return doc.header.reportId ?? reportIdOfText(doc.text);
}

export function metricId(doc: Doc, m: MetricMention): string {
  return `metric:${reportIdOf(doc).slice("report:".length)}:${m.kind}:${m.label}:${m.value}${m.unit}`;
}
