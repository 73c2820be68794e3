/**
 * National laws and regulations cited without 《》 (行政诉讼法), found with the lexicon's trie. A citation
 * counts only at a word boundary: 公司法 is not in 公司法人治理结构, 安全生产法 not in 安全生产法律法规,
 * 会计法 not in 会计法律咨询. A regulation title with a place in front (广东省优化营商环境条例) is that
 * place's regulation, never the national one of the same short title.
 */
import type { Doc, LawMention, Span } from "../../document.js";
import { divisionsByCode } from "../../lexicon/divisions.js";
import { bareLawTitles } from "../../lexicon/laws.js";
import { bareWords } from "../../lexicon/documents.js";
import { isCjkAt } from "../../util/text.js";
import { lawMention } from "./mention.js";
import { ownDivisionName, reportScope } from "./scope.js";

const OWN_PLACE = bareWords("own_place_in_title").sort((a, b) => b.length - a.length);
const CUES = bareWords("cues");
/** a provincial government revises or makes its own regulation, never the State Council's */
const MAKING = /(修订|修改|制定|出台|起草)$/;

/** 出台自治区优化营商环境条例: a place word of the report's own right before the title, after a verb or a break */
function ownPlaceBefore(doc: Doc, start: number): { word: string; start: number } | undefined {
  for (const word of OWN_PLACE) {
    const at = start - word.length;
    if (at < 0 || !doc.norm.startsWith(word, at)) continue;
    if (isCjkAt(doc.norm, at - 1) && !CUES.some((c) => doc.norm.startsWith(c, at - c.length))) continue;
    return { word, start: at };
  }
  return undefined;
}

/** characters that, right after …法 or …条例, make it part of a longer word (法律, 法人, 法学, 法院, 法治, 法制) */
const CONTINUES_WORD = new Set("律人学理院庭官治制务系");

export function atWordEnd(norm: string, end: number): boolean {
  const next = norm[end];
  if (next === undefined) return true;
  if (CONTINUES_WORD.has(next)) return false;
  // 法规 (regulations) continues the word, 法规定 (the law provides) does not
  if (next === "规" && norm[end + 1] !== "定") return false;
  return true;
}

export function bareNationalLaws(doc: Doc, taken: (s: Span) => boolean): LawMention[] {
  const { norm, bodyEnd } = doc;
  const out: LawMention[] = [];
  const placeEnding = new Map(doc.jurisdictions.map((j) => [j.end, j]));
  for (const hit of bareLawTitles.scan(norm, 0, bodyEnd)) {
    if (taken(hit) || !atWordEnd(norm, hit.end)) continue;
    const place = placeEnding.get(hit.start);
    const division = place && divisionsByCode.get(place.code);
    if (place && division && (division.level === "provincial" || division.level === "city")) {
      // 广东省优化营商环境条例: the province's own regulation of that name
      const title = `${division.name}${norm.slice(hit.start, hit.end)}`;
      const span = { start: place.start, end: hit.end };
      out.push(lawMention(doc, span, title, { kind: /条例$/.test(title) ? "local_regulation" : undefined }));
      continue;
    }
    const own = hit.value.kind === "administrative_regulation" ? ownPlaceBefore(doc, hit.start) : undefined;
    const ownName = own && ownDivisionName(doc, own.word);
    const scope = reportScope(doc);
    if (own && ownName) {
      const span = { start: own.start, end: hit.end };
      out.push(lawMention(doc, span, ownName + norm.slice(hit.start, hit.end), { kind: "local_regulation" }));
      continue;
    }
    if (
      hit.value.kind === "administrative_regulation" &&
      !scope.national &&
      scope.name &&
      MAKING.test(norm.slice(hit.start - 4, hit.start))
    ) {
      out.push(lawMention(doc, hit, scope.name + norm.slice(hit.start, hit.end), { kind: "local_regulation" }));
      continue;
    }
    out.push(lawMention(doc, hit, hit.value.title));
  }
  return out;
}
