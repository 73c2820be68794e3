/** 对照南昌市法治政府建设工作要点: an uncited title that opens with a place name after an implementing verb. */
import type { Doc, LawMention, Span } from "../../document.js";
import { readTsv } from "../../lexicon/tsv.js";
import { lawMention } from "./mention.js";
import { rule } from "./titles.js";

const BARE_TITLE_SUFFIX = new RegExp(`^[\u4e00-\u9fff0-9()]{2,24}?(?:${rule("bare_title_suffix").source})`);
const IMPLEMENT_CUES = (readTsv("relation-cues.tsv").find(([r]) => r === "IMPLEMENTS")?.[1] ?? "").split(",");

export function placeOpenedTitles(doc: Doc, taken: (s: Span) => boolean): LawMention[] {
  const out: LawMention[] = [];
  for (const j of doc.jurisdictions) {
    if (!IMPLEMENT_CUES.some((c) => c && doc.norm.startsWith(c, j.start - c.length))) continue;
    const m = BARE_TITLE_SUFFIX.exec(doc.norm.slice(j.end, j.end + 40));
    if (!m) continue;
    const span = { start: j.start, end: j.end + m[0].length };
    if (taken(span)) continue;
    out.push(lawMention(doc, span, doc.norm.slice(span.start, span.end)));
  }
  return out;
}
