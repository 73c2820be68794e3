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
import { median, medianRatio, slope } from "./stats.js";

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
  settings: { sizes: number[]; rounds: number; connections: number; durationSec: number; warmupSec: number; memorySeconds: number; seed: number; sides: Side[] };
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
  const xs = ms.filter((m) => m.size === size && m.query === query && m.side === side).sort((a, b) => a.round - b.round);
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
  return medianRatio(rounds.map((r) => ours.get(r)!), rounds.map((r) => theirs.get(r)!));
}

export interface MemoryVerdict {
  flat: boolean;
  rssAfterWarmupMb: number;
  rssEndMb: number;
  heapSlopeMbPerMin: number;
  reason: string;
}

/**
 * "Flat": after a 10 s warm-up, RSS at the end is within 10% of RSS then, and heap used does not trend upward by
 * more than 1 MiB a minute (least squares over the samples; the GC saw-tooth averages out).
 */
export function memoryVerdict(run: MemoryRun, warmupSec = 10): MemoryVerdict {
  const after = run.samples.filter((s) => s.t >= Math.min(warmupSec, run.seconds / 3));
  if (after.length < 3) return { flat: false, rssAfterWarmupMb: Number.NaN, rssEndMb: Number.NaN, heapSlopeMbPerMin: Number.NaN, reason: "too few samples" };
  const head = median(after.slice(0, 3).map((s) => s.rssMb));
  const tail = median(after.slice(-3).map((s) => s.rssMb));
  const heapSlope = slope(after.map((s) => ({ x: s.t, y: s.heapUsedMb }))) * 60;
  const rssOk = tail <= head * 1.1;
  const heapOk = heapSlope <= 1;
  const reason = rssOk && heapOk ? "flat" : [!rssOk && `RSS grew ${head.toFixed(0)} → ${tail.toFixed(0)} MiB`, !heapOk && `heap used grows ${heapSlope.toFixed(1)} MiB/min`].filter(Boolean).join("; ");
  return { flat: rssOk && heapOk, rssAfterWarmupMb: head, rssEndMb: tail, heapSlopeMbPerMin: heapSlope, reason };
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
      detail: checked ? (misses.length ? `below on ${misses.join(", ")}` : `met on all ${checked} query×size pairs`) : "not measured (a side missing, or errors)",
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
    detail: mem ? `${mem.verdict.reason}; RSS ${fmt(mem.verdict.rssAfterWarmupMb, 0)} → ${fmt(mem.verdict.rssEndMb, 0)} MiB, heap slope ${fmt(mem.verdict.heapSlopeMbPerMin)} MiB/min` : "not measured",
  });
  return goals;
}
