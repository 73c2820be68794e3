/**
 * From raw measurements to what the report says: medians per (size, query, side), per-round ratios, and the
 * goals checked one by one. Pure, so tests can feed it made-up measurements.
 */
import type { ExtractFigures, ExternalFigures } from "./external.js";
import type { GraphFacts } from "./graph.js";
import type { MachineFacts } from "./machine.js";
import { QUERIES, type BenchArgs, type Side } from "./queries.js";
import type { QueryName } from "./raw-cypher/queries.js";
import type { Measurement, MemoryRun } from "./runner.js";
import { median, medianRatio } from "./stats.js";

export interface SizeResult {
  size: number;
  graph: GraphFacts;
  args: BenchArgs;
  /** per query and side: do the three answer the same rows (checked before the load) */
  sameRows: { query: QueryName; side: Side; same: boolean; detail?: string }[];
  measurements: Measurement[];
  /** figures from bench/ingest/run.ts at this size, when it is there */
  external: ExternalFigures;
}

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  command: string;
  quick: boolean;
  settings: {
    sizes: number[];
    rounds: number;
    connections: number;
    durationSec: number;
    warmupSec: number;
    /** absent in results written before it existed */
    settleSec?: number;
    memorySeconds: number;
    memoryWarmupSec?: number;
    seed: number;
    sides: Side[];
  };
  machine: MachineFacts;
  sizes: SizeResult[];
  memory?: MemoryRun & { size: number; verdict: MemoryVerdict };
  /** what bench/extract/run.ts printed (once per run: it does not depend on graph size) */
  extract?: ExtractFigures;
  goals?: Goal[];
}

export interface Cell {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  cpuCores: number;
  rounds: number;
}

/** Medians over rounds of one (size, query, side); errors are summed. */
export function cell(ms: readonly Measurement[], size: number, query: QueryName, side: Side): Cell | undefined {
  const xs = ms
    .filter((m) => m.size === size && m.query === query && m.side === side)
    .sort((a, b) => a.round - b.round);
  if (!xs.length) return undefined;
  return {
    reqPerSec: median(xs.map((m) => m.reqPerSec)),
    p50Ms: median(xs.map((m) => m.p50Ms)),
    p99Ms: median(xs.map((m) => m.p99Ms)),
    errors: xs.reduce((n, m) => n + m.errors, 0),
    cpuCores: median(xs.map((m) => m.serverCpuCores ?? Number.NaN)),
    rounds: xs.length,
  };
}

/** Median over rounds of (ours req/s) / (other side's req/s) in the same round. */
export function ratio(ms: readonly Measurement[], size: number, query: QueryName, other: Side): number {
  const series = (side: Side) => {
    const bySide = ms.filter((m) => m.size === size && m.query === query && m.side === side);
    return new Map(bySide.map((m) => [m.round, m.errors > 0 ? Number.NaN : m.reqPerSec]));
  };
  const ours = series("ours");
  const theirs = series(other);
  const rounds = [...ours.keys()].filter((r) => theirs.has(r));
  return medianRatio(
    rounds.map((r) => ours.get(r)!),
    rounds.map((r) => theirs.get(r)!),
  );
}

export interface MemoryVerdict {
  flat: boolean;
  /** the lowest heap used (what is live after a garbage collection) in the first and the second half of the judged run */
  heapFloorsMb: [number, number];
  /** the lowest RSS in the first and the second half */
  rssFloorsMb: [number, number];
  reason: string;
}

/**
 * "Flat" over the judged part of a memory run (after its warm-up), split in two halves: the floors — the least
 * heap used and the least RSS, i.e. what the process holds right after a collection — do not rise by more than
 * 5 % + 5 MiB from the first half to the second (a leak raises them every cycle). The heap's saw-tooth (it fills
 * for up to 30 s between collections under heavy load) makes a slope fitted over one minute meaningless.
 */
export function memoryVerdict(run: MemoryRun): MemoryVerdict {
  const judged = run.samples.filter((s) => s.t >= run.warmupSeconds);
  const middle = run.warmupSeconds + run.seconds / 2;
  const halves = [judged.filter((s) => s.t < middle), judged.filter((s) => s.t >= middle)];
  if (halves.some((h) => h.length < 2))
    return {
      flat: false,
      heapFloorsMb: [Number.NaN, Number.NaN],
      rssFloorsMb: [Number.NaN, Number.NaN],
      reason: "too few samples",
    };
  const floors = (of: (s: MemoryRun["samples"][number]) => number) =>
    halves.map((h) => Math.min(...h.map(of))) as [number, number];
  const heapFloorsMb = floors((s) => s.heapUsedMb);
  const rssFloorsMb = floors((s) => s.rssMb);
  const rose = ([first, second]: [number, number]) => second > first * 1.05 + 5;
  const shown = (what: string, [first, second]: [number, number]) =>
    `${what} ${first.toFixed(0)} → ${second.toFixed(0)} MiB`;
  const problems = [
    rose(heapFloorsMb) && shown("heap floor rose", heapFloorsMb),
    rose(rssFloorsMb) && shown("RSS floor rose", rssFloorsMb),
  ].filter((p): p is string => typeof p === "string");
  const reason = problems.length
    ? problems.join("; ")
    : `${shown("heap floor", heapFloorsMb)}, ${shown("RSS floor", rssFloorsMb)} (first → second half)`;
  return { flat: problems.length === 0, heapFloorsMb, rssFloorsMb, reason };
}

export interface Goal {
  goal: string;
  met: boolean | null;
  detail: string;
}

const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");

/** The goals, each checked at every size it applies to. `null`: could not be checked in this run. */
export function checkGoals(results: BenchResults): Goal[] {
  const goals: Goal[] = [];
  const ms = results.sizes.flatMap((s) => s.measurements);
  const sizes = results.sizes.map((s) => s.size);
  const versus = (other: Side, min: number, label: string) => {
    const misses: string[] = [];
    let checked = 0;
    for (const size of sizes)
      for (const q of QUERIES) {
        const r = ratio(ms, size, q.name, other);
        if (!Number.isFinite(r)) continue;
        checked++;
        if (r < min) misses.push(`${q.name} @${size}: ${fmt(r)}×`);
      }
    goals.push({
      goal: `our API ≥ ${min}× ${label} req/s on each query`,
      met: checked ? misses.length === 0 : null,
      detail: checked
        ? misses.length
          ? `below on ${misses.join(", ")}`
          : `met on all ${checked} query×size pairs`
        : "not measured (a side missing, or errors)",
    });
  };
  versus("raw", 0.8, "raw Cypher's");
  versus("neo4j-graphql", 1.5, "@neo4j/graphql's");
  if (sizes.length >= 2) {
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
    for (const q of ["agencyByName", "lawsPage"] as const) {
      const a = cell(ms, small, q, "ours");
      const b = cell(ms, large, q, "ours");
      const growth = a && b ? b.p99Ms / a.p99Ms : Number.NaN;
      goals.push({
        goal: `p99 of ${q} grows ≤ 2× from ${small} to ${large} reports`,
        met: Number.isFinite(growth) ? growth <= 2 : null,
        detail: a && b ? `${fmt(a.p99Ms, 1)} ms → ${fmt(b.p99Ms, 1)} ms (${fmt(growth)}×)` : "not measured",
      });
    }
  }
  const mem = results.memory;
  goals.push({
    goal: `memory of the API process flat over a ${mem?.seconds ?? 60}-second run`,
    met: mem ? mem.verdict.flat : null,
    detail: mem ? `${mem.verdict.reason} (after ${mem.warmupSeconds} s of the same load)` : "not measured",
  });
  return goals;
}
