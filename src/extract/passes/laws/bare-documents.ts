/**
 * Documents cited without 《》 after a verb of making or carrying out a document (bare-documents.tsv):
 * 出台推进汕头潮州历史文化保护和利用行动方案, 落实粤港澳大湾区发展规划纲要, 制定碳达峰碳中和实施意见和
 * 碳达峰实施方案, 贯彻落实民营经济促进法. The title runs from the verb (less the words that are not part of
 * it: 我省, 新一轮, 实施) to a document head followed by a clause break or a conjunction; a list of titles
 * splits at each head (横琴合作区条例以及放宽市场准入特别措施、鼓励类产业目录). Vague references (有关规定,
 * 各项措施) and titles with nothing but generic words before the head (整治方案, 省级若干支持措施) are not names.
 */
import type { Doc, LawMention, Span } from "../../document.js";
import { bareRegex, bareWords } from "../../lexicon/documents.js";
import { lawsByTitle } from "../../lexicon/laws.js";
import type { LawKind } from "../../types.js";
import { Trie } from "../../util/trie.js";
import { isNationalLawShape, lawMention } from "./mention.js";
import { ordinalPlanTitle } from "./five-year-plans.js";
import { ownDivisionName, reportScope, openingPlace } from "./scope.js";

const CUES = new Trie<string>();
for (const c of bareWords("cues")) CUES.add(c, c);
const LEADS = bareWords("lead").sort((a, b) => b.length - a.length);
const ADVERB_LEADS = new Set(bareWords("adverb_lead"));
/** A、B、C等三大行动计划: the items, then 等 and a count, then the head they share */
const SHARED = new RegExp(`^(.+、.+?)等?(?:[0-9一二三四五六七八九十两]+[个大项])?(${bareRegex("shared_heads")})$`);
const LIST_ITEM = /^[\u4e00-\u9fff“”"]{4,16}$/;
const OWN_PLACE = new Set(bareWords("own_place"));
const OWN_PLACE_IN_TITLE = bareWords("own_place_in_title").sort((a, b) => b.length - a.length);
const HEAD = new RegExp(`(?:${bareRegex("heads")})$`);
const PLACE_HEAD = new RegExp(`(?:${bareRegex("place_heads")})$`);
const VAGUE = new RegExp(bareRegex("vague"));
const GENERIC = new RegExp(
  bareWords("generic")
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);
/** a clause ends at these; a title never crosses them */
const CLAUSE_BREAK = /[,;:。!?\n]/;
const MAX_CLAUSE = 60;
const MAX_TITLE = 40;

interface Candidate extends Span {
  title: string;
  dropped: string;
}

/** the last characters of every head (a cheap test before the regexes) */
const HEAD_LAST = new Set("案划要则例定法典见施单录准");
const JOINS = ["以及", "及", "和", "与", "、"];

function joinAt(norm: string, i: number): number {
  for (const j of JOINS) if (norm.startsWith(j, i)) return j.length;
  return 0;
}

/** Splits the clause after a verb into titles, each ending at a head followed by a break or a conjunction. */
function titlesIn(norm: string, from: number, to: number, clauseEnds: boolean): Candidate[] {
  const out: Candidate[] = [];
  let start = from;
  for (let end = from + 2; end <= to; end++) {
    if (!HEAD_LAST.has(norm[end - 1])) continue;
    const join = end < to ? joinAt(norm, end) : 0;
    if (end < to ? !join : !clauseEnds) continue;
    const raw = norm.slice(start, end);
    if (!HEAD.test(raw) && !PLACE_HEAD.test(raw) && !/法(典)?$/.test(raw)) continue;
    out.push(trimLead(norm, start, end));
    start = end + join;
    end = start + 1;
  }
  return out;
}

function trimLead(norm: string, start: number, end: number): Candidate {
  let dropped = "";
  for (let again = true; again;) {
    again = false;
    for (const lead of LEADS) {
      if (norm.startsWith(lead, start) && end - start > lead.length + 2) {
        // 加快, 进一步 open the title (加快打造…方案) unless a verb follows them (加快制定…)
        if (ADVERB_LEADS.has(lead) && !CUES.longestAt(norm, start + lead.length, end)) continue;
        if (OWN_PLACE.has(lead)) dropped = lead;
        start += lead.length;
        again = true;
        break;
      }
    }
  }
  return { start, end, title: norm.slice(start, end), dropped };
}

function isName(c: Candidate, hasPlace: boolean): boolean {
  const { title } = c;
  if (title.length < 4 || title.length > MAX_TITLE || VAGUE.test(title)) return false;
  if (/法(典)?$/.test(title) && !HEAD.test(title)) return isNationalLawShape(title) && !lawsByTitle.has(title);
  if (!HEAD.test(title) && !(hasPlace && PLACE_HEAD.test(title))) return false;
  const head = HEAD.exec(title)?.[0] ?? PLACE_HEAD.exec(title)?.[0] ?? "";
  // X的实施方案 names a document only when X is a name itself (放宽市场准入特别措施的意见), not a phrase (一体推进的)
  const of = /^(.*)的(?:[^的]{0,4})$/.exec(title);
  if (of && !title.startsWith("关于") && of[1].length < 6) return false;
  // 制定调整收入分配格局的政策措施 describes measures, 系列政策措施 and 一揽子政策措施 are packages of several
  // documents; a named one has neither (稳就业20条政策措施)
  if (/(的|系列|一揽子).*政策措施$/.test(title) && !title.startsWith("关于")) return false;
  const words = title
    .slice(0, title.length - head.length)
    .replace(/[0-9.]+版/, "")
    .replace(/第?[0-9一二三四五六七八九十百]+(项|条|个|批|大)/g, "")
    .replace(/["“]?十[一二三四五]五["”]?/g, "");
  // 转型方案, 整治方案: two characters before the head are a kind of plan, not its name
  return words.length >= 3 && words.replace(GENERIC, "").replace(/[“”"、]/g, "").length >= 2;
}

/** 全省历史文化保护传承体系规划 -> 广东省历史文化保护传承体系规划; 我省减轻企业负担十项措施 likewise. */
function scopedTitle(doc: Doc, c: Candidate): string {
  if (c.dropped) {
    const name = ownDivisionName(doc, c.dropped);
    return name ? name + c.title : c.title;
  }
  for (const own of OWN_PLACE_IN_TITLE) {
    if (!c.title.startsWith(own)) continue;
    const name = ownDivisionName(doc, own);
    return name ? name + c.title.slice(own.length) : c.title;
  }
  return c.title;
}

function kindOfBare(doc: Doc, c: Candidate, title: string, hasPlace: boolean): LawKind | undefined {
  if (!/条例$/.test(title) || lawsByTitle.has(title)) return undefined;
  // a regulation that is not national, cited in a local report, is a local regulation of that place
  return hasPlace || (!reportScope(doc).national && title !== c.title) ? "local_regulation" : undefined;
}

export function bareDocuments(doc: Doc, taken: (s: Span) => boolean): LawMention[] {
  const { norm, bodyEnd } = doc;
  const out: LawMention[] = [];
  for (let i = 0; i < bodyEnd; i++) {
    const cue = CUES.longestAt(norm, i, bodyEnd);
    if (!cue) continue;
    let to = cue.end;
    while (to < bodyEnd && to - cue.end < MAX_CLAUSE && !CLAUSE_BREAK.test(norm[to]) && norm[to] !== "《") to++;
    const clauseEnds = to >= bodyEnd || CLAUSE_BREAK.test(norm[to]);
    {
      for (const c of titlesIn(norm, cue.end, to, clauseEnds).flatMap(sharedHead).map(afterList)) {
        const m = bareMention(doc, c, taken);
        if (m) out.push(m);
      }
    }
    i = Math.max(i, to - 1);
  }
  return out;
}

function bareMention(doc: Doc, c: Candidate, taken: (s: Span) => boolean): LawMention | undefined {
  const hasPlace = !!openingPlace(doc, c.start);
  if (taken(c) || !isName(c, hasPlace)) return undefined;
  const title = hasPlace ? c.title : localTitle(doc, c);
  return lawMention(doc, c, title, {
    canonical: title === c.title ? undefined : title,
    kind: kindOfBare(doc, c, title, hasPlace),
  });
}

/**
 * 制定汽车、家电等消费品以旧换新实施细则 -> 消费品以旧换新实施细则: the fields listed before 等 say what the one
 * document covers; its title is what follows 等 (when that is more than a shared head, which sharedHead splits).
 */
function afterList(c: Candidate): Candidate {
  const at = c.title.lastIndexOf("等");
  if (at < 1 || /[中平高初同对]/.test(c.title[at - 1])) return c;
  const tail = c.title.slice(at + 1);
  // 硅光、6G等领域…方案, 新材料等重点产业…方案: the list names fields, and what follows is a kind of document
  if (!c.title.slice(0, at).includes("、") || tail.length < 6 || /^(领域|方面|行业|地区|产业|重点)/.test(tail))
    return c;
  return { start: c.start + at + 1, end: c.end, title: tail, dropped: "" };
}

/** verbs that follow a document named as the subject of its clause: …三年行动计划深入实施, …规划正式签署 */
const SUBJECT_VERB = new RegExp(`^(?:${bareRegex("subject_verbs")})`);
/** flags by code unit (a table: the scan looks at every character): 1 ends a head, 2 starts a subject verb */
const FLAGS = new Uint8Array(0x10000);
for (const c of HEAD_LAST) FLAGS[c.charCodeAt(0)] |= 1;
for (const v of bareRegex("subject_verbs").split("|")) FLAGS[v.charCodeAt(0)] |= 2;
/** where a clause starts and ends, by code unit (the scan looks at every character): a title never crosses them */
const BREAK_CODES = new Set([..."，,;；:：。!！?？\n"].map((c) => c.charCodeAt(0)));

/**
 * Documents named as the subject of their clause, with no verb before them: 农产品加工业高质量发展三年行动计划深入实施,
 * 黑瞎子岛中俄联合保护开发规划正式签署. The title runs from the clause start to a head right before one of the
 * subject verbs; a clause holding a verb of the cues before that is left to bareDocuments.
 */
export function subjectDocuments(doc: Doc, taken: (s: Span) => boolean): LawMention[] {
  const { norm, bodyEnd } = doc;
  const out: LawMention[] = [];
  let lastStart = -1;
  for (let end = 4; end < bodyEnd; end++) {
    // one look at two characters first: a head's last character, then a subject verb's first
    if (!(FLAGS[norm.charCodeAt(end)] & 2) || !(FLAGS[norm.charCodeAt(end - 1)] & 1)) continue;
    if (!SUBJECT_VERB.test(norm.slice(end, end + 6))) continue;
    let start = end - 1;
    while (start > 0 && end - start < MAX_TITLE && !BREAK_CODES.has(norm.charCodeAt(start - 1))) start--;
    // the clause must start within reach, and a title is taken once per clause
    if (start <= lastStart || (start > 0 && !BREAK_CODES.has(norm.charCodeAt(start - 1)))) continue;
    if (norm.lastIndexOf("《", end) >= start) continue;
    while (start < end && /\s/.test(norm[start])) start++;
    const raw = norm.slice(start, end);
    if (raw.length < 4 || !HEAD.test(raw) || [...raw].some((_, k) => CUES.longestAt(raw, k))) continue;
    lastStart = start;
    const m = bareMention(doc, trimLead(norm, start, end), taken);
    if (m) out.push(m);
  }
  return out;
}

/**
 * 稳岗扩容提质、产业就业协同联动等行动计划 -> 稳岗扩容提质行动计划, 产业就业协同联动行动计划: a list that shares
 * one head names one document per item (each item its own span); a list whose items are not all title-like
 * (广州、深圳…五大都市圈发展规划, short place names) stays one candidate.
 */
function sharedHead(c: Candidate): Candidate[] {
  const m = c.title.includes("、") ? SHARED.exec(c.title) : null;
  if (!m) return [c];
  const items = m[1].split("、");
  if (!items.every((x) => LIST_ITEM.test(x) && !VAGUE.test(x))) return [c];
  const out: Candidate[] = [];
  let at = c.start;
  for (const item of items) {
    out.push({ start: at, end: at + item.length, title: item + m[2], dropped: c.dropped });
    at += item.length + 1;
  }
  return out;
}

/** the title scoped to the report's place when its words say so, or when it is a non-national 条例 */
function localTitle(doc: Doc, c: Candidate): string {
  const plan = ordinalPlanTitle(doc, c.title);
  if (plan) return plan;
  const scoped = scopedTitle(doc, c);
  if (scoped !== c.title) return scoped;
  const scope = reportScope(doc);
  if (/条例$/.test(c.title) && !lawsByTitle.has(c.title) && !scope.national && scope.name) return scope.name + c.title;
  return c.title;
}
