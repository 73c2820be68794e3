/**
 * Place names in a stretch of text, shared by pass 7 (the report's places), pass 3 (the place in a title or issuer
 * line), pass 8 (the place before an agency) and identity/report-issuer.ts. Ambiguous names (鼓楼区, 城关镇) are
 * resolved towards the report's jurisdiction or the name just before them (荆州市沙市区).
 */
import type { JurisdictionMention, Span } from "../document.js";
import { ancestors, isWithin, type Division } from "../lexicon/divisions.js";
import { jurisdictionNames, nameContext, placeCollisions, type NameCandidate } from "../lexicon/jurisdiction-names.js";
import { listedPlaces } from "./listed-places.js";
import { foldText } from "../util/fold.js";
import { readWordList } from "../lexicon/tsv.js";

interface ResolveContext {
  report?: string;
  previous?: JurisdictionMention;
}

function allowed(c: NameCandidate, ctx: ResolveContext, adjacentTo?: string): boolean {
  if (c.division.level === "township") {
    // township names repeat everywhere (城关镇): only inside the named or the report's county, or, in a
    // report of a province or city, inside it (resolve keeps the name only when one township there has it)
    const anchor = adjacentTo ?? ctx.report;
    const county = anchor && ancestors(anchor).find((d) => d.level === "county");
    if (county) return isWithin(c.division.code, county.code);
    return !!ctx.report && isWithin(c.division.code, ctx.report);
  }
  if (c.form === "short" && c.division.level === "city") {
    const province = ctx.report && ancestors(ctx.report)[0];
    // right after another place only when it lies inside it (荆州沙市区), not beside it (肇庆宁德时代, a company)
    return (
      (!!province && isWithin(c.division.code, province.code)) ||
      (!!adjacentTo && isWithin(c.division.code, adjacentTo))
    );
  }
  return true;
}

/** District names that are also common terms (解放区, 和平区): only right after their city. */
const WORD_LIKE = new Set(readWordList("word-like-divisions.txt"));

function resolve(candidates: NameCandidate[], ctx: ResolveContext, hit: Span, text: string): Division | undefined {
  if (WORD_LIKE.has(text)) {
    const parent = ctx.previous && ctx.previous.end === hit.start ? ctx.previous.code : undefined;
    const inside = parent ? candidates.filter((c) => c.division.parent === parent) : [];
    return inside.length === 1 ? inside[0].division : undefined;
  }
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only && only.form === "full" && only.division.level !== "township") return only.division;
  const adjacentTo = ctx.previous && ctx.previous.end === hit.start ? ctx.previous.code : undefined;
  const ok = candidates.filter((c) => allowed(c, ctx, adjacentTo));
  if (!ok.length) return undefined;
  if (adjacentTo) {
    const inside = ok.filter((c) => isWithin(c.division.code, adjacentTo) && c.division.code !== adjacentTo);
    if (inside.length === 1) return inside[0].division;
  }
  if (ok.length === 1) return ok[0].division;
  if (ctx.report) {
    for (const anchor of [...ancestors(ctx.report)].reverse()) {
      const inside = ok.filter((c) => isWithin(c.division.code, anchor.code) || isWithin(anchor.code, c.division.code));
      if (inside.length === 1) return inside[0].division;
    }
  }
  return undefined;
}

/** what holds for every place name (the row named * of jurisdiction-context.tsv) */
const EVERY_PLACE = nameContext.get("*");

/** A name read across a word boundary (隆重庆祝) or followed by the rest of a proper noun (中国特色). */
function notAPlaceHere(norm: string, hit: Span, candidates: NameCandidate[], collision: Span | undefined): boolean {
  if (collision && collision.start <= hit.start && hit.end <= collision.end) return true;
  // a place right before a zone type is the first word of the zone's name (海南自贸港); a country's is a free
  // trade agreement (中国与冰岛、瑞士自贸区), which names the country
  if (
    EVERY_PLACE?.notBefore.some((w) => norm.startsWith(w, hit.end)) &&
    !candidates.some((c) => c.division.level === "national")
  )
    return true;
  const rule = nameContext.get(norm.slice(hit.start, hit.end));
  if (!rule) return false;
  if (rule.notBefore.some((w) => norm.startsWith(w, hit.end))) return true;
  return !!rule.onlyBefore && !rule.onlyBefore.has(norm[hit.end] ?? "。");
}

export function scanJurisdictions(norm: string, from: number, to: number, report?: string): JurisdictionMention[] {
  const mentions: JurisdictionMention[] = [];
  const collisions = placeCollisions.scan(norm, from, to);
  let c = 0;
  for (let hit of jurisdictionNames.scan(norm, from, to)) {
    // 佛山市场主体, 集安市场: the 市 begins 市场 (market); what is left may still be a name (佛山)
    if (norm[hit.end - 1] === "市" && norm[hit.end] === "场") {
      const shorter = jurisdictionNames.longestAt(norm, hit.start, hit.end - 1);
      if (!shorter) continue;
      hit = shorter;
    }
    while (c < collisions.length && collisions[c].end <= hit.start) c++;
    if (notAPlaceHere(norm, hit, hit.value, collisions[c])) continue;
    const ctx: ResolveContext = { report, previous: mentions[mentions.length - 1] };
    const d = resolve(hit.value, ctx, hit, norm.slice(hit.start, hit.end));
    if (d) mentions.push({ start: hit.start, end: hit.end, text: norm.slice(hit.start, hit.end), code: d.code });
  }
  return listedPlaces(norm, from, to, mentions, report);
}

/** The deepest division named in a short text such as a title ("荆州市沙市区人民政府关于…"). */
export function jurisdictionOfText(text: string): string | undefined {
  const norm = foldText(text);
  let found: string | undefined;
  for (const m of scanJurisdictions(norm, 0, norm.length)) {
    if (!found || isWithin(m.code, found)) found = m.code;
  }
  return found;
}
