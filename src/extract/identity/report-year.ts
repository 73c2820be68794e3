/**
 * The year of a 政府工作报告 as the text gives it: the year it is delivered (the 2019 report reviews 2018 and plans
 * 2019). Each kind of evidence found in the opening of the text votes with its weight; the year with most votes
 * wins. Nothing found means null, never a guess: the ingest summary then asks for --published or --meta.
 *   - the session line: `2026年2月3日在上海市第十六届人民代表大会第四次会议上`               (10)
 *   - the NPC session the report is delivered to: `向第六届全国人民代表大会第一次会议作` (lexicon) (8)
 *   - the review heading or phrase: `2018年工作回顾`, `刚刚过去的1984年`  -> + 1               (6)
 *   - the plan heading: `2012年工作总体部署`, `2026年政府工作任务`                            (5)
 *   - `今年` statements: `今年是“七五”计划的头一年`, `今年是新中国成立70周年`                 (5)
 *   - `YYYY年是…的一年` (+ 1 when told in the past), `YYYY年预计…`                            (3)
 *   - the year the text names most often, + 1, when it clearly leads                         (1, weak)
 */
import { npcSessionYear } from "./congress-session.js";
import { smallNumber } from "./chinese-numbers.js";

export interface YearEvidence {
  year: number;
  weight: number;
  basis: string;
}

const YEAR = "((?:19|20)\\d{2})";
const NUM = "([一二三四五六七八九十\\d]{1,3})";
// older reports (1950s) are printed in traditional characters: 全國人民代表大會第一次會議
const NPC = "全[国國]人民代表大[会會]";
const SESSION = "次[会會][议議]";

const SESSION_DATE = new RegExp(
  `${YEAR}年(\\d{1,2})月(\\d{1,2})日在[^。\\n]{0,40}?人民代表大[会會][^。\\n]{0,20}?${SESSION}上`,
);
/** the session the report is delivered to: 向第六届全国人民代表大会第一次会议作…, 我们第一届…第一次会议 */
const NPC_NOW = new RegExp(
  `(?:向|在|我们|我們|请求|提请|提交)(?:这次|本次)?第${NUM}[届屆]${NPC}第${NUM}${SESSION}(?=作|提出|报告|予以审议|上|审议|,|:)|向第${NUM}[届屆]${NPC}作`,
);
/** last year's session: 从去年9月第五届全国人民代表大会第三次会议到现在, 去年举行的六届人大一次会议 */
const NPC_LAST_YEAR = new RegExp(
  `去年[^。\\n]{0,8}?(?<![省市区县州旗])第?${NUM}[届屆](?:${NPC}|人大)第?${NUM}${SESSION}`,
);
/** the review of a whole term: 第十一届全国人民代表大会第一次会议以来的五年 */
const NPC_TERM = new RegExp(`第${NUM}[届屆]${NPC}第一${SESSION}以来的五年`);
const REVIEW = [
  new RegExp(`${YEAR}年(?:国内|主要)?工作(?:的)?回顾`),
  new RegExp(`(?:刚刚|刚)过去的${YEAR}年`),
  new RegExp(`(?:首先|先)报告${YEAR}年的工作`),
];
/** a heading line of the plan part: 二、2012年工作总体部署 */
const PLAN = new RegExp(
  `^(?:[一二三四五六七八九十]+、)?${YEAR}年(?:政府工作|经济社会发展|国民经济和社会发展)?(?:的)?(?:工作总体部署|总体部署|总体要求|主要任务|工作任务|重点工作|工作安排)[^\\n]{0,20}$`,
  "m",
);
const FIVE_YEAR_PLAN = new RegExp(
  `“?${NUM}五”?(?:计划|规划)?(?:时期)?的?(?:起好步|开好局)?(头一年|第一年|开局之年|起步之年|起好步|开好局|第二年|第三年|第四年|最后一年|收官之年)`,
);
const ORDINAL: Record<string, number> = {
  头一年: 0,
  第一年: 0,
  开局之年: 0,
  起步之年: 0,
  起好步: 0,
  开好局: 0,
  第二年: 1,
  第三年: 2,
  第四年: 3,
  最后一年: 4,
  收官之年: 4,
};
const ANNIVERSARY = new RegExp(
  `(今年|去年)[^。\\n]{0,12}?(?:是|庆祝了?|纪念了?)(中华人民共和国|新中国|中国共产党|建党|党的)(?:成立)?${NUM}周年`,
);

/** `1986年是…的一年`: about the year under review when told in the past (取得…成就), else about this year */
const YEAR_IS = new RegExp(`(?:^|[。\\n])${YEAR}年是([^。\\n]{4,80})`, "m");
const PAST = /了|取得|经受住|极不平凡|很不平凡|成就/;
/** `1982年预计达到…`: the current year's outcome, estimated */
const ESTIMATE = new RegExp(`${YEAR}年(?:全年)?预计`);

/** First year of the N-th five-year plan: 1953, 1958, then from 1966 (the 3rd, after three years of adjustment). */
function fivePlanStart(n: number): number {
  return n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
}

/** The date of the session line (YYYY-MM-DD), the delivery date of a work report. */
export function sessionDate(compact: string): string | null {
  const m = SESSION_DATE.exec(compact.slice(0, 3000));
  if (!m) return null;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
}

function sentenceWith(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf("。", at), text.lastIndexOf("\n", at)) + 1;
  const end = text.indexOf("。", at);
  return text.slice(start, end < 0 ? undefined : end);
}

const num = (s: string | undefined, fallback = 0) => (s ? (smallNumber(s) ?? fallback) : fallback);

/**
 * Every piece of year evidence in `compact` (the text without spaces, line breaks kept, NFKC, Chinese-digit years
 * made Arabic: see compactText). Session lines are read in the opening only; the rest in the whole text, where
 * the first hit of each kind counts.
 */
export function yearEvidence(compact: string): YearEvidence[] {
  const found: YearEvidence[] = [];
  const opening = compact.slice(0, 4000);
  const dated = SESSION_DATE.exec(compact.slice(0, 3000));
  if (dated) found.push({ year: +dated[1]!, weight: 10, basis: dated[0] });
  const now = NPC_NOW.exec(opening);
  // a term named without a session (向第四届全国人民代表大会作政府工作报告) is its first session
  const nowYear = now && (now[1] ? npcSessionYear(num(now[1]), num(now[2])) : npcSessionYear(num(now[3]), 1));
  if (now && nowYear) found.push({ year: nowYear, weight: 8, basis: now[0] });
  const last = NPC_LAST_YEAR.exec(opening);
  const lastYear = last && npcSessionYear(num(last[1]), num(last[2]));
  if (last && lastYear) found.push({ year: lastYear + 1, weight: 6, basis: last[0] });
  const term = NPC_TERM.exec(opening);
  const termYear = term && npcSessionYear(num(term[1]), 1);
  if (term && termYear) found.push({ year: termYear + 5, weight: 6, basis: term[0] });
  for (const re of REVIEW) {
    const m = re.exec(compact);
    if (m) found.push({ year: +m[1]! + 1, weight: 6, basis: m[0] });
  }
  const plan = PLAN.exec(compact);
  if (plan) found.push({ year: +plan[1]!, weight: 5, basis: plan[0] });
  for (const m of compact.matchAll(/今年/g)) {
    const fyp = FIVE_YEAR_PLAN.exec(sentenceWith(compact, m.index!));
    const n = fyp && smallNumber(fyp[1]!);
    if (fyp && n && n <= 20) {
      found.push({ year: fivePlanStart(n) + ORDINAL[fyp[2]!]!, weight: 5, basis: fyp[0] });
      break;
    }
  }
  const anniversary = ANNIVERSARY.exec(compact);
  const years = anniversary && smallNumber(anniversary[3]!);
  if (anniversary && years) {
    const founded = /中国共产党|建党|党的/.test(anniversary[2]!) ? 1921 : 1949;
    found.push({ year: founded + years + (anniversary[1] === "去年" ? 1 : 0), weight: 5, basis: anniversary[0] });
  }
  const yearIs = YEAR_IS.exec(compact);
  if (yearIs) found.push({ year: +yearIs[1]! + (PAST.test(yearIs[2]!) ? 1 : 0), weight: 3, basis: yearIs[0].trim() });
  const estimate = ESTIMATE.exec(compact);
  if (estimate) found.push({ year: +estimate[1]!, weight: 3, basis: estimate[0] });
  const mostMentioned = mostMentionedYear(compact);
  if (mostMentioned) found.push({ year: mostMentioned + 1, weight: 1, basis: `most mentioned year ${mostMentioned}` });
  return found;
}

/**
 * The year the text names most often (a review of the past year names it everywhere), when it clearly leads:
 * at least 5 mentions and half again as many as the next. Weak evidence: alone it is reported as such.
 */
function mostMentionedYear(compact: string): number | null {
  const counts = new Map<number, number>();
  for (const m of compact.matchAll(/(?<!\d)((?:19|20)\d{2})年(?![代度])/g))
    counts.set(+m[1]!, (counts.get(+m[1]!) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 5 || (second && first[1] < 1.5 * second[1])) return null;
  return first[0];
}

/**
 * The year with the most weight, or null when there is no evidence or two years tie. `weak` when only the most
 * mentioned year speaks for it (the summary says so).
 */
export function yearOfWorkReport(compact: string): { year: number; basis: string[]; weak: boolean } | null {
  const votes = new Map<number, { weight: number; basis: string[] }>();
  for (const e of yearEvidence(compact)) {
    const v = votes.get(e.year) ?? { weight: 0, basis: [] };
    v.weight += e.weight;
    v.basis.push(e.basis);
    votes.set(e.year, v);
  }
  const ranked = [...votes].sort((a, b) => b[1].weight - a[1].weight);
  if (!ranked.length || (ranked[1] && ranked[1][1].weight === ranked[0]![1].weight)) return null;
  const [year, { weight, basis }] = ranked[0]!;
  return { year, basis, weak: weight <= 1 };
}
