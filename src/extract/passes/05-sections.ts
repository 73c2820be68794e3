/**
 * Pass 5: the heading tree. Levels: 0 = an attachment (附件1, 附件：…) or a glossary (名词解释), 1 = 一、,
 * 2 = (一), 3 = 1. / 1、, 4 = 一是 (also inline after 。), 5 = an unheaded paragraph that admits problems
 * (同时也要看到…), which spans that paragraph only and whose heading is its opening clause.
 * Each section is classed as work done, problems, plans or other from its heading (section-kinds.ts), else takes
 * its parent's class; a top-level section with no cue after a plan section is a plan too (政府工作报告: after
 * 总体要求 come the year's tasks under their own names).
 */
import type { Doc } from "../document.js";
import type { Section, SectionKind } from "../types.js";
import { admissionOpening, headingKind, type ReportYear } from "./section-kinds.js";

const NUMERAL = "[一二三四五六七八九十]{1,3}";
const HEADING_PATTERNS: [number, RegExp][] = [
  [1, new RegExp(`^${NUMERAL}、`)],
  [2, new RegExp(`^\\(${NUMERAL}\\)`)],
  [3, /^\d{1,2}(?:[、]|\.(?!\d))/],
  [4, new RegExp(`^${NUMERAL}是`)],
];
const INLINE_POINT = new RegExp(`(?<=[。;])${NUMERAL}是`, "g");
/** a line that is only 附件 / 附件1 / 附件: (its title is the next line), or an attachment or glossary title */
const ATTACHMENT_ONLY = /^附件\s*\d{0,2}\s*[:]?$/;
const ATTACHMENT_LINE =
  /^(?:附件\s*\d{0,2}\s*[:]\s*\S.{0,40}|(?:附件\s*\d{0,2}\s*[:]?\s*)?(?:名词解释|词语解释|注释)\s*[:]?)$/;

interface HeadingHit {
  level: number;
  start: number;
  headingEnd: number;
  /** the text its kind is read from (an attachment's line and the title line after it) */
  cueText: string;
  /** a section that ends at its line's end (level 5) */
  lineEnd?: number;
  kind?: SectionKind;
}

function headingEnd(norm: string, start: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, start + 60);
  const stop = norm.slice(start, limit).indexOf("。");
  return stop >= 0 ? start + stop : limit;
}

function findHeadings(norm: string, bodyEnd: number): HeadingHit[] {
  const hits: HeadingHit[] = [];
  let titleLine: string | undefined; // the title line after a bare 附件N, part of that heading
  for (let start = 0; start < bodyEnd;) {
    let lineEnd = norm.indexOf("\n", start);
    if (lineEnd < 0 || lineEnd > bodyEnd) lineEnd = bodyEnd;
    let s = start;
    while (s < lineEnd && (norm[s] === " " || norm[s] === "\t" || norm[s] === "\u3000")) s++;
    const line = norm.slice(s, Math.min(lineEnd, s + 60)).trimEnd();
    const level = HEADING_PATTERNS.find(([, re]) => re.test(line.slice(0, 8)))?.[0];
    if (level)
      hits.push({
        level,
        start: s,
        headingEnd: headingEnd(norm, s, lineEnd),
        cueText: norm.slice(s, headingEnd(norm, s, lineEnd)),
      });
    else if (ATTACHMENT_ONLY.test(line)) {
      const next =
        norm
          .slice(lineEnd + 1, Math.min(bodyEnd, lineEnd + 81))
          .split("\n")
          .find((l) => l.trim()) ?? "";
      hits.push({ level: 0, start: s, headingEnd: s + line.length, cueText: `${line} ${next.trim()}` });
      titleLine = next.trim();
    } else if (ATTACHMENT_LINE.test(line) && lineEnd - s <= 60 && line !== titleLine) {
      hits.push({ level: 0, start: s, headingEnd: s + line.length, cueText: line });
    } else if (lineEnd - s < 20000) {
      const opening = admissionOpening(norm.slice(s, Math.min(lineEnd, s + 400)));
      if (opening > 0) {
        hits.push({ level: 5, start: s, headingEnd: s + opening, cueText: "", lineEnd, kind: "problem" });
        start = lineEnd + 1;
        continue; // its 一是…二是… are the problems it lists, not sections of their own
      }
    }
    // inline points (一是…。二是…) inside a paragraph; a bounded slice keeps this linear
    if (lineEnd - s < 20000) {
      for (const m of norm.slice(s, lineEnd).matchAll(INLINE_POINT)) {
        const at = s + (m.index ?? 0);
        const end = headingEnd(norm, at, lineEnd);
        hits.push({ level: 4, start: at, headingEnd: end, cueText: norm.slice(at, end) });
      }
    }
    start = lineEnd + 1;
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function findSections(doc: Doc): Doc {
  const hits = findHeadings(doc.norm, doc.bodyEnd);
  const report: ReportYear = { year: doc.header.year, workReport: doc.header.reportType === "政府工作报告" };
  const sections: Section[] = [];
  const stack: { section: Section; counter: number }[] = [];
  let topCounter = 0;
  let lastTopKind: SectionKind | undefined;
  // start of the next heading at the same or a higher level, computed backwards in one sweep
  const nextStart: number[] = new Array(hits.length);
  const nearest = [Infinity, Infinity, Infinity, Infinity, Infinity, Infinity];
  for (let i = hits.length - 1; i >= 0; i--) {
    nextStart[i] = Math.min(...nearest.slice(0, hits[i].level + 1));
    nearest[hits[i].level] = hits[i].start;
  }
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    while (stack.length && stack[stack.length - 1].section.level >= h.level) stack.pop();
    const parent = stack[stack.length - 1];
    // an admitting paragraph inside a section that is about problems already says nothing more
    if (h.level === 5 && parent?.section.kind === "problem") continue;
    const index = parent ? ++parent.counter : ++topCounter;
    const end = Math.min(nextStart[i], parent ? parent.section.end : doc.bodyEnd, h.lineEnd ?? Infinity);
    const cued = h.kind ?? headingKind(h.cueText, report);
    const continuesPlan = !parent && h.level === 1 && lastTopKind === "plan" ? "plan" : undefined;
    const section: Section = {
      id: parent ? `${parent.section.id}.${index}` : `s${index}`,
      heading: doc.text.slice(h.start, h.headingEnd),
      level: h.level,
      parent: parent?.section.id,
      kind: cued ?? continuesPlan ?? parent?.section.kind ?? "other",
      start: h.start,
      end,
    };
    if (!parent) lastTopKind = section.kind;
    sections.push(section);
    stack.push({ section, counter: 0 });
  }
  return { ...doc, sections };
}
