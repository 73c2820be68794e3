/**
 * seeds/ is what `npm start` ingests (kg start's default --seeds): the district seed, the State Council's work
 * reports of 1954-2025 and the provincial work reports of 2026, expanded the way `kg ingest` expands a folder.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expandInputs } from "../../src/cli/input-files.js";

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
const { files, errors } = expandInputs([SEEDS]);
const relative = files.map((f) => f.slice(SEEDS.length));

describe("the seeds folder npm start ingests", () => {
  it("holds 81 reports: the seed, 52 State Council reports and 28 provincial reports", () => {
    expect(errors).toEqual([]);
    expect(relative.filter((f) => !f.includes("/"))).toEqual(["000_183ecd7d30420280.txt"]);
    expect(relative.filter((f) => f.startsWith("national-1954-2025/"))).toHaveLength(52);
    expect(relative.filter((f) => f.startsWith("provincial-2026/"))).toHaveLength(28);
    expect(files).toHaveLength(81);
  });

  it("spans 1954 to 2025 nationally and every province once in 2026", () => {
    const years = relative.flatMap((f) => /^national-1954-2025\/国务院-(\d{4})-政府工作报告\.txt$/.exec(f)?.[1] ?? []);
    expect(years[0]).toBe("1954");
    expect(years.at(-1)).toBe("2025");
    const provinces = relative.flatMap((f) => /^provincial-2026\/(.+)-2026-政府工作报告\.txt$/.exec(f)?.[1] ?? []);
    expect(new Set(provinces).size).toBe(28);
  });

  it("does not ingest its README as a report", () => {
    expect(readdirSync(SEEDS)).toContain("README");
    expect(relative.some((f) => /readme/i.test(f))).toBe(false);
  });
});
