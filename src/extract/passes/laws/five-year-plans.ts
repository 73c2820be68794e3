/**
 * Five-year plans named by their period (国家“十四五”规划, “十五五”规划纲要, 省委“十五五”规划建议, 《纲要(草案)》
 * in a report that submits it) resolve to the full title of the plan of the jurisdiction whose plan it is:
 * 国家/中央 say national, 省/省委/自治区党委 the report's province; with no owner the report's own. A
 * reference that cannot be resolved (no report jurisdiction) is not emitted: a bare 纲要 is not one node
 * shared by every province. Titles: five-year-plans.tsv.
 */
import type { Doc, LawMention, Span } from "../../document.js";
import { fiveYearPlans, planStartingIn, type FiveYearPlan } from "../../lexicon/documents.js";
import { lawMention } from "./mention.js";
import { withoutDraft } from "./titles.js";
import { reportScope } from "./scope.js";

const OWNER_WORDS = [
  "国家",
  "全国",
  "党中央",
  "中央",
  "自治区党委",
  "省委",
  "市委",
  "区委",
  "县委",
  "自治区",
  "全省",
  "全市",
  "省",
  "市",
];
const LABELS = [...fiveYearPlans.keys()];
/** sticky: tried only at the positions where a reference can start (References) */
const REFERENCE = new RegExp(
  `(${OWNER_WORDS.join("|")})?(关于)?["“]?(${LABELS.join("|")})["”]?(规划纲要|规划|纲要)(\\(草案\\)|草案)?(?:(的)?(《建议》|建议))?`,
  "y",
);
/** how far before a label a reference can start: an owner word, 关于 and a quote */
const MAX_LEAD = Math.max(...OWNER_WORDS.map((w) => w.length)) + "关于".length + 1;

/**
 * The references of a text in order, as a global search of REFERENCE finds them. A reference holds a label, so it
 * starts at most MAX_LEAD characters before one: the labels are found with indexOf (a native search; each label's
 * next place kept until passed) and only those positions tried, where the regex tried from every position was most
 * of the pass's time.
 */
class References {
  private readonly next = LABELS.map(() => -2);
  private from = 0;
  constructor(
    private readonly norm: string,
    private readonly limit: number,
  ) {}

  /** The next reference starting before limit, or null. */
  nextReference(): RegExpExecArray | null {
    const { norm, limit } = this;
    for (;;) {
      let q = -1;
      for (let i = 0; i < LABELS.length; i++) {
        if (this.next[i] !== -1 && this.next[i] < this.from) this.next[i] = norm.indexOf(LABELS[i], this.from);
        const at = this.next[i];
        if (at >= 0 && (q < 0 || at < q)) q = at;
      }
      if (q < 0) return null;
      for (let p = Math.max(this.from, q - MAX_LEAD); p <= q; p++) {
        if (p >= limit) return null;
        REFERENCE.lastIndex = p;
        const m = REFERENCE.exec(norm);
        if (m) {
          this.from = m.index + m[0].length;
          return m;
        }
      }
      this.from = q + 1;
    }
  }
}

const NATIONAL_OWNER = /^(国家|全国|党中央|中央)$/;
/** 规划建设, 规划布局: 规划 is the verb there, not the plan */
const VERB_AFTER = /^(建设|布局)/;

/** 省/省委/全省 in a province's report, 市 in a city's: the owner word names the report's own place */
function ownsReport(doc: Doc, ownerWord: string): boolean {
  const name = reportScope(doc).name ?? "";
  const level = ownerWord.replace(/(党委|委)$/, "").slice(-1);
  return !!level && name.endsWith(level);
}

type Owner = "national" | "local" | undefined;

function titleOf(doc: Doc, plan: FiveYearPlan, proposal: boolean, owner: Owner): string | undefined {
  const scope = reportScope(doc);
  const national = owner === "national" || (owner === undefined && scope.national);
  if (national) return proposal ? plan.nationalProposal : plan.nationalOutline;
  if (!scope.name || !scope.party) return undefined;
  const t = proposal ? plan.localProposal : plan.localOutline;
  return t.replace("{party}", scope.party).replaceAll("{place}", scope.name);
}

export function fiveYearPlanLaws(doc: Doc, taken: (s: Span) => boolean): LawMention[] {
  const { norm, bodyEnd } = doc;
  const out: LawMention[] = [];
  const references = new References(norm, bodyEnd);
  for (let m = references.nextReference(); m; m = references.nextReference()) {
    const [whole, ownerWord, , label, , , , proposalWord] = m;
    const span = { start: m.index, end: m.index + whole.length };
    if (!proposalWord && VERB_AFTER.test(norm.slice(span.end))) continue;
    if (taken(span)) continue;
    const plan = fiveYearPlans.get(label);
    if (!plan) continue;
    const proposal = !!proposalWord;
    // 省委…规划 without 建议 is no proposal: the owner word then only says whose plan it is
    const owner: Owner = !ownerWord ? undefined : NATIONAL_OWNER.test(ownerWord) ? "national" : "local";
    if (owner === "local" && !ownsReport(doc, ownerWord)) continue;
    const title = titleOf(doc, plan, proposal, owner);
    if (!title) continue;
    out.push(lawMention(doc, span, title, { canonical: title, kind: proposal ? "party_document" : "plan" }));
  }
  return out;
}

/** 《纲要(草案)》, 《纲要草案》, 《规划纲要》, 《建议》 in a report of a plan's first year: that plan's outline or proposal. */
export function genericPlanTitle(
  doc: Doc,
  title: string,
): { canonical: string; kind: "plan" | "party_document" } | null | undefined {
  const outline = /^(规划)?纲要(\(草案\)|草案)?$/.test(title);
  const proposal = /^(规划)?建议$/.test(title);
  if (!outline && !proposal) return undefined;
  const plan = planStartingIn(doc.header.year);
  const canonical = plan && titleOf(doc, plan, proposal, undefined);
  return canonical ? { canonical, kind: proposal ? "party_document" : "plan" } : null;
}

/** 《国民经济和社会发展第十五个五年规划纲要(草案)》 with no place in front: the report's own plan. */
export function placelessPlanTitle(doc: Doc, title: string): string | undefined {
  if (!/^国民经济和社会发展第/.test(title)) return undefined;
  title = withoutDraft(title);
  const scope = reportScope(doc);
  if (scope.national) return `中华人民共和国${title}`;
  return scope.name ? `${scope.name}${title}` : undefined;
}

/**
 * 自治区党委《关于制定国民经济和社会发展第十五个五年规划的建议》: a proposal whose title leaves its issuer
 * out gets the full title of the committee named right before it (党中央/中共中央: the national one).
 */
export function issuerlessProposalTitle(doc: Doc, title: string, open: number): string | undefined {
  const m = /^关于制定.*?第(十[一二三四五])个五年规划.*的建议$/.exec(title);
  const plan = m && fiveYearPlans.get(`${m[1]}五`);
  if (!plan) return undefined;
  const before = doc.norm.slice(Math.max(0, open - 6), open);
  if (/(党中央|中共中央|中央)$/.test(before)) return plan.nationalProposal;
  const owner = /(自治区党委|省委|市委|区委|县委)$/.exec(before)?.[1];
  return owner && ownsReport(doc, owner) ? titleOf(doc, plan, true, "local") : undefined;
}

/** 国民经济和社会发展第十四个五年规划 cited bare, with no place: the report's own (or the national) outline. */
export function ordinalPlanTitle(doc: Doc, title: string): string | undefined {
  const m = /^国民经济和社会发展第(十[一二三四五])个五年规划(纲要)?$/.exec(title);
  const plan = m && fiveYearPlans.get(`${m[1]}五`);
  return plan ? titleOf(doc, plan, false, undefined) : undefined;
}
