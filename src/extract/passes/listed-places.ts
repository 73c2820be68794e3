/**
 * Helper of pass 7: places named by their stem (珲春 for 珲春市, 连南 for 连南瑶族自治县, 中山 for 中山市). A stem
 * alone is too often an ordinary word or part of another name (集安, 光明, 中山路), so it counts only
 * - right after the place it lies in, followed by a break (云南鲁甸、景谷等地; 金华(义乌)), or
 * - as an item of a 、-list of at least three places, or of two when the other is named in full or anchored
 *   as above (推进珲春、集安、延吉; 深圳、珠海、中山), or of two county stems with a county word later in the
 *   clause (错那、米林撤县设市),
 * - before a disaster named after it (定日6.8级地震), or joined by 和/与/- to a place of its level (拉萨-山南),
 * and resolves within the report's province (for a national report: the province of the list's other items).
 */
import type { JurisdictionMention } from "../document.js";
import { ancestors, divisionsByCode, isWithin, type Division } from "../lexicon/divisions.js";
import { listOnlyNames } from "../lexicon/jurisdiction-names.js";
import { countyWordAfter, eventAfter, pairedWith, PAIR_JOINERS } from "./stem-cues.js";

interface Item extends JurisdictionMention {
  /** the divisions a stem may name; absent for names found by the main scan */
  stem?: Division[];
}

/** What may follow a stem anchored to its parent: a break, not more of a name (杭州西湖景区). */
const BREAK_AFTER_ANCHORED = new Set("、,;。等和及与)");

function unique(candidates: Division[], scope: string | undefined, city?: string): Division | undefined {
  if (!scope) return undefined;
  const inScope = candidates.filter((d) => isWithin(d.code, scope));
  if (inScope.length <= 1) return inScope[0];
  const inCity = city ? inScope.filter((d) => isWithin(d.code, city)) : [];
  return inCity.length === 1 ? inCity[0] : undefined;
}

/** The stem's one division (in the report's province, when there is one): a place hit by a disaster. */
function onlyOne(candidates: Division[], province: string | undefined): Division | undefined {
  const fit = province ? candidates.filter((d) => isWithin(d.code, province)) : candidates;
  return fit.length === 1 ? fit[0] : undefined;
}

/** A place named in full (not another stem) joined to the stem by 和/与/及/- on either side. */
function partnerOf(
  norm: string,
  x: Item,
  byStart: Map<number, Item>,
  byEnd: Map<number, Item>,
): JurisdictionMention | undefined {
  const before = PAIR_JOINERS.has(norm[x.start - 1]) ? byEnd.get(x.start - 1) : undefined;
  if (before && !before.stem) return before;
  const after = PAIR_JOINERS.has(norm[x.end]) ? byStart.get(x.end + 1) : undefined;
  return after && !after.stem ? after : undefined;
}

function provinceOf(code: string): string | undefined {
  const top = ancestors(code)[0];
  return top?.level === "provincial" ? top.code : undefined;
}

function anchored(norm: string, item: Item, before: JurisdictionMention | undefined): Division | undefined {
  if (!before || ("stem" in before && before.stem) || !item.stem) return undefined;
  const inParens = norm[before.end] === "(" && item.start === before.end + 1 && norm[item.end] === ")";
  if (!inParens && (item.start !== before.end || !BREAK_AFTER_ANCHORED.has(norm[item.end] ?? "。"))) return undefined;
  const inside = item.stem.filter((d) => isWithin(d.code, before.code));
  return inside.length === 1 ? inside[0] : undefined;
}

export function listedPlaces(
  norm: string,
  from: number,
  to: number,
  mentions: JurisdictionMention[],
  report?: string,
): JurisdictionMention[] {
  const byEnd = new Map<number, Item>();
  for (const x of mentions) byEnd.set(x.end, x);
  // a stem can only count next to 、 or right after a place; the rest are dropped before any list work
  const stems: Item[] = [];
  let m = 0;
  for (const hit of listOnlyNames.scan(norm, from, to)) {
    while (m < mentions.length && mentions[m].end <= hit.start) m++;
    if (m < mentions.length && mentions[m].start < hit.end) continue; // inside or across a full name
    const near =
      norm[hit.end] === "、" ||
      norm[hit.start - 1] === "、" ||
      byEnd.has(hit.start) ||
      byEnd.has(hit.start - 1) ||
      PAIR_JOINERS.has(norm[hit.end]) ||
      eventAfter(norm, hit.end);
    if (near)
      stems.push({ start: hit.start, end: hit.end, text: norm.slice(hit.start, hit.end), code: "", stem: hit.value });
  }
  if (!stems.length) return mentions;
  const byStart = new Map<number, Item>();
  for (const x of mentions) byStart.set(x.start, x);
  for (const x of stems) {
    const d = anchored(norm, x, byEnd.get(x.start) ?? (norm[x.start - 1] === "(" ? byEnd.get(x.start - 1) : undefined));
    if (d) ((x.code = d.code), (x.stem = undefined)); // anchored: a plain item from now on (云南鲁甸)
    byStart.set(x.start, x);
    byEnd.set(x.end, x);
  }
  const reportProvince = report ? provinceOf(report) : undefined;
  for (const x of stems) {
    if (!x.stem) continue;
    const d = eventAfter(norm, x.end)
      ? onlyOne(x.stem, reportProvince)
      : pairedWith(x.stem, partnerOf(norm, x, byStart, byEnd), reportProvince);
    if (d) ((x.code = d.code), (x.stem = undefined));
  }
  const reportCity = report ? ancestors(report)[1]?.code : undefined;
  const accepted: JurisdictionMention[] = [];
  const seen = new Set<Item>();
  for (const x of stems) {
    if (seen.has(x)) continue;
    if (!x.stem) {
      accepted.push({ start: x.start, end: x.end, text: x.text, code: x.code });
      seen.add(x);
    }
    // the 、-chain through x
    let first = x;
    for (
      let p = norm[first.start - 1] === "、" ? byEnd.get(first.start - 1) : undefined;
      p;
      p = norm[p.start - 1] === "、" ? byEnd.get(p.start - 1) : undefined
    )
      first = p;
    const chain: Item[] = [first];
    for (
      let n = norm[first.end] === "、" ? byStart.get(first.end + 1) : undefined;
      n;
      n = norm[n.end] === "、" ? byStart.get(n.end + 1) : undefined
    )
      chain.push(n);
    const named = chain.filter((i) => !i.stem);
    const scope = reportProvince ?? (named.length ? provinceOf(named[0].code) : undefined);
    // only stems that name a unit in scope count as items (太湖、钟山、云龙湖 in a 江苏 report is one item)
    const resolved: JurisdictionMention[] = [];
    for (const i of chain) {
      if (!i.stem || seen.has(i)) continue;
      seen.add(i);
      const d = unique(i.stem, scope, reportProvince ? reportCity : undefined);
      if (d) resolved.push({ start: i.start, end: i.end, text: i.text, code: d.code });
    }
    const items = named.length + resolved.length;
    const countyPair =
      chain.length === 2 &&
      resolved.length === 2 &&
      resolved.every((r) => divisionsByCode.get(r.code)?.level === "county") &&
      countyWordAfter(norm, chain[1].end);
    if (items >= 3 || (items === 2 && named.length > 0) || countyPair) accepted.push(...resolved);
  }
  if (!accepted.length) return mentions;
  return [...mentions, ...accepted].sort((a, b) => a.start - b.start);
}
