/**
 * Scores an extraction against a gold file (format and rules: shared/dev-reports/README.md,
 * "How to score against these files"): per type precision, recall and F1.
 * Predicted entities with no mention in the text (ancestors added only to complete the
 * jurisdiction hierarchy, an issuer known only from caller metadata) are not scored: the gold
 * annotates what the text names.
 */
import type { EntityType, ExtractedReport } from "../../src/extract/types.js";

export interface GoldEntity {
  canonical?: string;
  name?: string;
  kind?: string;
  mentions: string[];
}

export interface Gold {
  report: { title: string; issuer: string | null; jurisdiction: string | null; year: number | null; publishedAt: string | null };
  agencies: GoldEntity[];
  laws: GoldEntity[];
  programs: GoldEntity[];
  jurisdictions: GoldEntity[];
  uncertain: { category: string; text: string; note: string }[];
}

export type Category = "agencies" | "laws" | "programs" | "jurisdictions";
const TYPE_OF: Record<Category, EntityType> = { agencies: "Agency", laws: "Law", programs: "Program", jurisdictions: "Jurisdiction" };

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  matched: number;
  predicted: number;
  gold: number;
  falsePositives: string[];
  missed: string[];
}

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
      if ((category === "agencies" || category === "jurisdictions") && long.endsWith(short) && namesPlaceBeforeCore(short)) return true;
      if (category === "programs" && short.length >= 4 && long.includes(short)) return true;
    }
  }
  return false;
}

export function scoreCategory(result: ExtractedReport, gold: Gold, category: Category): Score {
  const predicted = result.entities.filter((e) => e.type === TYPE_OF[category] && e.mentions.length > 0);
  const goldKeys = gold[category].map((g) => [g.canonical ?? g.name ?? "", ...g.mentions].map(normalizeName));
  const uncertainKeys = gold.uncertain.filter((u) => u.category === category).map((u) => [normalizeName(u.text)]);
  const goldHit = new Set<number>();
  let matched = 0;
  let counted = 0;
  const falsePositives: string[] = [];
  for (const e of predicted) {
    const keys = [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(normalizeName);
    let hit = false;
    goldKeys.forEach((g, i) => {
      if (keysMatch(category, keys, g)) (hit = true), goldHit.add(i);
    });
    if (hit) (matched++, counted++);
    else if (!uncertainKeys.some((u) => keysMatch(category, keys, u))) (counted++, falsePositives.push(e.name));
  }
  const precision = counted ? matched / counted : 1;
  const recall = goldKeys.length ? goldHit.size / goldKeys.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const missed = gold[category].filter((_, i) => !goldHit.has(i)).map((g) => g.canonical ?? g.name ?? "");
  return { precision, recall, f1, matched, predicted: counted, gold: goldKeys.length, falsePositives, missed };
}

export function formatScore(label: string, s: Score): string {
  const pct = (x: number) => x.toFixed(3);
  const extra = [s.falsePositives.length ? `FP: ${s.falsePositives.join(", ")}` : "", s.missed.length ? `missed: ${s.missed.join(", ")}` : ""].filter(Boolean).join("; ");
  return `${label}: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (${s.matched}/${s.predicted} predicted, ${s.gold} gold)${extra ? " — " + extra : ""}`;
}
