/**
 * Pass 6: sentences of the body (up to bodyEnd), split at 。!? and line breaks; over-long
 * runs without punctuation are cut at clause marks so later passes stay bounded.
 */
import type { Doc, SentenceSpan } from "../document.js";
import type { Section } from "../types.js";
import { isSpaceCode } from "../util/text.js";

const MAX_SENTENCE = 600;

/** 。 ! ? and the line break, compared as numbers: the loop tests every character of the body */
const isEnd = (c: number): boolean => c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x0a;

function innermostSection(
  sections: Section[],
  byId: Map<string, Section>,
  pos: number,
  from: number,
): { section?: Section; index: number } {
  // sections are sorted by start; the innermost one containing `pos` is the last one starting
  // before it, or one of that section's ancestors
  let index = from;
  while (index + 1 < sections.length && sections[index + 1].start <= pos) index++;
  let s: Section | undefined = sections[index];
  while (s && !(s.start <= pos && pos < s.end)) s = s.parent ? byId.get(s.parent) : undefined;
  return { section: s, index };
}

export function splitSentences(doc: Doc): Doc {
  const { norm, bodyEnd } = doc;
  const sentences: SentenceSpan[] = [];
  let cursor = -1;
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  const push = (start: number, end: number) => {
    while (start < end && isSpaceCode(norm.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(norm.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    const { section, index } = innermostSection(doc.sections, byId, start, Math.max(cursor, 0));
    cursor = index;
    sentences.push({ start, end, section: section?.id, sectionKind: section?.kind });
  };
  let start = 0;
  let lastClause = -1;
  for (let i = 0; i < bodyEnd; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0xff0c) lastClause = i; // , ;
    if (isEnd(c)) {
      push(start, i + 1);
      start = i + 1;
      lastClause = -1;
    } else if (i - start >= MAX_SENTENCE) {
      const cut = lastClause > start ? lastClause + 1 : i + 1;
      push(start, cut);
      start = cut;
      lastClause = -1;
    }
  }
  push(start, bodyEnd);
  return { ...doc, sentences };
}
