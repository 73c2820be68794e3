/**
 * Where a batch's time goes, statement by statement. DELETES EVERYTHING in the target database (like run.ts):
 *
 *   npx tsx bench/ingest/statements.ts --reports 200 --yes-wipe [--batch-size 25] [--profile real|small] [--seed N]
 *
 * Generates and extracts the reports in this process, then twice on a fresh graph: the loader's statements for
 * new reports (what writeReports runs: lock, supersede check, writeStatements, look-alikes) awaited one at a time
 * in one transaction per batch, and the floor (floor.ts: bare UNWIND … MERGE/CREATE of the same rows), each
 * statement timed, commit apart. Batches run one after another (no concurrency), so the times add up.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config.js";
import { extractReport } from "../../src/extract/index.js";
import { createDriver } from "../../src/graph/driver.js";
import { writeStatements } from "../../src/graph/load/write-statements.js";
import { lockReports, type Query } from "../../src/graph/load/queries.js";
import { reportRows } from "../../src/graph/load/rows.js";
import { lookAlikeReports, supersededReports } from "../../src/graph/load/supersede.js";
import { applySchema } from "../../src/graph/schema.js";
import { wipe } from "../api/graph.js";
import { countGraph, floorLoad } from "./floor.js";
import { generateReports, type GeneratorProfile } from "./generate.js";

const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "200" },
    "batch-size": { type: "string", default: "25" },
    profile: { type: "string", default: "real" },
    seed: { type: "string", default: "20260101" },
    "yes-wipe": { type: "boolean", default: false },
  },
});
if (!values["yes-wipe"]) {
  console.error(
    "This benchmark DELETES EVERYTHING in the configured database: add --yes-wipe (see the top of the file).",
  );
  process.exit(2);
}
const batchSize = Number(values["batch-size"]);
const config = loadConfig();
const { database } = config.neo4j;
const texts = generateReports(Number(values.reports), Number(values.seed), values.profile as GeneratorProfile);
let t = performance.now();
const extracted = texts.map((r) => extractReport(r.text));
const extractMs = performance.now() - t;
const chars = texts.reduce((s, r) => s + r.text.length, 0);
console.log(
  `${extracted.length} ${values.profile} reports, ${chars} characters; extraction ${(extractMs / 1000).toFixed(1)} s on one thread ` +
    `(${Math.round(chars / (extractMs / 1000))} chars/s); load ${loadAverage()}`,
);

/** The statement's kind, from its Cypher (the loader's functions in queries.ts and supersede.ts). */
function kind(cypher: string): string {
  const merge = /MERGE \(n:(\w+) \{id: row\.id\}\)/.exec(cypher);
  if (merge) return `upsert ${merge[1]}`;
  const evidence = /CREATE \(a\)-\[:(\w+) /.exec(cypher);
  if (evidence) return `evidence ${evidence[1]}`;
  if (cypher.includes("SUCCEEDED_BY {source: 'lexicon'}")) return "succession links";
  if (cypher === "commit") return "commit";
  if (cypher.includes("[:MENTIONS {")) return "mentions";
  if (cypher.includes("SET n.aliases")) return "aliases";
  const link = /CREATE \(r\)-\[:(ISSUED_BY|COVERS)\]/.exec(cypher);
  if (link) return `link ${link[1]}`;
  if (cypher.includes("MERGE (r:Report")) return "lock reports";
  if (cypher.includes("old.sourceUrl")) return "supersede check";
  if (cypher.includes("MATCH (r:Report {issuer")) return "look-alikes";
  if (cypher.includes("SET r.name")) return "report properties";
  return cypher.split("\n")[0]!.slice(0, 40);
}

const driver = createDriver(config.neo4j);
try {
  const loader = new Map<string, number>();
  const floor = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);

  await fresh();
  t = performance.now();
  for (let i = 0; i < extracted.length; i += batchSize) {
    const batch = extracted.slice(i, i + batchSize);
    const rows = batch.map((r) => reportRows(r));
    const queries: Query[] = [
      lockReports(rows.map((r) => r.reportId).sort()),
      supersededReports(rows.map((r) => ({ id: r.reportId, sourceUrl: null, replaces: [] }))),
      ...writeStatements(rows, []),
      lookAlikeReports(
        batch
          .filter((r) => r.report.issuer && r.report.year != null)
          .map((r) => ({ id: r.report.id, issuer: r.report.issuer!, year: r.report.year!, reportType: null })),
        [],
      ),
    ];
    await timedTransaction(queries, (q, ms) => add(loader, kind(q.cypher), ms));
  }
  const loaderS = (performance.now() - t) / 1000;
  const loaderCounts = await countGraph(driver, database);

  await fresh();
  t = performance.now();
  await floorLoad(driver, database, extracted, batchSize, (cypher, ms) => add(floor, kind(cypher), ms));
  const floorS = (performance.now() - t) / 1000;
  const floorCounts = await countGraph(driver, database);

  const keys = [...new Set([...loader.keys(), ...floor.keys()])].sort(
    (a, b) => (loader.get(b) ?? floor.get(b) ?? 0) - (loader.get(a) ?? floor.get(a) ?? 0),
  );
  const per = (ms: number | undefined) => (ms === undefined ? "–" : (ms / extracted.length).toFixed(2));
  console.log(`\n| statement | loader ms/report | floor ms/report |\n|---|---|---|`);
  for (const k of keys) console.log(`| ${k} | ${per(loader.get(k))} | ${per(floor.get(k))} |`);
  console.log(
    `| **total** | **${per(loaderS * 1000)}** | **${per(floorS * 1000)}** |\n\nloader ${loaderS.toFixed(1)} s, floor ${floorS.toFixed(1)} s, ` +
      `loader/floor ${(loaderS / floorS).toFixed(2)}; loader ${JSON.stringify(loaderCounts)}, floor ${JSON.stringify(floorCounts)}; ` +
      `load ${loadAverage()}`,
  );
} finally {
  await driver.close();
}

async function timedTransaction(queries: Query[], onStatement: (q: Query, ms: number) => void): Promise<void> {
  const session = driver.session({ database });
  try {
    const tx = await session.beginTransaction();
    for (const q of queries) {
      const started = performance.now();
      await tx.run(q.cypher, q.params);
      onStatement(q, performance.now() - started);
    }
    const started = performance.now();
    await tx.commit();
    onStatement({ cypher: "commit", params: {} }, performance.now() - started);
  } finally {
    await session.close();
  }
}

async function fresh(): Promise<void> {
  await wipe(driver, database);
  await applySchema(driver, database);
}

function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
}
