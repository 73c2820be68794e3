/**
 * The readable output of `kg eval`: one block per file (scores, then the missed and false names), then the
 * micro-average as the last six lines, so `kg eval | tail -6` is the summary.
 */
import { CATEGORIES } from "./gold.js";
import type { Counts, FileScores, MicroScores } from "./score.js";

export interface FileResult {
  /** file name without `.gold.json` */
  name: string;
  gold: string;
  text: string;
  scores: FileScores;
}

const f3 = (x: number) => x.toFixed(3);
const TYPE_WIDTH = Math.max(...CATEGORIES.map((c) => c.length)) + 2;

function line(type: string, s: Counts & { precision: number; recall: number; f1: number }): string {
  const found = `${s.goldMatched}/${s.gold}`.padStart(9);
  const right = `${s.matched}/${s.predicted}`.padStart(9);
  return `  ${type.padEnd(TYPE_WIDTH)}${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${found}  ${right}`;
}

const HEADER = `  ${"type".padEnd(TYPE_WIDTH)}P      R      F1     gold found  predictions right`;

export function formatFile(r: FileResult, lists = true): string[] {
  const out = [`${r.name}  (${r.text})`, HEADER];
  for (const c of CATEGORIES) {
    const s = r.scores[c];
    out.push(line(c, s));
    if (!lists) continue;
    if (s.missed.length) out.push(`      missed: ${s.missed.join(" | ")}`);
    if (s.falsePositives.length) out.push(`      false:  ${s.falsePositives.join(" | ")}`);
  }
  return out;
}

export function formatMicro(micro: MicroScores, files: number): string[] {
  return [
    `micro-average over ${files} file${files === 1 ? "" : "s"}`,
    HEADER,
    ...CATEGORIES.map((c) => line(c, micro[c])),
  ];
}

export function formatEval(results: FileResult[], micro: MicroScores, lists = true): string {
  return [...results.flatMap((r) => [...formatFile(r, lists), ""]), ...formatMicro(micro, results.length)].join("\n");
}
