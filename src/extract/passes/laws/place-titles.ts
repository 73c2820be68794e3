/** 对照南昌市法治政府建设工作要点: an uncited title that opens with a place name after an implementing verb. */
import type { Doc, LawMention, Span } from "../../document.js";
import { readTsv } from "../../lexicon/tsv.js";
import { lawMention } from "./mention.js";
import { rule } from "./titles.js";
import { openingPlace } from "./scope.js";

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

/** a place's regulation: the place, then its words up to 条例, then a break or a list mark */
const PLACE_REGULATION = /^[\u4e00-\u9fff]{2,16}?条例(?=[、,;。和及与等]|$)/;
const NEXT_REGULATION = /^、([\u4e00-\u9fff]{2,16}?条例)(?=[、,;。和及与等]|$)/;

/**
 * 推动广西民营经济促进条例、行政执法监督条例等地方立法: a 条例 whose title opens with a province or city (its
 * short name too: 广西, 内蒙古) is that place's regulation, whatever verb comes before; the 条例 listed right
 * after it, with no place of their own, are the same place's. Source: local regulations are titled with the
 * name of the congress's place (立法法 art. 81), and reports cite them with the short name.
 */
export function placeRegulations(doc: Doc, taken: (s: Span) => boolean): LawMention[] {
  const out: LawMention[] = [];
  for (const j of doc.jurisdictions) {
    const place = openingPlace(doc, j.start);
    if (!place || place.end !== j.end) continue;
    const m = PLACE_REGULATION.exec(doc.norm.slice(j.end, j.end + 20));
    if (!m) continue;
    const span = { start: j.start, end: j.end + m[0].length };
    if (taken(span)) continue;
    const placeText = doc.norm.slice(j.start, j.end);
    out.push(lawMention(doc, span, placeText + m[0], { kind: "local_regulation" }));
    for (
      let at = span.end, n = NEXT_REGULATION.exec(doc.norm.slice(at, at + 20));
      n;
      n = NEXT_REGULATION.exec(doc.norm.slice(at, at + 20))
    ) {
      const item = { start: at + 1, end: at + n[0].length };
      if (taken(item)) break;
      out.push(lawMention(doc, item, n[1], { canonical: placeText + n[1], kind: "local_regulation" }));
      at = item.end;
    }
  }
  return out;
}
