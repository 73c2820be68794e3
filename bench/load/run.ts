/**
 * Load benchmark of the API as deployed: `kg serve` (NODE_ENV=production) in its own process over the seed graph,
 * autocannon with 50 connections for 60 s sending the read queries of examples/*.graphql (their default variables
 * point at the seed report), round robin. Reports p50/p99 latency, requests per second, errors (socket errors,
 * timeouts, non-2xx answers and 200 answers carrying GraphQL errors), and the server's RSS sampled every second
 * from /proc (start, end, max), so a leak shows as RSS that keeps rising.
 *
 *   npx tsx bench/load/run.ts [--connections 50] [--duration 60] [--json out.json]
 *
 * Traffic goes to 127.0.0.1 only. Uses the Neo4j from config (the project's local one when NEO4J_URI is unset).
 */
import "reflect-metadata";
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { loadConfig } from "../../src/config.js";
import { extractReport } from "../../src/extract/index.js";
import { createDriver } from "../../src/graph/driver.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { freePort } from "../api/processes.js";

const ROOT = new URL("../../", import.meta.url);
const SEED = new URL("seeds/000_183ecd7d30420280.txt", ROOT);
const EXAMPLES = new URL("examples/", ROOT);

interface Options {
  connections: number;
  duration: number;
  json?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { connections: 50, duration: 60 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--connections") options.connections = Number(value);
    else if (flag === "--duration") options.duration = Number(value);
    else if (flag === "--json") options.json = value;
    else throw new Error(`unknown argument ${flag}; use --connections N --duration S --json FILE`);
    i++;
  }
  if (!(options.connections > 0 && options.duration > 0))
    throw new Error("--connections and --duration must be positive");
  return options;
}

/** The examples' read queries (the mutation is left out: the load is reads on the seed graph). */
function exampleQueries(): { name: string; body: string }[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ""), query: readFileSync(new URL(f, EXAMPLES), "utf8") }))
    .filter((q) => !/^\s*mutation\b/m.test(q.query))
    .map((q) => ({ name: q.name, body: JSON.stringify({ query: q.query }) }));
}

/** Resident set size of a process in bytes, from /proc (the server is measured from outside). */
function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * 1024 : NaN;
}

async function startServer(port: number) {
  const child = spawn(
    process.execPath,
    [new URL("bin/kg.mjs", ROOT).pathname, "serve", "--host", "127.0.0.1", "--port", String(port)],
    {
      env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("kg serve did not start within 60 s")), 60_000);
    let out = "";
    child.stdout!.setEncoding("utf8").on("data", (s: string) => {
      out += s;
      const match = /GraphQL API at (http:\/\/\S+)/.exec(out);
      if (match) (clearTimeout(timer), resolve(match[1]!));
    });
    child.once(
      "exit",
      (code) => (clearTimeout(timer), reject(new Error(`kg serve exited (code ${code}) before it was ready`))),
    );
  });
  return { child, url };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const config = loadConfig();

  // The seed graph: the seed report, ingested if it is not there yet (idempotent).
  const driver = createDriver(config.neo4j);
  await applySchema(driver, config.neo4j.database);
  const seeded = await ingestReport(driver, config.neo4j.database, extractReport(readFileSync(SEED)));
  await driver.close();
  console.log(`seed report ${seeded.reportId}: ${seeded.status}`);

  const queries = exampleQueries();
  const { child, url } = await startServer(await freePort());
  try {
    // Every query must answer without errors before it is used as load.
    for (const q of queries) {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: q.body });
      const answer = (await res.json()) as { errors?: unknown[] };
      if (res.status !== 200 || answer.errors)
        throw new Error(`example ${q.name} fails: ${res.status} ${JSON.stringify(answer.errors).slice(0, 300)}`);
    }

    const rss: { at: number; bytes: number }[] = [];
    const sample = () => rss.push({ at: Date.now(), bytes: rssOf(child.pid!) });
    sample();
    const timer = setInterval(sample, 1000);
    let graphqlErrors = 0;
    const result = await autocannon({
      url,
      connections: options.connections,
      duration: options.duration,
      timeout: 10,
      requests: queries.map((q) => ({
        method: "POST",
        headers: { "content-type": "application/json" },
        body: q.body,
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      })),
    });
    clearInterval(timer);
    sample();

    const bytes = rss.map((s) => s.bytes);
    const figures = {
      command: `npx tsx bench/load/run.ts --connections ${options.connections} --duration ${options.duration}`,
      queries: queries.map((q) => q.name),
      connections: options.connections,
      seconds: result.duration,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        mean: Math.round(result.latency.mean),
      },
      errors: { socket: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphql: graphqlErrors },
      rssMb: { start: mb(bytes[0]!), end: mb(bytes.at(-1)!), max: mb(Math.max(...bytes)), samples: bytes.length },
      // the last third's average against the middle third's: above ~10 % over a 60 s run deserves a longer look
      rssDriftPercent: drift(bytes),
    };
    console.log(JSON.stringify(figures, null, 2));
    if (options.json) writeFileSync(options.json, `${JSON.stringify({ ...figures, rssSamples: rss }, null, 2)}\n`);
  } finally {
    child.kill("SIGTERM");
  }
}

function drift(bytes: number[]): number {
  const third = Math.floor(bytes.length / 3);
  if (third < 2) return 0;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const middle = mean(bytes.slice(third, 2 * third));
  return Math.round(((mean(bytes.slice(2 * third)) - middle) / middle) * 1000) / 10;
}

main().catch((error: unknown) => {
  console.error(`bench/load: ${(error as Error).message}`);
  process.exitCode = 1;
});
