/** A found title -> a LawMention: the lexicon's full title, kind and validity, else the title's own. */
import type { Doc, LawMention, Span } from "../../document.js";
import { within } from "../../document.js";
import { inForceIn, lawsByTitle } from "../../lexicon/laws.js";
import type { LawKind } from "../../types.js";
import { core, kindOf, withoutDraft } from "./titles.js";
import { openingPlace } from "./scope.js";

const DRAFTING = /(制定|起草|编纂|研究制定|加快制定|推动出台|出台|立法)$/;
/** words ending in 法 that are not laws (办法 is a document head of its own) */
const NOT_A_LAW_NAME =
  /(学法|懂法|知法|办法|方法|做法|执法|立法|司法|依法|违法|守法|普法|用法|说法|想法|看法|手法|算法|疗法|写法|玩法|打法|工法|非法|合法|不法|犯法|护法|变法|效法|章法|书法|语法|兵法|方法论)$/;

export interface MentionOptions {
  canonical?: string;
  kind?: LawKind;
  issuers?: LawMention["issuers"];
  /** a title given without 《》: a national-law-shaped one is still taken as national */
  bare?: boolean;
}

/** 《…法》 with no place in front, not in the lexicon: a national law (中华人民共和国民营经济促进法). */
export function isNationalLawShape(title: string): boolean {
  const c = withoutDraft(core(title));
  return (
    /^[\u4e00-\u9fff]{3,}法(典)?$/.test(c) && !/^(中华人民共和国|中共|中国共产党)/.test(c) && !NOT_A_LAW_NAME.test(c)
  );
}

function opensWithAnyPlace(doc: Doc, start: number): boolean {
  return within(doc.jurisdictions, { start, end: start + 12 }).some((j) => j.start <= start + 1);
}

function drafting(doc: Doc, start: number): boolean {
  return DRAFTING.test(doc.norm.slice(Math.max(0, start - 6), start).replace(/[《“]$/, ""));
}

export function lawMention(doc: Doc, span: Span, title: string, opts: MentionOptions = {}): LawMention {
  const plain = withoutDraft(title);
  const entry = lawsByTitle.get(title) ?? lawsByTitle.get(plain) ?? lawsByTitle.get(core(plain));
  const place = openingPlace(doc, span.start);
  const startsWithPlace = !!place;
  const startsWithAgency = within(doc.agencies, span).some((a) => a.start <= span.start + 1);
  let canonical = opts.canonical ?? entry?.title ?? plain;
  let kind = opts.kind ?? entry?.kind ?? kindOf(title, startsWithPlace, startsWithAgency);
  if (
    !opts.canonical &&
    !entry &&
    !startsWithPlace &&
    isNationalLawShape(plain) &&
    !opensWithAnyPlace(doc, span.start)
  ) {
    canonical = `中华人民共和国${plain}`;
    kind = "law";
  }
  return {
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    canonical,
    kind,
    inForce: entry ? inForceIn(entry, doc.header.year, drafting(doc, span.start)) : null,
    issuers: opts.issuers ?? [],
  };
}
