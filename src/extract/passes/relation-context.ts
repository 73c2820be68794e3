/** Helpers of pass 12: mentions in a sentence, the acting agency of a clause, evidence records. */
import type { AgencyMention, AgencyRef, Doc, SentenceSpan, Span } from "../document.js";
import { within } from "../document.js";
import type { Evidence } from "../types.js";
import { readTsv } from "../lexicon/tsv.js";

export const CUES = new Map(
  readTsv("relation-cues.tsv").map(([rel, words]) => [rel, words.split(",").sort((a, b) => b.length - a.length)]),
);
export const cues = (name: string) => CUES.get(name) ?? [];
const NOT_ACTOR = cues("not_actor");
const NOT_SUBJECT_AFTER = [
  "会同",
  "协调",
  "接受",
  "报送",
  "向",
  "对",
  "与",
  "和",
  "及",
  "由",
  "经",
  "被",
  "给",
  "报",
  "到",
  "为",
];

export function evidenceOf(doc: Doc, s: SentenceSpan): Evidence {
  return {
    start: s.start,
    end: s.end,
    sentence: doc.text.slice(s.start, s.end),
    section: s.section,
    sectionKind: s.sectionKind,
  };
}

/** , ; : by code unit (the clause walk tests every character of a clause, twice per relation cue) */
const isClauseMark = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a;

/** The clause of sentence `s` around `pos`, between , ; : */
export function clauseOf(norm: string, s: Span, pos: number): Span {
  let start = pos;
  while (start > s.start && !isClauseMark(norm.charCodeAt(start - 1))) start--;
  let end = pos;
  while (end < s.end && !isClauseMark(norm.charCodeAt(end))) end++;
  return { start, end };
}

function canAct(doc: Doc, s: Span, m: AgencyMention): boolean {
  const { norm } = doc;
  const clause = clauseOf(norm, s, m.start);
  const clauseText = norm.slice(clause.start, clause.end);
  if (NOT_ACTOR.some((w) => clauseText.includes(w))) return false;
  if (norm[m.end] === "的" || norm[m.end] === "《") return false;
  return !NOT_SUBJECT_AFTER.some((w) => norm.startsWith(w, m.start - w.length));
}

/**
 * The agency acting at `pos`: the last agency before it in the same clause that can be a subject,
 * or the agency that opens the sentence (its subject for every clause).
 */
function actorBefore(doc: Doc, s: Span, pos: number): AgencyRef[] | undefined {
  const clause = clauseOf(doc.norm, s, pos);
  const candidates = within(doc.agencies, { start: s.start, end: pos });
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i];
    const opensSentence = m.start === s.start;
    if ((m.start >= clause.start || opensSentence) && canAct(doc, s, m)) return m.refs;
  }
  return undefined;
}

/** The actor, or the report's issuer when the sentence names none (现将有关事项报告如下 …). */
export function actorOrIssuer(doc: Doc, s: Span, pos: number): AgencyRef[] {
  return actorBefore(doc, s, pos) ?? (doc.issuer ? [doc.issuer] : []);
}

/** The cue that ends closest before `pos` in the sentence, if only `allowedGap` filler chars separate them. */
export function cueBefore(
  norm: string,
  s: Span,
  pos: number,
  words: string[],
  skip: Span[] = [],
  allowedGap = 2,
): { start: number; end: number } | undefined {
  let at = pos;
  // jump back over mentions that may sit between cue and target (党中央、国务院《…》, 《A》、《B》)
  for (let i = skip.length - 1; i >= 0; i--) {
    const m = skip[i];
    if (m.end > at) continue;
    if (!/^[、和及与]?$/.test(norm.slice(m.end, at))) break;
    at = m.start;
  }
  for (let gap = 0; gap <= allowedGap && at - gap > s.start; gap++) {
    const end = at - gap;
    if (gap > 0 && !/[认真严格全面切实积极了好和、的]/.test(norm[end])) break;
    const w = words.find((c) => norm.startsWith(c, end - c.length));
    if (w) return { start: end - w.length, end };
  }
  return undefined;
}
