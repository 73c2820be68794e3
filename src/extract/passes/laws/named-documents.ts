/**
 * Documents cited by a popular name: national ones from named-documents.tsv (中央八项规定 -> 中共中央政治局
 * 关于改进工作作风、密切联系群众的八项规定, the version issued by the report's year), and quoted nicknames
 * of policy packages, which keep the name as given (“民营经济32条”, “制造业投资十条”, 国家“13条政策”).
 */
import type { Doc, LawMention, Span } from "../../document.js";
import { sentenceAt } from "../../document.js";
import { namedDocuments, versionIn } from "../../lexicon/documents.js";
import { atWordEnd } from "./bare-national.js";
import { lawMention } from "./mention.js";

export function namedDocumentLaws(doc: Doc, taken: (s: Span) => boolean): LawMention[] {
  const { norm, bodyEnd } = doc;
  const out: LawMention[] = [];
  for (const hit of namedDocuments.scan(norm, 0, bodyEnd)) {
    if (taken(hit) || !atWordEnd(norm, hit.end)) continue;
    const version = versionIn(hit.value, doc.header.year);
    if (version.context) {
      const s = sentenceAt(doc, hit.start);
      if (!s || !version.context.test(norm.slice(s.start, s.end))) continue;
    }
    for (const title of version.titles) out.push(lawMention(doc, hit, title, { canonical: title, kind: version.kind }));
  }
  return out;
}

/** “…N条” or “…十条”, optionally followed inside the quotes by 政策/措施/举措: a package of measures. */
const NICKNAME = /^[\u4e00-\u9fff]{0,12}?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})条(?:政策|措施|举措|意见)?$/;
const MAX_QUOTE = 20;

export function nicknamedMeasures(doc: Doc, taken: (s: Span) => boolean): LawMention[] {
  const { norm, text, bodyEnd } = doc;
  const out: LawMention[] = [];
  for (let open = norm.indexOf("“"); open >= 0 && open < bodyEnd; open = norm.indexOf("“", open + 1)) {
    const close = norm.indexOf("”", open + 1);
    if (close < 0 || close - open > MAX_QUOTE) continue;
    const inner = text.slice(open + 1, close);
    if (!NICKNAME.test(inner) || /^[一二三四五六七八九十0-9]+条$/.test(inner)) continue;
    const span = { start: open, end: close + 1 };
    if (taken(span)) continue;
    out.push(lawMention(doc, span, inner, { canonical: inner, kind: "normative_document" }));
  }
  return out;
}
