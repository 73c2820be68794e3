/**
 * Pass 5: the heading tree. Levels: 1 = 一、, 2 = (一), 3 = 1. / 1、, 4 = 一是 (also inline after 。).
 * Each section is classed as work done, problems or plans from its heading, else inherits its parent's class.
 */
import type { Doc } from "../document.js";
import type { Section, SectionKind } from "../types.js";
import { readTsv } from "../lexicon/tsv.js";

const NUMERAL = "[一二三四五六七八九十]{1,3}";
const HEADING_PATTERNS: [number, RegExp][] = [
  [1, new RegExp(`^${NUMERAL}、`)],
  [2, new RegExp(`^\\(${NUMERAL}\\)`)],
  [3, /^\d{1,2}(?:[、]|\.(?!\d))/],
  [4, new RegExp(`^${NUMERAL}是`)],
];
const INLINE_POINT = new RegExp(`(?<=[。;])${NUMERAL}是`, "g");

/** Cue words of section kinds (section-kinds.tsv), in the order they are tried. */
const KIND_CUES: [SectionKind, RegExp][] = readTsv("section-kinds.tsv").map(([kind, words]) => [
  kind as SectionKind,
  new RegExp(words.split(",").join("|")),
]);

function classify(heading: string): SectionKind | undefined {
  for (const [kind, re] of KIND_CUES) if (re.test(heading)) return kind;
  return undefined;
}

interface HeadingHit {
  level: number;
  start: number;
  headingEnd: number;
}

function headingEnd(norm: string, start: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, start + 60);
  const stop = norm.slice(start, limit).indexOf("。");
  return stop >= 0 ? start + stop : limit;
}

function findHeadings(norm: string, bodyEnd: number): HeadingHit[] {
  const hits: HeadingHit[] = [];
  for (let start = 0; start < bodyEnd; ) {
    let lineEnd = norm.indexOf("\n", start);
    if (lineEnd < 0 || lineEnd > bodyEnd) lineEnd = bodyEnd;
    let s = start;
    while (s < lineEnd && (norm[s] === " " || norm[s] === "\t")) s++;
    const head = norm.slice(s, Math.min(lineEnd, s + 8));
    const level = HEADING_PATTERNS.find(([, re]) => re.test(head))?.[0];
    if (level) hits.push({ level, start: s, headingEnd: headingEnd(norm, s, lineEnd) });
    // inline points (一是…。二是…) inside a paragraph; a bounded slice keeps this linear
    if (lineEnd - s < 20000) {
      const line = norm.slice(s, lineEnd);
      for (const m of line.matchAll(INLINE_POINT)) {
        const at = s + (m.index ?? 0);
        hits.push({ level: 4, start: at, headingEnd: headingEnd(norm, at, lineEnd) });
      }
    }
    start = lineEnd + 1;
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function findSections(doc: Doc): Doc {
  const hits = findHeadings(doc.norm, doc.bodyEnd);
  const sections: Section[] = [];
  const stack: { section: Section; counter: number }[] = [];
  let topCounter = 0;
  // start of the next heading at the same or a higher level, computed backwards in one sweep
  const nextStart: number[] = new Array(hits.length);
  const nearest = [Infinity, Infinity, Infinity, Infinity, Infinity];
  for (let i = hits.length - 1; i >= 0; i--) {
    nextStart[i] = Math.min(...nearest.slice(1, hits[i].level + 1));
    nearest[hits[i].level] = hits[i].start;
  }
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    while (stack.length && stack[stack.length - 1].section.level >= h.level) stack.pop();
    const parent = stack[stack.length - 1];
    const index = parent ? ++parent.counter : ++topCounter;
    const end = Math.min(nextStart[i], parent ? parent.section.end : doc.bodyEnd);
    const heading = doc.text.slice(h.start, h.headingEnd);
    const section: Section = {
      id: parent ? `${parent.section.id}.${index}` : `s${index}`,
      heading,
      level: h.level,
      parent: parent?.section.id,
      kind: classify(doc.norm.slice(h.start, h.headingEnd)) ?? parent?.section.kind ?? "other",
      start: h.start,
      end,
    };
    sections.push(section);
    stack.push({ section, counter: 0 });
  }
  return { ...doc, sections };
}
