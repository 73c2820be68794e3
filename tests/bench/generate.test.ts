import { describe, expect, it } from "vitest";
import { CORPUS_DIR, NATIONAL_CORPUS_DIR, corpusProfile, profileOf } from "../../bench/ingest/corpus-profile.js";
import { generateReports } from "../../bench/ingest/generate.js";
import { extractReport } from "../../src/extract/index.js";

describe("benchmark generator", () => {
  it("makes `real` reports within 25% of the 80 corpus reports' means in length, entities, figures and programmes", () => {
    const corpus = corpusProfile([CORPUS_DIR, NATIONAL_CORPUS_DIR]);
    const generated = generateReports(30, 20260101, "real");
    const real = profileOf(
      generated.map((r) => extractReport(r.text, {})),
      generated.reduce((s, r) => s + r.text.length, 0),
      0,
    );
    const within = (got: number, want: number) => expect(Math.abs(got - want) / want).toBeLessThan(0.25);
    within(real.chars, corpus.chars);
    within(real.entities, corpus.entities);
    within(real.relations, corpus.relations);
    within(real.entitiesByType.Metric!, corpus.entitiesByType.Metric!);
    within(real.entitiesByType.Program!, corpus.entitiesByType.Program!);
  }, 120_000);

  it("keeps the old reports as the `small` profile, and the same seed gives the same texts", () => {
    const small = generateReports(3, 7, "small");
    expect(small.every((r) => r.text.length < 8000)).toBe(true);
    expect(generateReports(3, 7).map((r) => r.text)).toEqual(generateReports(3, 7, "real").map((r) => r.text));
    expect(generateReports(2, 7, "real")[1]!.text).toBe(generateReports(2, 7, "real")[1]!.text);
    expect(generateReports(1, 7, "real")[0]!.text.length).toBeGreaterThan(8000);
  });
});
