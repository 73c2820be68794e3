/**
 * The benchmark's graph: wipe the database, apply the committed schema, ingest `size` synthetic reports from the
 * graph engineer's generator (bench/ingest/generate.ts) with the project's own loader, then count what is there
 * and pick query arguments that exist in it. Destructive by design: run-all.ts refuses without --yes-wipe.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { extractReport } from "../../src/extract/index.js";
import type { ExtractedReport } from "../../src/extract/types.js";
import { ingestReports } from "../../src/graph/load/ingest.js";
import { graphStats } from "../../src/graph/stats.js";
import { NODE_LABELS } from "../../src/graph/model.js";
import { RELATIONSHIP_TYPES } from "../../src/graph/relation-specs.js";
import { applySchema } from "../../src/graph/schema.js";
import { DEFAULT_ARGS, type BenchArgs } from "./queries.js";
import { HARNESS_QUERIES } from "./raw-cypher/queries.js";
import { standInReports } from "./standin-reports.js";

export interface GraphFacts {
  reports: number;
  nodes: number;
  relationships: number;
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  /** wall-clock seconds of wipe + schema + generate + ingest */
  buildSeconds: number;
  /** reports per second through ingestReports during the build (batches of 25, `ingestConcurrency` batches at once) */
  ingestReportsPerSec: number;
  ingestConcurrency: number;
  /** which generator made the reports */
  generator: string;
}

/** What the generator may yield: extracted reports (ingested as they are) or report text (extracted first). */
type Generated = ExtractedReport | string | { text: string; name?: string; meta?: Record<string, string> };
type Generator = (
  count: number,
  seed: number,
) => Iterable<Generated> | AsyncIterable<Generated> | Promise<Iterable<Generated>>;

const GENERATOR = new URL("../ingest/generate.ts", import.meta.url);

/**
 * The graph engineer's generator; until it exists, the stand-in of standin-reports.ts (and the report says
 * which one built the graph).
 */
export async function loadGenerator(): Promise<{ generate: Generator; name: string }> {
  if (!existsSync(fileURLToPath(GENERATOR)))
    return {
      generate: standInReports,
      name: "stand-in (bench/api/standin-reports.ts; bench/ingest/generate.ts not there yet)",
    };
  const mod = (await import(GENERATOR.href)) as { generateReports?: Generator };
  if (typeof mod.generateReports !== "function")
    throw new Error("bench/ingest/generate.ts does not export generateReports(count, seed)");
  return { generate: mod.generateReports, name: "bench/ingest/generate.ts" };
}

function toExtracted(item: Generated): ExtractedReport {
  if (typeof item === "string") return extractReport(item);
  if ("report" in item && "entities" in item) return item;
  // The generator's file name as source URL: the report id derives from it, so every generated report is its own
  // Report node even when two share issuer, title and year.
  return extractReport(item.text, item.meta ?? (item.name ? { sourceUrl: `synthetic://${item.name}` } : {}));
}

/** Deletes every node and relationship, in batches (only ever run against a benchmark database). */
export async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
    // (an hour: the driver's default transaction timeout would end it on a large graph)
    for (const statement of HARNESS_QUERIES.wipe) await session.run(statement, {}, { timeout: 3_600_000 });
  } finally {
    await session.close();
  }
}

/** reports per transaction while building a graph (as `kg ingest`) */
const INGEST_BATCH = 25;

async function* batches(
  items: AsyncIterable<Generated> | Iterable<Generated>,
  size: number,
): AsyncIterable<ExtractedReport[]> {
  let batch: ExtractedReport[] = [];
  for await (const item of items) {
    batch.push(toExtracted(item));
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Runs `work` over `items` with at most `concurrency` in flight. */
async function pool<T>(
  items: AsyncIterable<T> | Iterable<T>,
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<number> {
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  for await (const item of items) {
    const p: Promise<void> = work(item).then(() => {
      inFlight.delete(p);
      done++;
    });
    inFlight.add(p);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return done;
}

export async function buildGraph(
  driver: Driver,
  database: string,
  options: { size: number; seed: number; ingestConcurrency: number; log: (line: string) => void },
): Promise<GraphFacts> {
  const { generate, name: generator } = await loadGenerator();
  const t0 = performance.now();
  await wipe(driver, database);
  await applySchema(driver, database);
  const generated = await generate(options.size, options.seed);
  const tIngest = performance.now();
  let lastLog = tIngest;
  let reports = 0;
  await pool(batches(generated, INGEST_BATCH), options.ingestConcurrency, async (batch) => {
    const { results } = await ingestReports(
      driver,
      database,
      batch.map((extracted) => ({ extracted })),
      { force: true },
    );
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) throw failed.error;
    reports += batch.length;
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      options.log(`  ingesting… ${reports} reports, ${Math.round((lastLog - tIngest) / 1000)} s`);
    }
  });
  const ingestSeconds = (performance.now() - tIngest) / 1000;
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  const facts = await countGraph(driver, database);
  return {
    reports,
    ...facts,
    buildSeconds: (performance.now() - t0) / 1000,
    ingestReportsPerSec: reports / ingestSeconds,
    ingestConcurrency: options.ingestConcurrency,
    generator,
  };
}

export async function countGraph(
  driver: Driver,
  database: string,
): Promise<Pick<GraphFacts, "nodes" | "relationships" | "labels" | "relationshipTypes">> {
  const totals = (await driver.executeQuery(HARNESS_QUERIES.totals, {}, { database })).records[0]!;
  const counts = await graphStats(driver, database);
  return {
    nodes: Number(totals.get("nodes")),
    relationships: Number(totals.get("relationships")),
    labels: NODE_LABELS.map((label) => ({ label, count: counts.labels[label]! })),
    relationshipTypes: RELATIONSHIP_TYPES.map((type) => ({ type, count: counts.relationships[type]! })),
  };
}

/** Arguments chosen the same way at every size (raw-cypher/queries.ts pickArgs). */
export async function pickArgs(driver: Driver, database: string): Promise<BenchArgs> {
  const row = (await driver.executeQuery(HARNESS_QUERIES.pickArgs, {}, { database })).records[0];
  const agencyName = row?.get("agencyName") as string | null;
  const jurisdictionId = row?.get("jurisdictionId") as string | null;
  if (!agencyName || !jurisdictionId)
    throw new Error(
      "the graph has no agency conducting a program, or no report covering a jurisdiction: nothing to query",
    );
  const laws = Number(row!.get("laws"));
  return {
    ...DEFAULT_ARGS,
    agencyName,
    jurisdictionId,
    searchText: agencyName,
    // page 2 when there is one, so the page is never empty
    offset: laws > DEFAULT_ARGS.pageSize * 2 ? DEFAULT_ARGS.offset : 0,
  };
}
