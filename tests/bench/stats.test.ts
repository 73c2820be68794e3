import { describe, expect, it } from "vitest";
import { median, medianRatio, roundOrder } from "../../bench/api/stats.js";

describe("bench statistics", () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5], 5],
    [[Number.NaN, 7, 1], 4],
  ])("median of %j is %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("gives NaN for no finite values instead of throwing", () => {
    expect(median([])).toBeNaN();
  });

  it("rotates the starting side every round so each side goes first equally often", () => {
    const sides = ["ours", "raw", "neo4j-graphql"];
    expect([0, 1, 2, 3].map((r) => roundOrder(sides, r))).toEqual([
      ["ours", "raw", "neo4j-graphql"],
      ["raw", "neo4j-graphql", "ours"],
      ["neo4j-graphql", "ours", "raw"],
      ["ours", "raw", "neo4j-graphql"],
    ]);
  });

  it("takes the median of per-round ratios, so a slow round for both sides cancels out", () => {
    // round 2 ran while the machine was busy: both sides halved, the ratio stays 0.8
    expect(medianRatio([80, 40, 80], [100, 50, 100])).toBeCloseTo(0.8);
  });

  it("skips rounds where the other side has no throughput", () => {
    expect(medianRatio([80, 90], [0, 100])).toBeCloseTo(0.9);
  });
});
