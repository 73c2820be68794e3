import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
// the real command, as users run it (dist/, compiled by the test setup when stale)
const kg = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/kg.mjs", "extract", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });

describe("kg extract", () => {
  it("prints exactly one JSON object with report, entities, relations and sections", () => {
    const run = kg("seeds/000_183ecd7d30420280.txt", "--json", "--source-url", "http://example.org/seed");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(["report", "entities", "relations", "sections"]);
    expect(out.report.sourceUrl).toBe("http://example.org/seed");
    expect(out.entities.some((e: { id: string }) => e.id === "agency:荆州市沙市区卫生和计划生育局")).toBe(true);
  });

  it("prints a readable summary grouped by type without --json", () => {
    const run = kg("tests/fixtures/dev-reports/03_huangshui-town-2025.txt", "--published", "2026-01-08");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Agency (");
    expect(run.stdout).toContain("重庆市石柱土家族自治县黄水镇人民政府");
    expect(run.stdout).toContain("published: 2026-01-08");
  });

  it("exits 2 with one error line for a missing file or a malformed --published date", () => {
    const missing = kg("no/such/file.txt");
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toMatch(/^error: /);
    const badDate = kg("seeds/000_183ecd7d30420280.txt", "--published", "2017-3-6");
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/^error: --published must be YYYY-MM-DD/);
  });

  it("exits 2 with one error line for a binary file", () => {
    const png = kg("tests/extract/support/not-a-report.png");
    expect(png.status).toBe(2);
    expect(png.stderr.trim()).toBe("error: input is a PNG image, not a text report");
  });
});
