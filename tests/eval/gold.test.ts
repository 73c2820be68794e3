import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runEval } from "../../src/cli/eval-run.js";
import { formatEval } from "../../src/eval/format.js";
import { CATEGORIES, type Category } from "../../src/eval/gold.js";

/**
 * F1 floors over the project's whole gold (the seed and every *.gold.json in tests/fixtures/dev-reports).
 * The floors are what the tree reaches (rounded down), never below issue 16's target where that is reached;
 * where it is not, the target stands beside the floor.
 */
const FLOORS: Record<"micro" | "fullLengthFile" | "opening", Record<Category, number>> = {
  micro: {
    agencies: 0.98, // target (issue 16): 0.95
    laws: 0.98, // target (issue 16): 0.90
    programs: 0.92, // target (issue 16): 0.80
    jurisdictions: 0.99, // target (issue 16): 0.95
  },
  fullLengthFile: {
    agencies: 0.95, // target (issue 16): 0.75
    laws: 0.94, // target (issue 16): 0.75
    programs: 0.88, // target (issue 16): 0.75
    jurisdictions: 0.99, // target (issue 16): 0.75
  },
  // the three short openings the extractor was first built on: held where they are
  opening: { agencies: 0.85, laws: 0.85, programs: 0.85, jurisdictions: 0.85 },
};

/** The three dev texts that are only the openings of their reports (see the dev-reports README); every other gold file is a full-length report. */
const OPENINGS = ["01_nanchang-county-2021", "02_xiqing-district-amr-2019", "03_huangshui-town-2025"];

const run = runEval();
console.log(formatEval(run.files, run.micro, false));

describe("the extractor against the project's gold", () => {
  it("scores every gold file there is: the seed, the three openings and every full-length dev report", () => {
    const dev = readdirSync(new URL("../fixtures/dev-reports/", import.meta.url)).filter((f) =>
      f.endsWith(".gold.json"),
    );
    expect(dev.length).toBeGreaterThanOrEqual(9);
    expect(run.files.map((f) => f.name).sort()).toEqual(
      ["seed", ...dev.map((f) => f.slice(0, -".gold.json".length))].sort(),
    );
  });

  it.each(CATEGORIES)("reaches the micro-averaged F1 floor for %s", (category) => {
    expect(run.micro[category].f1).toBeGreaterThanOrEqual(FLOORS.micro[category]);
  });

  it.each(run.files.flatMap((f) => CATEGORIES.map((c) => [f.name, c, f.scores[c].f1] as const)))(
    "reaches the F1 floor of its kind of file in %s for %s",
    (name, category, f1) =>
      expect(f1).toBeGreaterThanOrEqual(FLOORS[OPENINGS.includes(name) ? "opening" : "fullLengthFile"][category]),
  );
});
