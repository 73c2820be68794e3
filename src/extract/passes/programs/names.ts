/**
 * One name per program within a report: the folded form without quotation marks (人工智能＋ and
 * 人工智能+ are one), and a name used both with and without its head word (“证照分离” / “证照分离”改革)
 * takes the longer form, so both mentions land on one node.
 */
import type { Candidate } from "./candidate.js";

/** head words a report adds to or drops from a program's name */
const HEAD_WORDS = [
  "改革",
  "行动",
  "工程",
  "计划",
  "机制",
  "制度",
  "试点",
  "建设",
  "活动",
  "工作",
  "体系",
  "三年行动",
  "专项行动",
  "改革试点",
  "改革行动",
];

export function foldName(name: string): string {
  return name.normalize("NFKC").replace(/[“”"'‘’「」『』\s]/g, "");
}

/** Maps each name to the longer name of the same program in this report, when there is one. */
export function mergeHeadWords(candidates: Candidate[]): Candidate[] {
  const count = new Map<string, number>();
  for (const c of candidates) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  const target = new Map<string, string>();
  for (const name of count.keys()) {
    let best: string | undefined;
    for (const h of HEAD_WORDS) {
      const longer = name + h;
      if (count.has(longer) && (!best || count.get(longer)! > count.get(best)!)) best = longer;
    }
    if (best) target.set(name, best);
  }
  return candidates.map((c) => (target.has(c.name) ? { ...c, name: target.get(c.name)! } : c));
}
