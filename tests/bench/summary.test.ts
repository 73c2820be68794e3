import { describe, expect, it } from "vitest";
import { BENCHMARKS_END, BENCHMARKS_START, renderMarkdown, spliceIntoBenchmarks } from "../../bench/api/report.js";
import type { Measurement, MemoryRun } from "../../bench/api/runner.js";
import { cell, checkGoals, memoryVerdict, ratio, type BenchResults } from "../../bench/api/summary.js";
import { DEFAULT_ARGS, type Side } from "../../bench/api/queries.js";
import type { QueryName } from "../../bench/api/raw-cypher/queries.js";

const QUERY_NAMES: QueryName[] = ["agencyByName", "lawsPage", "search", "nested", "topLaws"];

/** Measurements where each side has a fixed req/s and p99, for every query, size and round. */
function measurements(
  sizes: number[],
  perSide: Record<Side, { rps: number; p99: (size: number) => number }>,
): Measurement[] {
  const out: Measurement[] = [];
  for (const size of sizes)
    for (let round = 0; round < 3; round++)
      for (const query of QUERY_NAMES)
        for (const side of Object.keys(perSide) as Side[])
          out.push({
            size,
            round,
            query,
            side,
            reqPerSec: perSide[side].rps,
            p50Ms: 5,
            p99Ms: perSide[side].p99(size),
            requests: 100,
            errors: 0,
            serverCpuCores: 0.5,
          });
  return out;
}

function results(ms: Measurement[], memory?: MemoryRun): BenchResults {
  const sizes = [...new Set(ms.map((m) => m.size))];
  return {
    startedAt: "2026-01-01T00:00:00.000Z",
    command: "tsx bench/run-all.ts --yes-wipe",
    quick: false,
    settings: {
      sizes,
      rounds: 3,
      connections: 10,
      durationSec: 10,
      warmupSec: 2,
      memorySeconds: 60,
      seed: 1,
      sides: ["ours", "raw", "neo4j-graphql"],
    },
    machine: {
      cpus: 2,
      cpuModel: "x",
      memoryGiB: 24,
      os: "Linux",
      node: "v20",
      java: "openjdk 17",
      neo4j: "5.26.30",
      loadAverage: { start: 1 },
      gitCommit: "abc",
      gitDirty: false,
    },
    sizes: sizes.map((size) => ({
      size,
      graph: {
        reports: size,
        nodes: size * 7,
        relationships: size * 40,
        labels: [],
        relationshipTypes: [],
        buildSeconds: 1,
        ingestReportsPerSec: 100,
        ingestConcurrency: 4,
        generator: "test",
      },
      args: { ...DEFAULT_ARGS, agencyName: "a", jurisdictionId: "j", searchText: "a" },
      sameRows: [],
      measurements: ms.filter((m) => m.size === size),
      external: { missing: [] },
    })),
    ...(memory ? { memory: { ...memory, size: Math.max(...sizes), verdict: memoryVerdict(memory) } } : {}),
  };
}

const flatMemory: MemoryRun = {
  side: "ours",
  seconds: 60,
  warmupSeconds: 0,
  requests: 1000,
  errors: 0,
  samples: Array.from({ length: 60 }, (_, t) => ({ t, rssMb: 150 + (t % 5), heapUsedMb: 60 + (t % 7) })),
};

/**
 * What V8 does under heavy load: the heap fills for 25 s and a collection brings it back to the same floor, RSS
 * following; after 60 s of warm-up the process has its working size. Over 60 s, one such cycle is not a trend.
 */
const sawTooth: MemoryRun = {
  side: "ours",
  seconds: 60,
  warmupSeconds: 60,
  requests: 1000,
  errors: 0,
  samples: Array.from({ length: 120 }, (_, t) => ({
    t,
    rssMb: Math.min(200 + t * 3, 380) + (t % 25) * 2,
    heapUsedMb: 90 + (t % 25) * 8,
  })),
};

describe("bench summary and goals", () => {
  it("takes medians over rounds and sums errors", () => {
    const ms = measurements([1000], {
      ours: { rps: 90, p99: () => 20 },
      raw: { rps: 100, p99: () => 10 },
      "neo4j-graphql": { rps: 50, p99: () => 40 },
    });
    ms[0]!.errors = 2;
    expect(cell(ms, 1000, "agencyByName", "ours")).toMatchObject({ reqPerSec: 90, p99Ms: 20, errors: 2, rounds: 3 });
  });

  it("ignores a round with errors in the ratio rather than counting a fast failure as throughput", () => {
    const ms = measurements([1000], {
      ours: { rps: 90, p99: () => 20 },
      raw: { rps: 100, p99: () => 10 },
      "neo4j-graphql": { rps: 50, p99: () => 40 },
    });
    const failing = ms.find((m) => m.side === "ours" && m.query === "search" && m.round === 0)!;
    failing.reqPerSec = 5000;
    failing.errors = 5000;
    expect(ratio(ms, 1000, "search", "raw")).toBeCloseTo(0.9);
  });

  it("says every goal is met when ours is within 0.8× raw, 1.5× faster than @neo4j/graphql, p99 stable, memory flat", () => {
    const ms = measurements([1000, 50000], {
      ours: { rps: 90, p99: () => 20 },
      raw: { rps: 100, p99: () => 10 },
      "neo4j-graphql": { rps: 50, p99: () => 40 },
    });
    const goals = checkGoals(results(ms, flatMemory));
    expect(goals.map((g) => g.met)).toEqual([true, true, true, true, true]);
  });

  it("names the queries and sizes where a goal is missed", () => {
    const ms = measurements([1000, 50000], {
      ours: { rps: 70, p99: (size) => (size > 1000 ? 100 : 20) },
      raw: { rps: 100, p99: () => 10 },
      "neo4j-graphql": { rps: 60, p99: () => 40 },
    });
    const [vsRaw, vsLibrary, p99ByName] = checkGoals(results(ms));
    expect(vsRaw).toMatchObject({ met: false });
    expect(vsRaw!.detail).toContain("agencyByName @1000: 0.70×");
    expect(vsLibrary).toMatchObject({ met: false });
    expect(p99ByName).toMatchObject({ met: false, detail: "20.0 ms → 100.0 ms (5.00×)" });
  });

  it("calls memory flat when heap floor and RSS peak hold, and not flat when it leaks", () => {
    expect(memoryVerdict(flatMemory).flat).toBe(true);
    const leaking: MemoryRun = {
      ...flatMemory,
      samples: flatMemory.samples.map((s) => ({ ...s, rssMb: 150 + s.t * 2, heapUsedMb: 60 + s.t })),
    };
    const verdict = memoryVerdict(leaking);
    expect(verdict.flat).toBe(false);
    // first half t 0-29: heap floor 60, RSS floor 150; second half t 30-59: 90 and 210
    expect(verdict.heapFloorsMb).toEqual([60, 90]);
    expect(verdict.reason).toBe("heap floor rose 60 → 90 MiB; RSS floor rose 150 → 210 MiB");
  });

  it("judges memory after the warm-up only, and does not take a garbage collector's saw-tooth for a leak", () => {
    const verdict = memoryVerdict(sawTooth);
    // judged: t 60-119; both halves come back to heap 90 and RSS 380 after a collection (t 75 and t 100)
    expect(verdict).toMatchObject({ flat: true, heapFloorsMb: [90, 90], rssFloorsMb: [380, 380] });
    // the same saw-tooth judged from the start, while RSS still grows toward its working size, is not flat
    expect(memoryVerdict({ ...sawTooth, warmupSeconds: 0, seconds: 120 }).flat).toBe(false);
  });

  it("says a leak in the saw-tooth is one: the floor after each collection rises", () => {
    const leaking = { ...sawTooth, samples: sawTooth.samples.map((s) => ({ ...s, heapUsedMb: s.heapUsedMb + s.t })) };
    expect(memoryVerdict(leaking)).toMatchObject({ flat: false });
    expect(memoryVerdict(leaking).reason).toMatch(/^heap floor rose/);
  });

  it("reports unmeasured goals as not checked, never as met", () => {
    const ms = measurements([1000], { ours: { rps: 90, p99: () => 20 }, raw: { rps: 100, p99: () => 10 } } as never);
    const goals = checkGoals(results(ms));
    expect(goals.find((g) => g.goal.includes("@neo4j/graphql"))!.met).toBeNull();
    expect(goals.find((g) => g.goal.includes("memory"))!.met).toBeNull();
  });

  it("writes the command, the machine and the @cypher marks into the markdown", () => {
    const ms = measurements([1000], {
      ours: { rps: 90, p99: () => 20 },
      raw: { rps: 100, p99: () => 10 },
      "neo4j-graphql": { rps: 50, p99: () => 40 },
    });
    const md = renderMarkdown(results(ms, flatMemory));
    expect(md).toContain("Command: `tsx bench/run-all.ts --yes-wipe`");
    expect(md).toContain("2 cores");
    expect(md).toContain("@neo4j/graphql (@cypher)");
    expect(md).toMatch(/\| topLaws \| our API \| 90 \|/);
  });

  it("replaces only what is between the BENCHMARKS.md markers", () => {
    const before = `# Benchmarks\n\nprose\n\n${BENCHMARKS_START}\nold\n${BENCHMARKS_END}\n\nmore prose\n`;
    expect(spliceIntoBenchmarks(before, "new table")).toBe(
      `# Benchmarks\n\nprose\n\n${BENCHMARKS_START}\nnew table\n${BENCHMARKS_END}\n\nmore prose\n`,
    );
    expect(spliceIntoBenchmarks("# Benchmarks\n", "t")).toBe(
      `# Benchmarks\n\n${BENCHMARKS_START}\nt\n${BENCHMARKS_END}\n`,
    );
  });
});
