/**
 * Scores an extraction against a gold annotation by the rules of tests/fixtures/dev-reports/README.md
 * ("How to score against these files"): per type precision, recall and F1, with the missed gold entities and
 * the false predictions by name. Pure.
 * Predicted entities with no mention in the text (ancestors added only to complete the jurisdiction
 * hierarchy, an issuer known only from caller metadata) are not scored: the gold annotates what the text names.
 */
import type { EntityType, ExtractedReport } from "../extract/types.js";
import { CATEGORIES, goldName, type Category, type Gold } from "./gold.js";

const TYPE_OF: Record<Category, EntityType> = {
  agencies: "Agency",
  laws: "Law",
  programs: "Program",
  jurisdictions: "Jurisdiction",
};

export interface Counts {
  /** predictions that match a gold entity */
  matched: number;
  /** predictions that count: matched ones plus those matching neither gold nor an uncertain item */
  predicted: number;
  /** gold entities matched by at least one prediction */
  goldMatched: number;
  gold: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
  /** gold names no prediction matched */
  missed: string[];
  /** names of predictions matching neither the gold nor an uncertain item */
  falsePositives: string[];
}

export type FileScores = Record<Category, Score>;

export function normalizeName(s: string): string {
  return s.normalize("NFKC").replace(/[《》〈〉“”"'‘’「」『』\s]/g, "");
}

/** "the shorter still names a jurisdiction before its core": 沙市区司法局 yes, 司法局 no */
function namesPlaceBeforeCore(s: string): boolean {
  return /^(中共|中国人民政治协商会议)?.{2,}?(省|市|区|县|镇|乡|旗|州)./.test(s);
}

function keysMatch(category: Category, a: string[], b: string[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x === y) return true;
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (
        (category === "agencies" || category === "jurisdictions") &&
        long.endsWith(short) &&
        namesPlaceBeforeCore(short)
      )
        return true;
      if (category === "programs" && short.length >= 4 && long.includes(short)) return true;
    }
  }
  return false;
}

/** P, R and F1 from counts; nothing predicted is precision 1, nothing to find is recall 1. */
export function rates(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.matched / c.predicted : 1;
  const recall = c.gold ? c.goldMatched / c.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function scoreCategory(result: ExtractedReport, gold: Gold, category: Category): Score {
  const predicted = result.entities.filter((e) => e.type === TYPE_OF[category] && e.mentions.length > 0);
  const goldKeys = gold[category].map((g) => [goldName(g), ...g.mentions].map(normalizeName));
  const uncertainKeys = gold.uncertain.filter((u) => u.category === category).map((u) => [normalizeName(u.text)]);
  const goldHit = new Set<number>();
  let matched = 0;
  let counted = 0;
  const falsePositives: string[] = [];
  for (const e of predicted) {
    const keys = [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(normalizeName);
    let hit = false;
    goldKeys.forEach((g, i) => {
      if (keysMatch(category, keys, g)) ((hit = true), goldHit.add(i));
    });
    if (hit) (matched++, counted++);
    else if (!uncertainKeys.some((u) => keysMatch(category, keys, u))) (counted++, falsePositives.push(e.name));
  }
  const counts = { matched, predicted: counted, goldMatched: goldHit.size, gold: goldKeys.length };
  const missed = gold[category].filter((_, i) => !goldHit.has(i)).map(goldName);
  return { ...counts, ...rates(counts), missed, falsePositives };
}

export function scoreReport(result: ExtractedReport, gold: Gold): FileScores {
  return Object.fromEntries(CATEGORIES.map((c) => [c, scoreCategory(result, gold, c)])) as FileScores;
}

export type MicroScores = Record<Category, Counts & { precision: number; recall: number; f1: number }>;

/** Micro-average: the counts of every file pooled per type, then P, R and F1 of the pooled counts. */
export function microAverage(files: FileScores[]): MicroScores {
  const out = {} as MicroScores;
  for (const c of CATEGORIES) {
    const sum: Counts = { matched: 0, predicted: 0, goldMatched: 0, gold: 0 };
    for (const f of files) {
      sum.matched += f[c].matched;
      sum.predicted += f[c].predicted;
      sum.goldMatched += f[c].goldMatched;
      sum.gold += f[c].gold;
    }
    out[c] = { ...sum, ...rates(sum) };
  }
  return out;
}
