import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import { ancestors, divisionsByCode } from "../../src/extract/lexicon/divisions.js";

describe("the administrative-division table", () => {
  it("has no division that is its own ancestor (every parent chain ends at a province)", () => {
    for (const code of divisionsByCode.keys()) {
      const seen = new Set<string>();
      for (let d = divisionsByCode.get(code); d; d = d.parent ? divisionsByCode.get(d.parent) : undefined) {
        expect(seen.has(d.code), `cycle through ${d.code} ${d.name}`).toBe(false);
        seen.add(d.code);
      }
    }
  });

  it("keeps cities without counties (东莞市, 中山市, 儋州市) as cities under their province", () => {
    for (const [code, name] of [
      ["441900", "东莞市"],
      ["442000", "中山市"],
      ["460400", "儋州市"],
    ]) {
      expect(divisionsByCode.get(code)).toMatchObject({ name, level: "city" });
      expect(ancestors(code).map((d) => d.level)).toEqual(["provincial", "city"]);
    }
  });

  // A township name that also exists under 东莞市 (东城街道) once sent the resolver round a parent cycle forever.
  it.each([
    "东营市东营区人民政府关于2024年法治政府建设工作的报告\n\n东城街道推进工作。\n",
    "东莞市东城街道开展打击非法行医行动。\n",
    "中山市东区街道落实责任。\n",
  ])("extracts %j without hanging", (text) => {
    const result = extractReport(text);
    expect(result.report.bodyEnd).toBeGreaterThan(0);
  });
});
