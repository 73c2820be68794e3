import { afterEach, describe, expect, it, vi } from "vitest";
import { main, parseArgs, refusal } from "../../bench/run-all.js";

describe("bench command line", () => {
  afterEach(() => vi.restoreAllMocks());

  it("defaults to the full run: three sizes, 3 rounds of 10 s, a 60 s memory run, every side", () => {
    const o = parseArgs(["--yes-wipe"]);
    expect(o).toMatchObject({
      yesWipe: true,
      quick: false,
      sizes: [1000, 10000, 50000],
      rounds: 3,
      durationSec: 10,
      memorySeconds: 60,
      connections: 10,
    });
    expect(o.sides).toEqual(["ours", "raw", "neo4j-graphql"]);
    expect(o.writeBenchmarksMd).toBe(true);
  });

  it("--quick uses small sizes, short runs, one round, and leaves BENCHMARKS.md alone", () => {
    expect(parseArgs(["--quick"])).toMatchObject({
      sizes: [200, 1000],
      rounds: 1,
      durationSec: 3,
      memorySeconds: 10,
      writeBenchmarksMd: false,
    });
  });

  it("takes sizes as a comma list and sorts them", () => {
    expect(parseArgs(["--sizes", "50000,1000"]).sizes).toEqual([1000, 50000]);
  });

  it.each([
    [["--sizes", "10,abc"], "--sizes needs a positive integer"],
    [["--sides", "ours,graphql"], "--sides takes a comma list"],
    [["--rounds", "0"], "--rounds needs a positive integer"],
    [["--frobnicate"], "unknown flag --frobnicate"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it("refuses to run without --yes-wipe, saying what it would wipe, before touching the database", async () => {
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
    await expect(main(["--quick"])).resolves.toBe(2);
    expect(errors.join("\n")).toContain("Pass --yes-wipe");
  });

  it("names the database and server in the refusal", () => {
    expect(refusal("bolt://127.0.0.1:7687", "neo4j")).toMatch(
      /database "neo4j" at bolt:\/\/127\.0\.0\.1:7687.*--yes-wipe/,
    );
  });
});
