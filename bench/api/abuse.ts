/**
 * How long the API takes to answer the abusive documents of tests/security/graphql-abuse.int.test.ts (which asserts
 * what each answer is, never how long it took): a 20,000-field document, an alias and a depth bomb, a page of
 * 1,000,000, a cursor a billion rows ahead, and Lucene syntax in search, next to an ordinary query. Each document is
 * sent `--runs` times one after another; prints the answer (error code, or data), the database queries it ran, the
 * median and the slowest time, with the load average and Node version, since on a shared machine those decide.
 *
 *   npx tsx bench/api/abuse.ts [--runs 5]
 *
 * Uses the Neo4j of config (NEO4J_URI, or the project's local one): applies the schema and ingests the seed report
 * (idempotent, as the tests do), nothing else is written.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { createApiServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config.js";
import { extractReport } from "../../src/extract/index.js";
import { createDriver } from "../../src/graph/driver.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { freePort } from "./processes.js";

const SEED_FILE = new URL("../../seeds/000_183ecd7d30420280.txt", import.meta.url);
const AGENCY = "agency:荆州市沙市区卫生和计划生育局";
const SEARCH = `query($q: String!) { search(query: $q, first: 10) { score node { __typename } } }`;

const depthBomb = () => {
  let selection = "id";
  for (let i = 0; i < 20; i++) selection = `parent { node { ${selection} } }`;
  return `{ agency(id: "${AGENCY}") { ${selection} } }`;
};
const aliases = (n: number, field: (i: number) => string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(" ")} }`;

const DOCUMENTS: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: "ordinary: one agency by id", query: `{ agency(id: "${AGENCY}") { name } }` },
  { name: "depth bomb (parent × 20)", query: depthBomb() },
  { name: "alias bomb (agency × 1,000)", query: aliases(1000, () => `agency(id: "${AGENCY}") { name }`) },
  { name: "wide document (__typename × 20,000)", query: aliases(20_000, () => "__typename") },
  { name: "agencies(first: 1000000)", query: `{ agencies(first: 1000000) { totalCount } }` },
  {
    name: "cursor a billion rows ahead",
    query: `{ agencies(first: 5, after: "${Buffer.from("o:999999999").toString("base64url")}") { edges { cursor } } }`,
  },
  { name: 'search "*"', query: SEARCH, variables: { q: "*" } },
  { name: 'search "name:x OR"', query: SEARCH, variables: { q: "name:x OR" } },
  { name: 'search "a" × 200', query: SEARCH, variables: { q: "a".repeat(200) } },
];

function parseRuns(argv: string[]): number {
  if (argv.length === 0) return 5;
  const runs = Number(argv[1]);
  if (argv[0] !== "--runs" || argv.length !== 2 || !Number.isInteger(runs) || runs < 1)
    throw new Error("usage: npx tsx bench/api/abuse.ts [--runs N]");
  return runs;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  const port = String(await freePort());
  const config = loadConfig({ NODE_ENV: "production", HOST: "127.0.0.1", PORT: port, LOG_LEVEL: "silent" });
  const driver = createDriver(config.neo4j, { retry: "serve" });
  let queries = 0;
  const server = await createApiServer(config, driver, { onRequestDone: ({ queryCount }) => (queries += queryCount) });
  try {
    await applySchema(driver, config.neo4j.database);
    await ingestReport(driver, config.neo4j.database, extractReport(readFileSync(SEED_FILE)));
    console.log(`Node ${process.version}, load average before ${load()}, ${runs} runs a document`);
    console.log("| document | answer | db queries | median ms | slowest ms |\n| --- | --- | --- | --- | --- |");
    for (const { name, query, variables } of DOCUMENTS) {
      const times: number[] = [];
      let answer = "";
      queries = 0;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const res = await fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables: variables ?? {} }),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        times.push(performance.now() - started);
        answer = body.errors ? body.errors.map((e) => e.extensions?.code ?? "?").join(", ") : "data";
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      console.log(`| ${name} | ${answer} | ${queries / runs} | ${median.toFixed(0)} | ${times.at(-1)!.toFixed(0)} |`);
    }
    console.log(`load average after ${load()}`);
  } finally {
    await server.close();
    await driver.close();
  }
}

await main();
