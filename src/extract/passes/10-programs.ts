/**
 * Pass 10: programs. Quoted names (programs/quoted.ts), bare names ending in a head word
 * (programs/bare.ts), national programs named by the list's name alone (programs/national.ts) and the items
 * of a list sharing one head word (programs/shared-head.ts); where two overlap the one starting first (then the longer) wins, and names are
 * folded and merged per report (programs/names.ts). Nothing inside a law or document title is a program.
 */
import type { Doc, ProgramMention } from "../document.js";
import { barePrograms } from "./programs/bare.js";
import type { Candidate } from "./programs/candidate.js";
import { foldName, mergeHeadWords } from "./programs/names.js";
import { nationalNamePrograms } from "./programs/national.js";
import { quotedPrograms } from "./programs/quoted.js";
import { sharedHeadPrograms } from "./programs/shared-head.js";
import { SpanIndex } from "./programs/spans.js";

/** A program never sits inside a law's title or crosses its edge; a law named inside the program's name is fine. */
function overlapsLaw(laws: SpanIndex, c: Candidate): boolean {
  return laws.overlapping(c.start, c.end).some((l) => !(c.start <= l.start && l.end <= c.end));
}

export function findPrograms(doc: Doc): Doc {
  const laws = new SpanIndex(doc.laws);
  const quoted = quotedPrograms(doc).filter((c) => !overlapsLaw(laws, c));
  const bare = barePrograms(doc, [...quoted, ...doc.laws]);
  const national = nationalNamePrograms(doc).filter((c) => !overlapsLaw(laws, c));
  const shared = sharedHeadPrograms(doc).filter((c) => !overlapsLaw(laws, c));
  const all = [...quoted, ...bare, ...national, ...shared].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push({ ...c, name: foldName(c.name) });
  }
  const programs: ProgramMention[] = mergeHeadWords(kept).map((c) => ({
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    name: c.name,
  }));
  return { ...doc, programs };
}
