/**
 * Pass 9: laws and other named documents. Titles in 《》 (bounded: unpaired or over-long marks
 * are skipped) and bare citations of national laws (行政诉讼法); short titles expand to the full
 * title (中华人民共和国行政诉讼法) and are typed from the lexicon or from the title's last word.
 */
import type { AgencyMention, Doc, LawMention, Span } from "../document.js";
import { bareLawTitles, inForceIn, lawsByTitle } from "../lexicon/laws.js";
import { readTsv } from "../lexicon/tsv.js";
import { divisionsByCode } from "../lexicon/divisions.js";
import type { LawKind } from "../types.js";
import { within } from "../document.js";

const RULES = new Map(readTsv("law-titles.tsv").map(([rule, words]) => [rule, new RegExp(words)]));
const rule = (name: string) => RULES.get(name) ?? /$^/;
const LAW_SUFFIX = new RegExp(`(?:${rule("law_suffix").source})$`);
const MAX_TITLE = 100;

/** The title without trailing bracketed qualifiers: 方案(试行) -> 方案, 纲要(2015-2020年) -> 纲要. */
function core(title: string): string {
  return title.replace(/(\([^()]{1,20}\))+$/, "");
}

function kindOf(title: string, startsWithPlace: boolean, startsWithAgency: boolean): LawKind {
  const c = core(title);
  if (rule("plan").test(c) && /(纲要|规划|要点|方案|计划)$/.test(c)) return "plan";
  if (rule("party").test(c)) return "party_document";
  if (/(规定|办法|细则|规则)$/.test(c)) return startsWithPlace && !startsWithAgency ? "rule" : "normative_document";
  if (/(法|法典)$/.test(c)) return "law";
  if (/条例$/.test(c)) return startsWithPlace ? "local_regulation" : "administrative_regulation";
  return "normative_document";
}

export function isLawTitle(title: string): boolean {
  return LAW_SUFFIX.test(core(title)) && !rule("not_a_law").test(title);
}

/** Agencies right before 《 (党中央、国务院《…》) or opening the title (《沙市区人民政府办公室关于…》). */
function issuersOf(doc: Doc, open: number, close: number): LawMention["issuers"] {
  const issuers: LawMention["issuers"] = [];
  const inTitle = within(doc.agencies, { start: open + 1, end: close });
  if (inTitle[0]?.start === open + 1) {
    let last: AgencyMention = inTitle[0];
    const chain = [last];
    for (const m of inTitle.slice(1)) {
      if (!/^[、和]?$/.test(doc.norm.slice(last.end, m.start))) break;
      chain.push((last = m));
    }
    if (doc.norm.startsWith("关于", last.end)) for (const m of chain) for (const ref of m.refs) issuers.push({ ref, span: m });
  }
  let at = open;
  // agencies are sorted: start from the last one that begins before the 《
  let lo = 0;
  let hi = doc.agencies.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.agencies[mid].start < open) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = doc.agencies[i];
    if (m.end > at) continue;
    if (!/^[、和及与]?$/.test(doc.norm.slice(m.end, at))) break;
    for (const ref of m.refs) issuers.push({ ref, span: m });
    at = m.start;
  }
  return issuers;
}

function lawMention(doc: Doc, span: Span, title: string, issuers: LawMention["issuers"]): LawMention {
  const entry = lawsByTitle.get(title) ?? lawsByTitle.get(core(title));
  const firstPlace = within(doc.jurisdictions, { start: span.start, end: span.start + 12 })[0];
  // only provinces and cities make regulations and government rules (立法法 第八十一、九十三条)
  const level = firstPlace && divisionsByCode.get(firstPlace.code)?.level;
  const startsWithPlace = !!firstPlace && firstPlace.start <= span.start + 1 && (level === "provincial" || level === "city");
  const startsWithAgency = within(doc.agencies, span).some((a) => a.start <= span.start + 1);
  return {
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    canonical: entry?.title ?? title,
    kind: entry?.kind ?? kindOf(title, startsWithPlace, startsWithAgency),
    inForce: entry ? inForceIn(entry, doc.header.year) : null,
    issuers,
  };
}

const BARE_TITLE_SUFFIX = new RegExp(`^[\u4e00-\u9fff0-9()]{2,24}?(?:${rule("bare_title_suffix").source})`);
const IMPLEMENT_CUES = (readTsv("relation-cues.tsv").find(([r]) => r === "IMPLEMENTS")?.[1] ?? "").split(",");

/** 对照南昌市法治政府建设工作要点: an uncited title that opens with a place name after an implementing verb. */
function bareTitles(doc: Doc, quoted: Span[]): LawMention[] {
  const out: LawMention[] = [];
  for (const j of doc.jurisdictions) {
    if (quoted.some((q) => q.start <= j.start && j.start < q.end)) continue;
    if (!IMPLEMENT_CUES.some((c) => c && doc.norm.startsWith(c, j.start - c.length))) continue;
    const m = BARE_TITLE_SUFFIX.exec(doc.norm.slice(j.end, j.end + 40));
    if (!m) continue;
    const span = { start: j.start, end: j.end + m[0].length };
    out.push(lawMention(doc, span, doc.norm.slice(span.start, span.end), []));
  }
  return out;
}

export function findLaws(doc: Doc): Doc {
  const { norm, bodyEnd } = doc;
  const laws: LawMention[] = [];
  const quoted: Span[] = [];
  for (let open = norm.indexOf("《"); open >= 0 && open < bodyEnd; open = norm.indexOf("《", open + 1)) {
    const limit = Math.min(bodyEnd, open + MAX_TITLE);
    let close = -1;
    for (let i = open + 1; i < limit; i++) {
      const c = norm[i];
      if (c === "》") {
        close = i;
        break;
      }
      if (c === "《" || c === "\n") break;
    }
    if (close < 0) continue;
    quoted.push({ start: open, end: close + 1 });
    const title = norm.slice(open + 1, close).trim();
    if (!title || !isLawTitle(title)) continue;
    laws.push(lawMention(doc, { start: open, end: close + 1 }, title, issuersOf(doc, open, close)));
  }
  let q = 0;
  for (const hit of bareLawTitles.scan(norm, 0, bodyEnd)) {
    while (q < quoted.length && quoted[q].end <= hit.start) q++;
    if (q < quoted.length && quoted[q].start < hit.end) continue; // inside 《》
    laws.push(lawMention(doc, hit, hit.value.title, []));
  }
  laws.push(...bareTitles(doc, quoted));
  laws.sort((a, b) => a.start - b.start);
  return { ...doc, laws };
}
