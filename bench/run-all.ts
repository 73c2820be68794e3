/**
 * `npm run bench`: the comparative benchmark. For each graph size it wipes the database, ingests synthetic
 * reports, then loads our API, a raw-Cypher handler and @neo4j/graphql with the same analyst queries, in
 * alternating rounds, and writes bench/results/<time>.{md,json} (and BENCHMARKS.md, unless --quick).
 * See bench/README.md. It wipes the graph, so it refuses to run without --yes-wipe.
 */
import "reflect-metadata";
import path from "node:path";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { loadConfig } from "../src/config.js";
import { createDriver } from "../src/graph/driver.js";
import { start as startLocalNeo4j } from "../src/local-neo4j/server.js";
import { buildGraph, pickArgs } from "./api/graph.js";
import { machineFacts } from "./api/machine.js";
import { ServerProcess } from "./api/processes.js";
import { canonicalRows, QUERIES, SIDES, type BenchArgs, type Side } from "./api/queries.js";
import { writeReport } from "./api/report.js";
import { memoryRun, requestFor, runAlternating, settle } from "./api/runner.js";
import { checkGoals, memoryVerdict, type BenchResults, type SizeResult } from "./api/summary.js";
import { runExtractBench, runIngestBench } from "./api/external.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface BenchOptions {
  yesWipe: boolean;
  quick: boolean;
  sizes: number[];
  rounds: number;
  durationSec: number;
  warmupSec: number;
  connections: number;
  memorySeconds: number;
  /** load before the judged memory run, so the process has reached its working size */
  memoryWarmupSec: number;
  /** unmeasured load of every query on every side before the first round at each size */
  settleSec: number;
  seed: number;
  sides: Side[];
  ingestConcurrency: number;
  cpuProf: Side[];
  external: boolean;
  writeBenchmarksMd: boolean;
}

export class UsageError extends Error {}

const FULL = {
  sizes: [1000, 10000, 50000],
  rounds: 3,
  durationSec: 10,
  warmupSec: 2,
  settleSec: 5,
  memorySeconds: 60,
  memoryWarmupSec: 60,
};
const QUICK = {
  sizes: [200, 1000],
  rounds: 1,
  durationSec: 3,
  warmupSec: 1,
  settleSec: 0,
  memorySeconds: 10,
  memoryWarmupSec: 2,
};

export const USAGE = `usage: tsx bench/run-all.ts --yes-wipe [--quick] [--sizes 1000,10000,50000] [--rounds 3] [--duration 10]
       [--warmup 2] [--settle 5] [--connections 10] [--memory-seconds 60] [--memory-warmup 60] [--seed 1]
       [--sides ours,raw,neo4j-graphql]
       [--ingest-concurrency 2] [--cpu-prof ours] [--no-external] [--no-benchmarks-md]`;

/** Parses the command line; defaults come from --quick or the full run. Throws UsageError on a bad flag. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes("--quick");
  const base = quick ? QUICK : FULL;
  const o: BenchOptions = {
    yesWipe: false,
    quick,
    ...base,
    connections: 10,
    seed: 1,
    sides: [...SIDES],
    ingestConcurrency: 2,
    cpuProf: [],
    external: true,
    writeBenchmarksMd: !quick,
  };
  const positiveInt = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`${flag} needs a positive integer, got ${JSON.stringify(v ?? "")}`);
    return n;
  };
  const sideList = (flag: string, v: string | undefined) => {
    const xs = (v ?? "").split(",").filter(Boolean);
    const bad = xs.filter((x) => !SIDES.includes(x as Side));
    if (!xs.length || bad.length)
      throw new UsageError(`${flag} takes a comma list of ${SIDES.join(", ")}; got ${JSON.stringify(v ?? "")}`);
    return xs as Side[];
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => argv[++i];
    switch (flag) {
      case "--yes-wipe":
        o.yesWipe = true;
        break;
      case "--quick":
        break;
      case "--sizes":
        o.sizes = (value() ?? "").split(",").map((x) => positiveInt("--sizes", x));
        break;
      case "--rounds":
        o.rounds = positiveInt(flag, value());
        break;
      case "--duration":
        o.durationSec = positiveInt(flag, value());
        break;
      case "--warmup":
        o.warmupSec = Number(value());
        if (!(o.warmupSec >= 0)) throw new UsageError("--warmup needs a number of seconds ≥ 0");
        break;
      case "--settle":
        o.settleSec = Number(value());
        if (!(o.settleSec >= 0)) throw new UsageError("--settle needs a number of seconds ≥ 0");
        break;
      case "--memory-warmup":
        o.memoryWarmupSec = Number(value());
        if (!(o.memoryWarmupSec >= 0)) throw new UsageError("--memory-warmup needs a number of seconds ≥ 0");
        break;
      case "--connections":
        o.connections = positiveInt(flag, value());
        break;
      case "--memory-seconds":
        o.memorySeconds = Number(value());
        if (!(o.memorySeconds >= 0))
          throw new UsageError("--memory-seconds needs a number ≥ 0 (0 skips the memory run)");
        break;
      case "--seed":
        o.seed = positiveInt(flag, value());
        break;
      case "--sides":
        o.sides = sideList(flag, value());
        break;
      case "--ingest-concurrency":
        o.ingestConcurrency = positiveInt(flag, value());
        break;
      case "--cpu-prof":
        o.cpuProf = sideList(flag, value());
        break;
      case "--no-external":
        o.external = false;
        break;
      case "--no-benchmarks-md":
        o.writeBenchmarksMd = false;
        break;
      case "--benchmarks-md":
        o.writeBenchmarksMd = true;
        break;
      default:
        throw new UsageError(`unknown flag ${flag}\n${USAGE}`);
    }
  }
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  return o;
}

export function refusal(uri: string, database: string): string {
  return (
    `bench: refusing to run. It wipes every node of database "${database}" at ${uri} (the same Neo4j the tests use) and ` +
    `rebuilds it with synthetic reports; nothing is restored afterwards. Pass --yes-wipe to go ahead (npm run bench does).`
  );
}

const log = (line: string) => console.log(`[bench] ${line}`);

async function sameRows(
  servers: Partial<Record<Side, ServerProcess>>,
  args: BenchArgs,
): Promise<SizeResult["sameRows"]> {
  const out: SizeResult["sameRows"] = [];
  for (const q of QUERIES) {
    const answers = new Map<Side, unknown>();
    for (const [side, server] of Object.entries(servers) as [Side, ServerProcess][]) {
      const req = requestFor(side, q, args, server.url);
      try {
        const res = await fetch(req.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: req.body,
        });
        const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
        if (json.errors?.length || !json.data)
          throw new Error(json.errors?.[0]?.message ?? `HTTP ${res.status} without data`);
        answers.set(side, canonicalRows(q.name, side, json.data));
      } catch (error) {
        out.push({
          query: q.name,
          side,
          same: false,
          detail: `request failed: ${(error as Error).message.slice(0, 300)}`,
        });
      }
    }
    const reference = answers.get("raw");
    for (const [side, rows] of answers) {
      const same = reference === undefined ? false : isDeepStrictEqual(rows, reference);
      out.push({
        query: q.name,
        side,
        same,
        ...(same
          ? {}
          : {
              detail:
                reference === undefined
                  ? "no raw answer to compare with"
                  : `differs from raw: ${JSON.stringify(rows).slice(0, 300)}`,
            }),
      });
    }
  }
  return out;
}

async function startServers(
  sides: readonly Side[],
  cpuProf: readonly Side[],
  failures: string[],
): Promise<Partial<Record<Side, ServerProcess>>> {
  const servers: Partial<Record<Side, ServerProcess>> = {};
  for (const side of sides) {
    try {
      const cpuProfDir = cpuProf.includes(side) ? path.join(ROOT, "bench/results/profiles") : undefined;
      servers[side] = await ServerProcess.start(side, cpuProfDir ? { cpuProfDir } : {});
    } catch (error) {
      const message = `${side}: ${(error as Error).message.split("\n")[0]}`;
      failures.push(message);
      log(`cannot start ${message} — measuring without it`);
    }
  }
  return servers;
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`bench: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const config = loadConfig();
  if (!options.yesWipe) {
    console.error(refusal(config.neo4j.uri, config.neo4j.database));
    return 2;
  }
  if (config.neo4j.managedLocally) await startLocalNeo4j(config.neo4j, log);
  const driver = createDriver(config.neo4j);
  const database = config.neo4j.database;
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    command: `tsx bench/run-all.ts ${argv.join(" ")}`.trim(),
    quick: options.quick,
    settings: {
      sizes: options.sizes,
      rounds: options.rounds,
      connections: options.connections,
      durationSec: options.durationSec,
      warmupSec: options.warmupSec,
      memorySeconds: options.memorySeconds,
      memoryWarmupSec: options.memoryWarmupSec,
      settleSec: options.settleSec,
      seed: options.seed,
      sides: options.sides,
    },
    machine: await machineFacts(driver, database),
    sizes: [],
  };
  const startFailures: string[] = [];
  try {
    for (const size of options.sizes) {
      log(`${size} reports: wiping and building the graph…`);
      const graph = await buildGraph(driver, database, {
        size,
        seed: options.seed,
        ingestConcurrency: options.ingestConcurrency,
        log,
      });
      log(`  ${graph.nodes} nodes, ${graph.relationships} relationships in ${graph.buildSeconds.toFixed(1)} s`);
      const args = await pickArgs(driver, database);
      const servers = await startServers(options.sides, options.cpuProf, startFailures);
      const rows = await sameRows(servers, args);
      for (const r of rows.filter((x) => !x.same))
        log(`  ${r.query} on ${r.side}: not the same rows as raw (${r.detail})`);
      if (options.settleSec > 0) {
        log(`  settling: every query on every side for ${options.settleSec} s, unmeasured…`);
        await settle(
          { sides: options.sides, servers: servers as Record<Side, ServerProcess | undefined>, args },
          options.connections,
          options.settleSec,
        );
      }
      const measurements = await runAlternating({
        size,
        rounds: options.rounds,
        sides: options.sides,
        servers: servers as Record<Side, ServerProcess | undefined>,
        args,
        settings: { connections: options.connections, durationSec: options.durationSec, warmupSec: options.warmupSec },
        onResult: (m) =>
          log(
            `  round ${m.round + 1} ${m.query.padEnd(13)} ${m.side.padEnd(13)} ${m.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms  errors ${m.errors}${m.firstError ? ` (${m.firstError.slice(0, 120)})` : ""}`,
          ),
      });
      const isLargest = size === options.sizes.at(-1);
      for (const side of Object.keys(servers) as Side[])
        if (!(isLargest && side === "ours")) await servers[side]!.stop();
      if (isLargest && servers.ours && options.memorySeconds > 0) {
        log(
          `  memory: our API alone for ${options.memoryWarmupSec} s of warm-up and ${options.memorySeconds} s judged…`,
        );
        const run = await memoryRun(
          servers.ours,
          args,
          options.connections,
          options.memorySeconds,
          options.memoryWarmupSec,
        );
        results.memory = { ...run, size, verdict: memoryVerdict(run) };
      }
      await servers.ours?.stop();
      const external = options.external
        ? await runIngestBench(size, options.seed, log)
        : { missing: ["skipped (--no-external)"] };
      results.sizes.push({ size, graph, args, sameRows: rows, measurements, external });
    }
  } finally {
    await driver.close();
  }
  if (options.external) results.extract = runExtractBench(log);
  results.machine.loadAverage.end = os.loadavg()[0]!;
  results.finishedAt = new Date().toISOString();
  results.goals = checkGoals(results);
  if (startFailures.length)
    results.goals.push({ goal: "every server started", met: false, detail: startFailures.join("; ") });
  const written = writeReport(results, {
    resultsDir: path.join(ROOT, "bench/results"),
    ...(options.writeBenchmarksMd ? { benchmarksMd: path.join(ROOT, "BENCHMARKS.md") } : {}),
  });
  log(
    `wrote ${written.markdown} and ${written.json}${written.benchmarksMd ? `, and updated ${written.benchmarksMd}` : ""}`,
  );
  for (const g of results.goals)
    log(`goal: ${g.goal}: ${g.met === null ? "not checked" : g.met ? "met" : "NOT met"} — ${g.detail}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`bench: ${error.stack ?? error.message}`);
      process.exit(1);
    },
  );
}
