import { readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import { formatScore, scoreCategory, type Category, type Gold } from "./score.js";

const fixture = (p: string) => new URL(`../fixtures/${p}`, import.meta.url);
const SEED = new URL("../../seeds/000_183ecd7d30420280.txt", import.meta.url);

function scoreAll(text: Buffer, gold: Gold, label: string, thresholds: Partial<Record<Category, number>>) {
  const result = extractReport(text);
  for (const [category, min] of Object.entries(thresholds) as [Category, number][]) {
    const s = scoreCategory(result, gold, category);
    console.log(formatScore(`${label} ${category}`, s));
    expect(s.f1, `${label} ${category}`).toBeGreaterThanOrEqual(min);
  }
}

describe("scores against hand-made gold annotations", () => {
  it.runIf(existsSync(fixture("gold/seed.gold.json")))("meets the seed thresholds (agencies, laws, jurisdictions ≥ 0.95; programs ≥ 0.80)", () => {
    const gold = JSON.parse(readFileSync(fixture("gold/seed.gold.json"), "utf8")) as Gold;
    scoreAll(readFileSync(SEED), gold, "seed", { agencies: 0.95, laws: 0.95, jurisdictions: 0.95, programs: 0.8 });
  });

  it.each(["01_nanchang-county-2021", "02_xiqing-district-amr-2019", "03_huangshui-town-2025"])(
    "meets the dev-report thresholds on %s (agencies, laws, jurisdictions ≥ 0.85)",
    (name) => {
      const gold = JSON.parse(readFileSync(fixture(`dev-reports/${name}.gold.json`), "utf8")) as Gold;
      scoreAll(readFileSync(fixture(`dev-reports/${name}.txt`)), gold, name, { agencies: 0.85, laws: 0.85, jurisdictions: 0.85, programs: 0 });
    },
  );
});
