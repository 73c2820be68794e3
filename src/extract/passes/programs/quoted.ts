/**
 * Programs named in quotation marks. A quoted phrase is a program when a head word follows it
 * (“证照分离”改革, “415X”先进制造业集群培育工程), when it ends in one (“十项重大工程”), when a word
 * that shows a policy thing follows it (“数字财政”建设, “双减”工作), or when a verb that takes programs
 * comes before it or before a short modifier (实施“综合查一次”, 推进北方地区“煤改气”). Quotes in one run
 * (“粤菜师傅”“广东技工”“南粤家政”三项工程, “标准地”、“带项目”) share that evidence. Slogans are left
 * out: phrases with a comma, one-character quotes, bare numbers, “A+B” pairs and quotes used as an
 * attribute (“钉钉子”的精神).
 */
import type { Doc } from "../../document.js";
import { isNameChar } from "./chars.js";
import {
  LEFT_BOUNDARY,
  PLUS_PROGRAMS,
  QUOTED_CONFIRM,
  QUOTED_TAIL,
  QUOTED_VERBS,
  WEAK_BOUNDARY,
  wordEndingAt,
} from "./lists.js";
import type { Candidate } from "./candidate.js";
import { nationalPrograms, programKey } from "../../lexicon/national-programs.js";

const MAX_QUOTE = 40;
const MAX_TAIL = 12;
/** CJK characters allowed between a verb and the quote it governs (推进北方地区“煤改气”) */
const MAX_VERB_GAP = 6;
const JOINERS = new Set("、和与及");

interface Quote {
  open: number;
  close: number;
  inner: string;
  /** end of a head word after the closing mark, or -1 */
  tailEnd: number;
  confirmed: boolean;
}

function tailWordEndingAt(norm: string, from: number, end: number): boolean {
  if (norm[end] === "事") return false; // 十大赛事, 大事: the word goes on
  return QUOTED_TAIL.some((w) => end - w.length >= from && norm.startsWith(w, end - w.length));
}

/** The words between a quote and its head word hold no verb: “卡脖子”问题需要持续攻坚 is a sentence. */
function holdsVerb(norm: string, from: number, to: number): boolean {
  for (let i = from + 2; i <= to; i++) {
    const w = wordEndingAt(LEFT_BOUNDARY, norm, i);
    if ((w && !WEAK_BOUNDARY.has(w)) || norm.startsWith("需要", i - 2)) return true;
  }
  return false;
}

/** End of the first head word within a few name characters after `from`, extended over a following one (改革+行动). */
export function tailAfter(norm: string, from: number): number {
  for (let i = from; i < from + MAX_TAIL && isNameChar(norm, i); i++) {
    if (!tailWordEndingAt(norm, from, i + 1)) continue;
    if (holdsVerb(norm, from, i + 1 - 2)) return -1;
    let end = i + 1;
    for (let more = true; more;) {
      more = false;
      for (const w of QUOTED_TAIL) {
        if (norm.startsWith(w, end)) {
          end += w.length;
          more = true;
          break;
        }
      }
    }
    return end;
  }
  return -1;
}

function verbBefore(norm: string, open: number): boolean {
  for (let gap = 0; gap <= MAX_VERB_GAP; gap++) {
    const at = open - gap;
    if (gap > 0 && !isNameChar(norm, at)) return false;
    if (
      QUOTED_VERBS.some(
        (v) => norm.startsWith(v, at - v.length) || (gap === 0 && norm.startsWith(v + "了", at - v.length - 1)),
      )
    )
      return true;
  }
  return false;
}

function readQuotes(doc: Doc): Quote[] {
  const { norm, bodyEnd } = doc;
  const quotes: Quote[] = [];
  for (let open = norm.indexOf("“"); open >= 0 && open < bodyEnd; open = norm.indexOf("“", open + 1)) {
    const window = norm.slice(open + 1, Math.min(bodyEnd, open + MAX_QUOTE + 1));
    const rel = window.indexOf("”");
    // A name never spans a sentence or holds another opening mark: an unpaired “ must not pair with a later ”.
    if (rel < 0 || /[\n。!?;“]/.test(window.slice(0, rel))) continue;
    const close = open + 1 + rel;
    const inner = norm.slice(open + 1, close).replace(/\s+/g, "");
    const tailEnd = tailAfter(norm, close + 1);
    // “学习宪法尊法守法”等法治宣传主题活动: the head word after 等 names the kind of the quoted one
    const confirmed =
      QUOTED_CONFIRM.some((w) => norm.startsWith(w, close + 1)) ||
      (norm[close + 1] === "等" && tailAfter(norm, close + 2) > 0 && tailAfter(norm, close + 2) <= close + 10);
    quotes.push({ open, close, inner, tailEnd, confirmed });
  }
  return quotes;
}

/** Slogans and figures of speech that a program name never is. */
function isSlogan(q: Quote, norm: string): boolean {
  const { inner } = q;
  if (inner.length < 2 || inner.includes(",")) return true;
  // five-year-plan labels (“十五五”) and popular names of measures (“民营经济32条”) are documents (pass 9)
  if (/^十[一二三四五六七八九十]?五$/.test(inner) || /[0-9一二三四五六七八九十]条(政策)?$/.test(inner)) return true;
  // “国门”到“家门”: the ends of a range
  if (norm[q.open - 1] === "到" || norm[q.close + 1] === "到") return true;
  // 所谓“倾销”, 什么“倾销”: scare quotes
  if (/(所谓|什么)$/.test(norm.slice(q.open - 2, q.open))) return true;
  if (q.tailEnd > 0 || endsInHeadWord(inner)) return false;
  if (/^[0-9.]+$/.test(inner)) return true;
  // “国门”到“家门”: the ends of a range
  if (norm[q.open - 1] === "到" || norm[q.close + 1] === "到") return true;
  if (norm[q.close + 1] === "的") return true;
  if ((inner.match(/、/g)?.length ?? 0) >= 2) return true;
  if (inner.includes("+") && !inner.endsWith("+") && !q.confirmed && !PLUS_PROGRAMS.some((p) => inner.startsWith(p)))
    return true;
  return false;
}

const endsInHeadWord = (inner: string) => QUOTED_TAIL.some((w) => inner.length > w.length && inner.endsWith(w));

/** A quoted service reform by its own words: “一网通办”, “全省通办”, “掌上办”, “综合监管一件事”, “一网统管”, “一表通”. */
const SERVICE_NAME = /(通办|[一掌网快易全就近]办|.一件事|统管|^一[^一]通)$/;

/** The runs of quotes: “A”“B”, “A”、“B”, “A”和“B”, as [first, last] indexes. */
function quoteRuns(quotes: Quote[], norm: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let g = 0; g < quotes.length;) {
    let e = g;
    while (
      e + 1 < quotes.length &&
      (quotes[e + 1].open === quotes[e].close + 1 ||
        (quotes[e + 1].open === quotes[e].close + 2 && JOINERS.has(norm[quotes[e].close + 1])))
    )
      e++;
    runs.push([g, e]);
    g = e + 1;
  }
  return runs;
}

export function quotedPrograms(doc: Doc): Candidate[] {
  const { norm } = doc;
  const quotes = readQuotes(doc);
  const accepted = new Set<string>();
  const keep: boolean[] = quotes.map(() => false);
  const runs = quoteRuns(quotes, norm);
  const acceptRun = ([g, e]: [number, number]) => {
    for (let i = g; i <= e; i++) if (!isSlogan(quotes[i], norm)) ((keep[i] = true), accepted.add(quotes[i].inner));
  };
  const known = (q: Quote) =>
    accepted.has(q.inner) || nationalPrograms.has(programKey(q.inner)) || SERVICE_NAME.test(q.inner);
  for (const [g, e] of runs) {
    const run = quotes.slice(g, e + 1);
    const evidence =
      verbBefore(norm, run[0].open) || run.some((q) => q.tailEnd > 0 || q.confirmed || endsInHeadWord(q.inner));
    if (evidence) acceptRun([g, e]);
  }
  // a run shares the evidence of a member that is a program elsewhere in the report, on the national list or a
  // service reform by its words: “一窗受理、限时办结”“最多跑一次”, “揭榜挂帅”“赛马制”
  for (const [g, e] of runs) if (quotes.slice(g, e + 1).some(known)) acceptRun([g, e]);
  const out: Candidate[] = [];
  quotes.forEach((q, i) => {
    if (!keep[i] && !(accepted.has(q.inner) && !isSlogan(q, norm))) return;
    const end = q.tailEnd > 0 ? q.tailEnd : q.close + 1;
    const name = q.inner + (q.tailEnd > 0 ? norm.slice(q.close + 1, q.tailEnd) : "");
    out.push({ start: q.open, end, name, quoted: true });
  });
  return out;
}
