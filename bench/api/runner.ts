/**
 * Load with autocannon (programmatic API), alternating the sides: every round runs each query on every side, the
 * sides in a rotating order (stats.roundOrder), so noise on a shared machine spreads over all of them. A request
 * whose HTTP status is 2xx but whose body carries GraphQL `errors` counts as an error.
 */
import autocannon from "autocannon";
import type { ServerProcess } from "./processes.js";
import { QUERIES, type BenchArgs, type BenchQuery, type Side } from "./queries.js";
import type { QueryName } from "./raw-cypher/queries.js";
import { roundOrder } from "./stats.js";

export interface LoadSettings {
  connections: number;
  durationSec: number;
  /** unmeasured load before each measured run (JIT, Neo4j's plan cache, connection pools) */
  warmupSec: number;
}

export interface HttpRequest {
  url: string;
  body: string;
}

/** The HTTP request one side answers a query with. */
export function requestFor(side: Side, query: BenchQuery, args: BenchArgs, url: string): HttpRequest {
  switch (side) {
    case "ours":
      return { url, body: JSON.stringify(query.ours(args)) };
    case "neo4j-graphql":
      return { url, body: JSON.stringify(query.neo4jGraphql(args)) };
    case "raw":
      return { url: `${url}/${query.name}`, body: JSON.stringify(query.rawParams(args)) };
    default:
      throw new Error(`unknown side ${String(side)}`);
  }
}

export interface LoadResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** connection errors + timeouts + non-2xx + 2xx answers with GraphQL errors */
  errors: number;
  /** the first error body seen, to say what went wrong */
  firstError?: string;
  /** CPU seconds the server process used per second of the run (1.0 = one core) */
  serverCpuCores?: number;
  serverRssMb?: number;
}

/** One autocannon run against one request. */
export async function load(request: HttpRequest, connections: number, durationSec: number): Promise<LoadResult> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: request.url,
    connections,
    duration: durationSec,
    timeout: 30,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: request.body,
        onResponse: (status, body) => {
          const bad = status < 200 || status >= 300 || body.includes('"errors":[');
          if (bad && status >= 200 && status < 300) graphqlErrors++;
          if (bad && firstError === undefined) firstError = `${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  return {
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    ...(firstError === undefined ? {} : { firstError }),
  };
}

/** A measured run with the server process's CPU and memory over it. */
export async function measure(
  server: ServerProcess,
  request: HttpRequest,
  settings: LoadSettings,
): Promise<LoadResult> {
  if (settings.warmupSec > 0) await load(request, settings.connections, settings.warmupSec);
  const before = await server.sampleNow();
  const result = await load(request, settings.connections, settings.durationSec);
  const after = await server.sampleNow();
  const cpuUs = after.cpuUserUs + after.cpuSystemUs - before.cpuUserUs - before.cpuSystemUs;
  return { ...result, serverCpuCores: cpuUs / 1e6 / ((after.at - before.at) / 1000), serverRssMb: after.rss / 2 ** 20 };
}

export interface Measurement extends LoadResult {
  size: number;
  round: number;
  query: QueryName;
  side: Side;
}

export interface AlternationPlan {
  size: number;
  rounds: number;
  sides: readonly Side[];
  queries?: readonly BenchQuery[];
  servers: Record<Side, ServerProcess | undefined>;
  args: BenchArgs;
  settings: LoadSettings;
  onResult?: (m: Measurement) => void;
}

export async function runAlternating(plan: AlternationPlan): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (let round = 0; round < plan.rounds; round++) {
    for (const query of plan.queries ?? QUERIES) {
      for (const side of roundOrder(plan.sides, round)) {
        const server = plan.servers[side];
        if (!server) continue;
        const result = await measure(server, requestFor(side, query, plan.args, server.url), plan.settings);
        const m: Measurement = { size: plan.size, round, query: query.name, side, ...result };
        out.push(m);
        plan.onResult?.(m);
      }
    }
  }
  return out;
}

/**
 * Unmeasured load of every query on every side, once, before the first round: right after a graph is built
 * Neo4j is still compiling plans, JIT-compiling and flushing, and the first round would pay for all of that
 * (whichever side runs first the most).
 */
export async function settle(
  plan: Pick<AlternationPlan, "sides" | "queries" | "servers" | "args">,
  connections: number,
  seconds: number,
): Promise<void> {
  if (seconds <= 0) return;
  for (const query of plan.queries ?? QUERIES)
    for (const side of plan.sides) {
      const server = plan.servers[side];
      if (server) await load(requestFor(side, query, plan.args, server.url), connections, seconds);
    }
}

export interface MemoryRun {
  side: Side;
  /** the judged run, after `warmupSeconds` of the same load (samples are timed from the start of the warm-up) */
  seconds: number;
  warmupSeconds: number;
  samples: { t: number; rssMb: number; heapUsedMb: number }[];
  requests: number;
  errors: number;
  firstError?: string;
}

/**
 * Loads one server with all queries at once (one autocannon per query, connections split among them) for
 * `warmupSeconds + seconds` without a break, and keeps its per-second memory samples: "is memory flat under
 * load once the process has reached its working size?". V8 grows its heap for the first minute or two of a heavy
 * load (and collects it in cycles of ~30 s at 10,000 reports), so the judged part starts after the warm-up.
 */
export async function memoryRun(
  server: ServerProcess,
  args: BenchArgs,
  connections: number,
  seconds: number,
  warmupSeconds = 0,
  queries: readonly BenchQuery[] = QUERIES,
): Promise<MemoryRun> {
  const start = Date.now();
  const perQuery = Math.max(1, Math.floor(connections / queries.length));
  const results = await Promise.all(
    queries.map((q) => load(requestFor(server.side, q, args, server.url), perQuery, warmupSeconds + seconds)),
  );
  await server.sampleNow();
  const firstError = results.find((r) => r.firstError !== undefined)?.firstError;
  return {
    side: server.side,
    seconds,
    warmupSeconds,
    samples: server
      .samplesSince(start)
      .map((s) => ({ t: (s.at - start) / 1000, rssMb: s.rss / 2 ** 20, heapUsedMb: s.heapUsed / 2 ** 20 })),
    requests: results.reduce((n, r) => n + r.requests, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    ...(firstError === undefined ? {} : { firstError }),
  };
}
