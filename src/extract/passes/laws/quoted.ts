/** Titles in 《》: bounded (an unpaired or over-long mark is skipped), works of art and books left out. */
import type { AgencyMention, Doc, LawMention, Span } from "../../document.js";
import { sentenceAt, within } from "../../document.js";
import { isDocumentTitle } from "./titles.js";

const MAX_TITLE = 100;

/** Agencies right before 《 (党中央、国务院《…》) or opening the title (《沙市区人民政府办公室关于…》). */
export function issuersOf(doc: Doc, open: number, close: number): LawMention["issuers"] {
  const issuers: LawMention["issuers"] = [];
  const inTitle = within(doc.agencies, { start: open + 1, end: close });
  if (inTitle[0]?.start === open + 1) {
    let last: AgencyMention = inTitle[0];
    const chain = [last];
    for (const m of inTitle.slice(1)) {
      if (!/^[、和]?$/.test(doc.norm.slice(last.end, m.start))) break;
      chain.push((last = m));
    }
    if (doc.norm.startsWith("关于", last.end))
      for (const m of chain) for (const ref of m.refs) issuers.push({ ref, span: m });
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

export interface QuotedTitle extends Span {
  title: string;
  /** the title is a document (not a book or a work of art) */
  document: boolean;
}

/** Every well-formed 《…》 in the body, each judged document or not. */
export function quotedTitles(doc: Doc): QuotedTitle[] {
  const { norm, bodyEnd } = doc;
  const out: QuotedTitle[] = [];
  for (let open = norm.indexOf("《"); open >= 0 && open < bodyEnd; open = norm.indexOf("《", open + 1)) {
    const limit = Math.min(bodyEnd, open + MAX_TITLE);
    let close = -1;
    for (let i = open + 1; i < limit; i++) {
      const c = norm[i];
      if (c === "》") {
        close = i;
        break;
      }
      // a title never runs over a sentence end: an unpaired 《 must not pair with a 》 of a later sentence
      if (c === "《" || c === "\n" || c === "。" || c === "!" || c === "?") break;
    }
    if (close < 0) continue;
    const title = norm.slice(open + 1, close).trim();
    const sentence = sentenceAt(doc, open);
    const clauseStart = Math.max(sentence?.start ?? 0, open - 12);
    const before =
      norm
        .slice(clauseStart, open)
        .split(/[,;:。!?]/)
        .pop() ?? "";
    const prev = out[out.length - 1];
    const afterWork = !!prev && !prev.document && /^[、和及与\s]*$/.test(norm.slice(prev.end, open));
    const ctx = {
      before,
      after: norm.slice(close + 1, close + 8),
      sentence: sentence ? norm.slice(sentence.start, sentence.end) : before,
      afterWork,
    };
    out.push({ start: open, end: close + 1, title, document: !!title && isDocumentTitle(title, ctx) });
  }
  return out;
}
