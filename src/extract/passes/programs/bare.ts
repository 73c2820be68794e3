/**
 * Programs named without quotes: a head word (…行动, …改革, …试点, …运动会, …示范区, see
 * program-cues.tsv) and the specific modifier before it. The left edge is the nearest verb or adverb
 * (继续开展|打击非法行医行动), punctuation, an agency, the previous name or the length cap. When what is
 * left is a fragment (深化|提升行动) the next edge further left is tried, so a name keeps a verb it holds
 * (国有企业改革攻坚深化提升行动). Generic phrases (机构改革, 社会保障制度), construction works
 * (建设…水资源配置工程) and counts (2场活动) are not programs.
 */
import type { Doc, Span } from "../../document.js";
import type { Candidate } from "./candidate.js";
import { countPrefix, isNameChar } from "./chars.js";
import { SpanIndex } from "./spans.js";
import { isDigit } from "../../util/text.js";
import {
  ABBREVIATED_EVENTS,
  CONSTRUCTION_INSIDE,
  CONSTRUCTION_VERBS,
  DESIGNATION_BOUNDARY,
  CONSTRUCTION_WORDS,
  DESIGNATION_SCHEME_VERBS,
  DESIGNATION_START,
  FOLLOW_OK,
  GENERIC_CORE,
  GENERIC_START,
  HEAD_CUES,
  HELD_EVENTS,
  HELD_EVENT_START,
  HELD_EVENT_VERBS,
  LEFT_BOUNDARY,
  WEAK_BOUNDARY,
  type CueKind,
  wordEndingAt,
} from "./lists.js";

const MAX_BARE = 24;
/** event words that are whole names with only an ordinal or a place before them */
const WHOLE_EVENTS = new Set([
  "亚运会",
  "亚冬会",
  "全运会",
  "冬奥会",
  "奥运会",
  "残奥会",
  "冬残奥会",
  "残运会",
  "亚残运会",
  "省运会",
  "省残运会",
  "军运会",
  "大运会",
  "学青会",
  "青运会",
  "民运会",
  "进博会",
  "广交会",
]);
const CITY_TITLES = /(城市|模范城|县|省|市|村镇)$/;
const CONJUNCTIONS = new Set("和与及或并");
const DESIGNATION_VERBS = [...DESIGNATION_BOUNDARY];
/** scope words before a name: 全省|全域无隐性债务试点 (but 全市场注册制改革 keeps its 全市场) */
const SCOPE = /^(全省|全市(?!场)|全区|全县|我省|我市|我区|我县)/;
/** a name left at the edge of the clause never starts with a preposition: 为|全面深化改革 */
const PREPOSITIONS = new Set("为在把将以从向由被让使给于到");
/** a bare …活动 is a named campaign only as the object of these: 开展集体向宪法宣誓活动 */
const ACTIVITY_VERBS = new Set(["开展", "深入开展", "广泛开展", "组织开展", "举办"]);

/** The modifier is made only of generic words: 农村综合改革, 重点领域改革. */
export function isGeneric(core: string): boolean {
  let rest = core;
  for (let cut = true; cut && rest;) {
    cut = false;
    for (let n = Math.min(6, rest.length); n >= 2; n--) {
      if (GENERIC_CORE.has(rest.slice(rest.length - n))) {
        rest = rest.slice(0, rest.length - n);
        cut = true;
        break;
      }
    }
  }
  return rest.length < 2 && rest !== core;
}

function startsWithBoundary(core: string): boolean {
  for (let n = 2; n <= 4 && n <= core.length; n++) if (LEFT_BOUNDARY.has(core.slice(0, n))) return true;
  return false;
}

export interface Head {
  start: number;
  end: number;
  kind: CueKind;
  last: string;
  words: number;
}

/** The chain of head words starting at `pos` (制度+改革+试点), or undefined. */
export function headAt(norm: string, pos: number, limit: number): Head | undefined {
  const first = HEAD_CUES.longestAt(norm, pos, limit);
  if (!first) return undefined;
  const head: Head = { start: pos, end: first.end, kind: first.value, last: norm.slice(pos, first.end), words: 1 };
  for (let next = HEAD_CUES.longestAt(norm, head.end, limit); next; next = HEAD_CUES.longestAt(norm, head.end, limit)) {
    head.last = norm.slice(head.end, next.end);
    head.end = next.end;
    head.kind = next.value;
    head.words++;
  }
  return head;
}

/** The sentence goes on after the head word (…行动任务, …改革取得), rather than the word going on (制度建设者). */
export function endsWord(norm: string, end: number, head: Head): boolean {
  if (!isNameChar(norm, end)) return true;

  if (head.last.endsWith("工程") && /^建设(项目|领域)/.test(norm.slice(end, end + 4))) return false; // 工程建设项目: a compound noun
  if (head.last === "周") return !isNameChar(norm, end); // 周边, 周期, 周年: words, not an event's 周
  // …示范基地建设工程, …示范区创建行动: a title inside a longer program's name
  if (head.kind === "designation" && /^(建设|创建)/.test(norm.slice(end, end + 2))) {
    const next = HEAD_CUES.longestAt(norm, end + 2, end + 8);
    if (next && next.value === "cue") return false;
  }
  if (head.kind !== "cue") return true; // 论坛影响力, 普惠县18个: events and titles do not run on into longer words
  // 深海科考中心, 工程研究中心: a facility named after the program, not the program
  if (/^(中心|基地|园区|船|站)/.test(norm.slice(end, end + 2))) return false;
  // 完整社区试点19个: the count of pilot places that follows; works and activities counted (供氧工程13个, 开展…活动
  // 5000场) are kinds, not one program
  if (isDigit(norm.charCodeAt(end))) return head.last === "试点";
  return FOLLOW_OK.has(norm.slice(end, end + 2)) || FOLLOW_OK.has(norm[end]);
}

function minCore(head: Head): number {
  if (head.kind === "event") return WHOLE_EVENTS.has(head.last) ? 0 : 2;
  if (head.kind === "designation") return CITY_TITLES.test(head.last) ? 2 : 4;
  if (head.words > 1) return 2;
  if (/制$/.test(head.last) && head.last !== "制度") return 1; // 河长制, 行政执法责任制
  if (head.last === "制度") return 4;
  if (head.last === "改革" || head.last === "计划") return 3;
  if (head.last === "督查") return 4; // 行政督查, 考核督查: kinds of oversight
  return 2;
}

type Verdict = "ok" | "fragment" | "reject";

/** An edition before an event's name: 第八届, 首届, 第23届, 2026年. */
const EDITION = /^(第[0-9一二三四五六七八九十百]+届|首届|(19|20)[0-9]{2}年)/;

/**
 * Events named by a short head word (东博会, 第八届世界浙商大会): the abbreviated fair takes its one or two
 * characters; a held event needs an edition, a world-wide opening word or a verb of holding, and is never a
 * congress (人民代表大会) or a meeting of a body.
 */
function judgeShortEvent(core: string, head: Head, boundary: string | undefined): Verdict | undefined {
  // 国际大赛, 国际国内大赛, 创新|创业大赛: contests in general, not one
  if (/赛$/.test(head.last) && /^(国际|国内|全国|省级|省内|市级|各类|各级|世界)+$/.test(core)) return "reject";
  if (/赛$/.test(head.last) && core.length < 4) return "fragment";
  if (ABBREVIATED_EVENTS.has(head.last)) {
    const name = core.replace(EDITION, "");
    return name.length >= 1 && name.length <= 2 ? "ok" : "reject";
  }
  if (!HELD_EVENTS.has(head.last)) return undefined;
  const name = core.replace(EDITION, "");
  if (name.length < 2 || /(代表|表彰|动员|誓师|推进|部署|成立|纪念|庆祝)$/.test(name)) return "reject";
  if (GENERIC_START.some((g) => name.startsWith(g)) || /^(本次|全省|全市|全区|全县)/.test(name)) return "reject";
  // 学校周边, 一周: 周 is an event only with its edition (第8届…视听周)
  if (head.last === "周") return EDITION.test(core) ? "ok" : "reject";
  const held =
    EDITION.test(core) ||
    HELD_EVENT_START.some((w) => name.startsWith(w)) ||
    (boundary !== undefined && HELD_EVENT_VERBS.has(boundary));
  return held ? "ok" : "reject";
}

function judge(norm: string, start: number, head: Head, boundary: string | undefined): Verdict {
  const core = norm.slice(start, head.start);
  const short = head.kind === "event" ? judgeShortEvent(core, head, boundary) : undefined;
  if (short) return short;
  if (core.length < minCore(head)) return "fragment";
  // 实施|提质行动, 创建|提质行动: two characters after a verb are the tail of a longer name, not a name
  if (core.length === 2 && boundary && head.words === 1 && /^(行动|工程|计划|试点)$/.test(head.last)) return "fragment";
  // 司法体制改革 names a reform; 治理体制改革, 体制机制改革 do not
  const field = core.replace(/(体制机制|体制|机制)$/, "");
  if (
    isGeneric(core) ||
    (field !== core && (isGeneric(field) || field.length < 2)) ||
    /([的上中下性和与]|(?<![普涉危])及)$/.test(core) ||
    /(领域|基础|基本)$/.test(core)
  )
    return "fragment";
  if (head.last === "改革" && /型$/.test(core)) return "fragment"; // 创造型引领型改革: a kind of reform
  if (head.last === "活动" && /(文化|体育|文体|演出|文艺)$/.test(core)) return "reject"; // 群众体育活动
  if (/^(以上|以下|左右)/.test(core) || (head.kind === "cue" && /^[0-9]+周?年$/.test(core))) return "reject"; // 10场以上…活动, 20年系列活动
  if (GENERIC_START.some((g) => core.startsWith(g)) || startsWithBoundary(core)) return "reject";
  const lastVerb = wordEndingAt(LEFT_BOUNDARY, core, core.length);
  if (lastVerb && lastVerb.length >= 2 && !WEAK_BOUNDARY.has(lastVerb)) return "reject"; // 高水平开放带动|改革: a verb, not a name
  if (/[0-9]+[个项批家条]/.test(core)) return "reject"; // 第二批14项重点改革: a count of reforms
  if (head.last === "运动" && core.length < 4) return "reject"; // 户外运动; 爱国卫生运动 is one
  if (head.kind === "designation" && DESIGNATION_VERBS.some((w) => core.startsWith(w))) return "reject";
  if (head.last === "活动" && !(boundary && ACTIVITY_VERBS.has(boundary) && core.length >= 4)) return "reject";
  if (head.last === "工程" || head.last.endsWith("工程")) {
    if (
      (boundary && CONSTRUCTION_VERBS.has(boundary)) ||
      CONSTRUCTION_WORDS.some((w) => core.endsWith(w)) ||
      CONSTRUCTION_INSIDE.some((w) => core.includes(w))
    )
      return "reject";
  }
  if (
    head.kind === "designation" &&
    CITY_TITLES.test(head.last) &&
    !DESIGNATION_START.some((w) => core.startsWith(w)) &&
    !(boundary && DESIGNATION_SCHEME_VERBS.has(boundary))
  )
    return "reject";
  return "ok";
}

/** Bare names ending in a head word; `taken` are spans of quoted names and laws, which hold no bare name. */
export function barePrograms(doc: Doc, takenSpans: Span[]): Candidate[] {
  const taken = new SpanIndex(takenSpans);
  // a name never reaches back over the end of another name or head word: “三医联动”改革和|公立医院综合改革
  // (a law's title may sit inside a name: 集体向宪法宣誓活动)
  const takenEnds = new Set(takenSpans.filter((t) => "quoted" in t).map((t) => t.end));
  const { norm, bodyEnd } = doc;
  const agencyEnds = new Set(doc.agencies.map((a) => a.end));
  const out: Candidate[] = [];
  let lastEnd = 0;
  for (let pos = 0; pos < bodyEnd;) {
    const head = headAt(norm, pos, bodyEnd);
    if (!head) {
      pos++;
      continue;
    }
    pos = head.end;
    // …行动计划 is a document (pass 9), not a program
    if (!endsWord(norm, head.end, head) || norm.slice(head.end - 4, head.end) === "行动计划") continue;
    const barrier = lastEnd;
    lastEnd = Math.max(lastEnd, head.end);
    if (
      norm[head.start - 1] === "”" ||
      taken.overlapping(head.start, head.end).some((t) => t.start <= head.start && head.end <= t.end)
    )
      continue;
    // edges to the left, nearest first; the last one is where the name characters run out
    const edges: { at: number; word?: string }[] = [];
    let i = head.start;
    for (
      ;
      i > head.start - MAX_BARE && i > barrier && isNameChar(norm, i - 1) && !agencyEnds.has(i) && !takenEnds.has(i);
      i--
    ) {
      const w =
        i < head.start
          ? (wordEndingAt(LEFT_BOUNDARY, norm, i) ??
            (head.kind === "designation" ? wordEndingAt(DESIGNATION_BOUNDARY, norm, i, 5) : undefined))
          : undefined;
      if (w) edges.push({ at: i, word: w });
    }
    edges.push({ at: i });
    for (const edge of edges) {
      let start = edge.at;
      if (!edge.word)
        while ((CONJUNCTIONS.has(norm[start]) || PREPOSITIONS.has(norm[start])) && start < head.start) start++;
      start += countPrefix(norm.slice(start, head.start), norm[start - 1] ?? "");
      start += SCOPE.exec(norm.slice(start, head.start))?.[0].length ?? 0;
      // 创建为|全国民族团结进步示范市: the 为 of 创建为, 成为 is no part of the title
      if (head.kind === "designation" && edge.word && norm[start] === "为" && start === edge.at) start++;
      // after 等 a name is the category of a list; right after ” it is the tail of a quoted name
      // a quote that the quoted rule left out is not a bare name either
      const quoteLeft = norm[start - 1] === "“" && norm[head.end] === "”";
      const verdict =
        norm[start - 1] === "等" || norm[start - 1] === "”" || quoteLeft
          ? "reject"
          : judge(norm, start, head, edge.word);
      // past a strong verb a fragment is not part of a longer name: 完善|招投标制度, 推进|事业单位改革
      const weak =
        edge.word &&
        WEAK_BOUNDARY.has(edge.word) &&
        !(head.kind === "designation" && (DESIGNATION_BOUNDARY.has(edge.word) || edge.word === "全面"));
      if (verdict === "fragment" && edge.word && !weak) break;
      if (verdict === "fragment") continue;
      // a law named inside the program's name (宪法宣誓活动) does not stop it; a name cut by a title does
      if (
        verdict === "ok" &&
        !taken.overlapping(start, head.end).some((t) => !(start <= t.start && t.end <= head.end))
      ) {
        out.push({ start, end: head.end, name: norm.slice(start, head.end), quoted: false });
        lastEnd = head.end;
      }
      break;
    }
  }
  return out;
}
