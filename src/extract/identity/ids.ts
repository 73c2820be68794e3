/**
 * The ids of extracted things, the one place they are made: deterministic, so the same thing in two reports is one
 * node and re-ingest is idempotent.
 */
import type { Doc, LawMention, MetricMention, ProgramMention } from "../document.js";
import { reportIdOfText } from "./report-id.js";

/** `agency:南昌市南昌县人民政府`: the canonical name (canonical.ts) says which body. */
export function agencyId(name: string): string {
  return `agency:${name}`;
}

/** `law:330000:关于…的意见` for a scoped document, `law:中华人民共和国行政诉讼法` for one whose title says whose it is. */
export function lawId(law: LawMention): string {
  return law.scope ? `law:${law.scope}:${law.canonical}` : `law:${law.canonical}`;
}

export function programName(p: ProgramMention): string {
  return p.name.replace(/[“”"]/g, "").trim();
}

/** `program:440000:百千万工程` for a jurisdiction's own program, `program:河长制` for a national one. */
export function programId(p: ProgramMention): string {
  return p.scope ? `program:${p.scope}:${programName(p)}` : `program:${programName(p)}`;
}

/** The report's id: the hash of its normalized text (src/extract/identity/report-id.ts), computed once by pass 3. */
export function reportIdOf(doc: Doc): string {
  return doc.header.reportId ?? reportIdOfText(doc.text);
}

export function metricId(doc: Doc, m: MetricMention): string {
  return `metric:${reportIdOf(doc).slice("report:".length)}:${m.kind}:${m.label}:${m.value}${m.unit}`;
}
