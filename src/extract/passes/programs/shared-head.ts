/**
 * Programs listed before one head word they share: 千企技改、制造业数字化转型、工业绿色化发展等专项行动,
 * 绿盾和巡山清套等专项行动, 数字人民币、国家区块链创新应用等试点. Each item names one campaign or pilot (the
 * head word after 等 says of what kind), so each is a program, named with the head word (数字人民币试点) and
 * mentioned as the text gives it. Only campaign and pilot heads share this way: after 等, 工程, 改革 and 活动
 * name categories (重大水利工程, 各领域改革); a head after a field word (教育、医疗等领域开放试点) names a
 * field, and items that are places or agencies (杭州、宁波等地试点) are not programs.
 */
import type { Doc } from "../../document.js";
import { headAt, isGeneric } from "./bare.js";
import type { Candidate } from "./candidate.js";
import { isNameChar } from "./chars.js";
import { GENERIC_START, LEFT_BOUNDARY, WEAK_BOUNDARY, wordEndingAt } from "./lists.js";
import { SpanIndex } from "./spans.js";

/** the last head word of a chain that items may share */
const SHARED = new Set(["专项行动", "行动", "试点", "专项整治", "专项治理", "攻坚行动", "三年行动"]);
/** words between 等 and the head that make it a field or a place, not a kind of campaign */
const FIELD = /(领域|方面|地区|行业|产业|地方|城市|单位|部门)|[地省市县区]$/;
/** words after the head that make it part of a longer noun: 等试点城市, 等试点县 */
const LONGER = /^(城市|县|市|区|单位|企业|项目|基地|园区|地区)/;
const MAX_MODIFIER = 8;
const MAX_LIST = 60;
const JOINERS = /[和与及]/;
const PREPOSITIONS = new Set("把将对为在从它他");
/** 等 inside a word (高等教育, 平等): not the end of a list */
const WORD_DENG = new Set("高中平同均对");
/** weak verbs that are also nouns at the head of a name (创新药应用, 提升行动): not cut from the first item */
const NOUN_LIKE = new Set(["创新", "提升", "优化", "创建"]);

/** A verb ends at `i` and starts the list: a strong one anywhere (推动|数字人民币), a weak one (创新, 提升) only at the
 * edge of the clause or after another verb (深化|杭州…, not 国家区块链创新|应用). */
function verbEndsAt(norm: string, i: number): boolean {
  const w = wordEndingAt(LEFT_BOUNDARY, norm, i);
  if (!w || NOUN_LIKE.has(w)) return false;
  const before = i - w.length;
  return (
    !WEAK_BOUNDARY.has(w) || !isNameChar(norm, before - 1) || wordEndingAt(LEFT_BOUNDARY, norm, before) !== undefined
  );
}

/** The items of the list that ends at `end` (the 等): the run of name characters and 、 before it, split at 、 (or
 * at 和 when there is no 、); the first item starts after the last verb in it (持续实施|绿盾). */
function listItems(norm: string, end: number): { start: number; end: number }[] {
  let start = end;
  while (
    start > end - MAX_LIST &&
    (isNameChar(norm, start - 1) ||
      norm[start - 1] === "、" ||
      (norm[start - 1] === "等" && WORD_DENG.has(norm[start - 2])))
  )
    start--;
  const items: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || norm[i] === "、") {
      if (i > from) items.push({ start: from, end: i });
      from = i + 1;
    }
  }
  const first = items[0];
  if (first) for (let i = first.end - 1; i > first.start; i--) if (verbEndsAt(norm, i)) ((first.start = i), (i = 0));
  // 把|国家自主创新示范区股权激励, 其它|矿山: a preposition or pronoun before the first item
  if (first) while (first.start < first.end && PREPOSITIONS.has(norm[first.start])) first.start++;
  // 绿盾和巡山清套等: with no 、, the joiner separates the items
  if (items.length === 1) {
    const only = items[0];
    const at = norm.slice(only.start, only.end).search(JOINERS);
    if (at > 0 && at < only.end - only.start - 1)
      return [
        { start: only.start, end: only.start + at },
        { start: only.start + at + 1, end: only.end },
      ];
  }
  return items;
}

export function sharedHeadPrograms(doc: Doc): Candidate[] {
  const { norm, bodyEnd } = doc;
  const named = new SpanIndex([...doc.jurisdictions, ...doc.agencies]);
  const out: Candidate[] = [];
  for (let pos = norm.indexOf("等"); pos >= 0 && pos < bodyEnd; pos = norm.indexOf("等", pos + 1)) {
    if (WORD_DENG.has(norm[pos - 1])) continue;
    let at = pos + 1;
    while (at <= pos + 1 + MAX_MODIFIER && isNameChar(norm, at) && !headAt(norm, at, bodyEnd)) at++;
    const head = headAt(norm, at, bodyEnd);
    // after 等 the head ends the list whatever verb follows (等试点落户), unless a noun goes on
    if (!head || LONGER.test(norm.slice(head.end, head.end + 2))) continue;
    const modifier = norm.slice(pos + 1, head.start);
    if (!SHARED.has(head.last) || FIELD.test(modifier) || /[0-9]/.test(modifier)) continue;
    // 等提升行动: a verb between 等 and the head belongs to each name (数字素养提升行动)
    const headWords = (WEAK_BOUNDARY.has(modifier) ? modifier : "") + norm.slice(head.start, head.end);
    for (const item of listItems(norm, pos)) {
      const text = norm.slice(item.start, item.end);
      if (text.length < 2 || isGeneric(text) || GENERIC_START.some((g) => text.startsWith(g))) continue;
      if (/[0-9]/.test(text) || headAt(norm, item.end - 2, item.end) || headAt(norm, item.end - 4, item.end)) continue;
      if (named.overlapping(item.start, item.end).some((n) => n.start <= item.start && item.end <= n.end)) continue;
      out.push({ start: item.start, end: item.end, name: text + headWords, quoted: false });
    }
  }
  return out;
}
