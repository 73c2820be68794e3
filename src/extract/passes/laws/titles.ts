/** What a document title says about itself: its kind, whether it is a document at all (law-titles.tsv). */
import { readTsv } from "../../lexicon/tsv.js";
import type { LawKind } from "../../types.js";

const RULES = new Map(readTsv("law-titles.tsv").map(([rule, words]) => [rule, new RegExp(words)]));
export const rule = (name: string): RegExp => RULES.get(name) ?? /$^/;
const DOCUMENT_HEAD = new RegExp(`(?:${rule("law_suffix").source})$`);
const WORK_GENRE = new RegExp(`(?:${rule("work_genre").source})$`);

/** The title without trailing bracketed qualifiers: 方案(试行) -> 方案, 纲要(2015-2020年) -> 纲要. */
export function core(title: string): string {
  return title.replace(/(\([^()]{1,20}\))+$/, "");
}

/** A draft is cited under the title it will have: 纲要(草案) and 纲要草案 -> 纲要. */
export function withoutDraft(title: string): string {
  return title.replace(/(\((草案|征求意见稿|送审稿|草案征求意见稿)\)|草案)$/, "");
}

export function hasDocumentHead(title: string): boolean {
  return DOCUMENT_HEAD.test(core(title));
}

export function kindOf(title: string, startsWithPlace: boolean, startsWithAgency: boolean): LawKind {
  const c = withoutDraft(core(title));
  if (rule("plan").test(c) && /(纲要|规划|要点|方案|计划)$/.test(c)) return "plan";
  if (rule("party").test(c) || /五年规划.*的建议$/.test(c)) return "party_document";
  if (/(规定|办法|细则|规则)$/.test(c)) return startsWithPlace && !startsWithAgency ? "rule" : "normative_document";
  if (/(法|法典)$/.test(c)) return "law";
  if (/条例$/.test(c)) return startsWithPlace ? "local_regulation" : "administrative_regulation";
  return "normative_document";
}

export interface TitleContext {
  /** the text right before 《, back to the last clause break */
  before: string;
  /** the sentence holding the title */
  sentence: string;
  /** the text right after 》 */
  after: string;
  /** a work title was just before this one (话剧《孔子》《于成龙》) */
  afterWork: boolean;
}

/**
 * Every 《…》 title is a document unless it is a book, periodical, newspaper or a work of art: a title
 * with a non-document word in it (报告, 日报, 通史), one right after a genre word (话剧《孔子》, 电视剧《装台》)
 * or after another work, and one with no document head in a sentence about culture (《山海情》…作品).
 */
export function isDocumentTitle(title: string, ctx: TitleContext): boolean {
  if (rule("not_a_law").test(title)) return false;
  const before = ctx.before.replace(/[、和及与\s]+$/, "");
  if (WORK_GENRE.test(before)) return false;
  if (hasDocumentHead(title)) return true;
  if (ctx.afterWork || rule("work_after").test(ctx.after)) return false;
  return !rule("culture_context").test(ctx.sentence);
}
