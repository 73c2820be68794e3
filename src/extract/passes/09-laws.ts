/**
 * Pass 9: laws and other named documents, in the order that decides who claims a span: titles in
 * 《》 (every one that is not a book or a work of art), documents known by a popular name (中央八项规定),
 * five-year plans named by their period, bare national laws at word boundaries (行政诉讼法), quoted
 * nicknames of measures (“民营经济32条”), titles that wrap a 《》 law (《…法》实施办法), documents cited bare after a verb (出台…行动方案) or as the subject of their clause (…规划正式签署). Short
 * titles expand to the full title (中华人民共和国行政诉讼法); each is typed and scoped (passes/laws/).
 */
import type { Doc, LawMention } from "../document.js";
import { Claims } from "./laws/claims.js";
import { bareDocuments, subjectDocuments } from "./laws/bare-documents.js";
import { bareNationalLaws } from "./laws/bare-national.js";
import {
  fiveYearPlanLaws,
  genericPlanTitle,
  issuerlessProposalTitle,
  placelessPlanTitle,
} from "./laws/five-year-plans.js";
import { lawMention } from "./laws/mention.js";
import { namedDocumentLaws, nicknamedMeasures } from "./laws/named-documents.js";
import { placeOpenedTitles, placeRegulations } from "./laws/place-titles.js";
import { issuersOf, quotedTitles, type QuotedTitle } from "./laws/quoted.js";
import { wrappedTitles } from "./laws/wrapped-titles.js";

/** a title that is only a kind of document (《实施办法》, 《决定》): no name, so no node shared by every report */
const KIND_ONLY =
  /^(实施)?(办法|决定|意见|方案|规定|通知|细则|条例|规划|纲要|建议|措施|规则|决议|要点|计划)(\([^()]*\)|草案)?$/;

/** A 《》 title as a law: generic plan titles resolve to the report's plan, other bare kinds are dropped. */
function quotedLaw(doc: Doc, t: QuotedTitle): LawMention | undefined {
  const issuers = issuersOf(doc, t.start, t.end - 1);
  const generic = genericPlanTitle(doc, t.title);
  if (generic) return lawMention(doc, t, t.title, { ...generic, issuers });
  if (KIND_ONLY.test(t.title)) return undefined;
  const proposal = issuerlessProposalTitle(doc, t.title, t.start);
  if (proposal) return lawMention(doc, t, t.title, { issuers, canonical: proposal, kind: "party_document" });
  const placeless = placelessPlanTitle(doc, t.title);
  return lawMention(doc, t, t.title, { issuers, ...(placeless ? { canonical: placeless, kind: "plan" } : {}) });
}

export function findLaws(doc: Doc): Doc {
  const titles = quotedTitles(doc);
  const claims = new Claims();
  claims.add(titles);
  const taken = claims.overlaps;
  const laws: LawMention[] = [];
  for (const t of titles) {
    const law = t.document ? quotedLaw(doc, t) : undefined;
    if (law) laws.push(law);
  }
  laws.push(...wrappedTitles(doc, laws));
  const finders = [
    namedDocumentLaws,
    fiveYearPlanLaws,
    bareNationalLaws,
    nicknamedMeasures,
    bareDocuments,
    subjectDocuments,
    placeOpenedTitles,
    placeRegulations,
  ];
  for (const find of finders) {
    const found = find(doc, taken);
    laws.push(...found);
    claims.add(found);
  }
  laws.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...doc, laws };
}
