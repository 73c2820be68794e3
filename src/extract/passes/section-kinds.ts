/**
 * What a section reports (work done, problems admitted, plans, or other), from its heading: the cue words of
 * lexicon/section-kinds.tsv, and the year a heading names. Also the unheaded paragraphs that admit problems.
 */
import type { SectionKind } from "../types.js";
import { readTsv } from "../lexicon/tsv.js";

const rows = readTsv("section-kinds.tsv");
const row = (kind: string) =>
  new RegExp(
    rows
      .find(([k]) => k === kind)![1]!
      .split(",")
      .join("|"),
  );
const cues = (kind: SectionKind): [SectionKind, RegExp] => [kind, row(kind)];

const BEFORE_YEAR = [cues("other"), cues("problem")];
const AFTER_YEAR = [cues("plan"), cues("work")];
const ADMISSION = row("problem-paragraph");
const PROBLEM_WORD = row("problem-words");
const YEARS = /((?:19|20)\d{2})年|“?十([一二三四五六七八九])五”?|第十([一二三四五六七八九])个五年/g;
const DIGIT = "一二三四五六七八九";

/**
 * The latest year a heading names: a year (2025年), or the first year of a five-year plan period (“十五五”,
 * 第十五个五年: from the third plan on, which began in 1966 after three years of readjustment, the Nth began in
 * 1951 + 5N, so 十四五 = 2021, 十五五 = 2026). 2025年和“十四五”时期 → 2025.
 */
function latestYear(heading: string): number | undefined {
  let latest: number | undefined;
  for (const m of heading.matchAll(YEARS)) {
    const digit = m[2] ?? m[3];
    const year = m[1] ? Number(m[1]) : 1951 + 5 * (11 + DIGIT.indexOf(digit!));
    latest = Math.max(latest ?? 0, year);
  }
  return latest;
}

export interface ReportYear {
  /** the year the report is on (a 政府工作报告: the year it is delivered, so the year it plans) */
  year: number | null;
  workReport: boolean;
}

/**
 * The kind a heading names, or undefined (the section then takes its parent's). Glossaries and problems by their
 * words first; then the latest year it names: in a 政府工作报告 of 2026, 2025年… is the review and 2026年… or
 * “十五五”… the plan (whatever the words: 2026年主要工作 plans); in a report on 2016, 2017年… is the plan. Then the
 * words of plans and work.
 */
export function headingKind(heading: string, report: ReportYear): SectionKind | undefined {
  for (const [kind, re] of BEFORE_YEAR) if (re.test(heading)) return kind;
  const year = latestYear(heading);
  if (year && report.year) {
    if (report.workReport ? year >= report.year : year > report.year) return "plan";
    return "work";
  }
  for (const [kind, re] of AFTER_YEAR) if (re.test(heading)) return kind;
  return undefined;
}

/**
 * Length of the opening of a paragraph that admits problems (同时也要看到，…困难和挑战；我们也清醒认识到，…), which
 * serves as its heading; 0 when the paragraph does not. The turn must come early in the first sentence, and the
 * sentence must name a problem: 我们高兴地看到… admits nothing.
 */
export function admissionOpening(paragraph: string): number {
  const stop = paragraph.search(/[。!?]/);
  const first = stop < 0 ? paragraph.slice(0, 300) : paragraph.slice(0, stop);
  const turn = ADMISSION.exec(first.slice(0, 40));
  if (!turn || !PROBLEM_WORD.test(first)) return 0;
  const clause = first.slice(turn.index + turn[0].length).search(/[,，:：;；]/);
  return clause < 0 ? first.length : turn.index + turn[0].length + clause;
}
