/**
 * `kg import` builds, with neo4j-admin, the graph `kg ingest` writes from the same files: the seed (with caller
 * metadata, --meta) and 50 corpus reports (25 State Council reports, 25 provincial reports of 2026), compared node by
 * node and relationship by relationship, every property and its type. One ingest and one import, on a Neo4j of this test's own (the import
 * stops and starts the server, which must not touch the database the other tests use).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createDriver } from "../../src/graph/driver.js";
import { schemaStatements } from "../../src/graph/schema.js";
import { start, stop } from "../../src/local-neo4j/server.js";
import { differences, graphLines } from "../support/graph-checksum.js";
import { kg } from "../reliability/support/kg-process.js";
import { ownNeo4jEnv } from "../support/own-neo4j.js";
import { startApi } from "../api/support/api.js";

const root = new URL("../../", import.meta.url).pathname;
const fixtures = (folder: string) =>
  readdirSync(path.join(root, "tests/fixtures", folder))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(root, "tests/fixtures", folder, f));
const FILES = [
  path.join(root, "seeds/000_183ecd7d30420280.txt"),
  ...fixtures("corpus-national").slice(-25),
  ...fixtures("corpus").slice(0, 25),
];

const dir = mkdtempSync(path.join(os.tmpdir(), "kg-import-"));
/** Caller metadata for the seed, given to both loads: the Report's callerMetadata (and what follows) must match too. */
const META = path.join(mkdtempSync(path.join(os.tmpdir(), "kg-import-meta-")), "meta.jsonl");
writeFileSync(
  META,
  `${JSON.stringify({ path: FILES[0], title: "2019年宜昌市夷陵区司法工作报告", publishedAt: "2019-03-05", issuer: "宜昌市夷陵区人民政府", sourceUrl: "http://example.org/import-seed" })}\n`,
);
let env: Record<string, string | undefined>;
let cfg: ReturnType<typeof loadConfig>["neo4j"];

async function cypher(query: string): Promise<Record<string, unknown>[]> {
  const driver = createDriver(cfg);
  try {
    return (await driver.executeQuery(query, {}, { database: cfg.database })).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

/** The graph's lines, without the time each report was written (ingestedAt differs between any two loads). */
async function picture(): Promise<string[]> {
  const driver = createDriver(cfg);
  try {
    return await graphLines(driver, cfg.database, { ignore: ["ingestedAt"] });
  } finally {
    await driver.close();
  }
}

let ingested: string[] = [];

/**
 * An empty list is no property (src/graph/model.ts): no entity stores `aliases: []` or `aliasText: ''`, no MENTIONS
 * an empty `sections`, `aliases` or `spans`, and some entities and mentions have none of them; and the API answers
 * for an entity with no other name `aliases: []`, and for a mention without sections spans whose section is null.
 */
async function expectNoEmptyLists(): Promise<void> {
  const [stored] = await cypher(`RETURN
  COUNT { MATCH (n:Entity) WHERE n.aliases = [] OR n.aliasText = '' } AS emptyEntityLists,
  COUNT { MATCH ()-[m:MENTIONS]->() WHERE m.aliases = [] OR m.sections = [] OR m.spans = [] } AS emptyMentionLists,
  COUNT { MATCH (n:Entity) WHERE n.aliases IS NULL AND n.aliasText IS NULL } AS entitiesWithout,
  COUNT { MATCH ()-[m:MENTIONS]->() WHERE m.sections IS NULL AND m.aliases IS NULL } AS mentionsWithout`);
  expect(stored).toMatchObject({ emptyEntityLists: 0, emptyMentionLists: 0 });
  expect(Number(stored!.entitiesWithout)).toBeGreaterThan(0);
  expect(Number(stored!.mentionsWithout)).toBeGreaterThan(0);

  const [pick] = await cypher(`MATCH (n:Agency) WHERE n.aliases IS NULL WITH n ORDER BY n.id LIMIT 1
MATCH (r:Report)-[m:MENTIONS]->(e:Entity) WHERE m.sections IS NULL
WITH n, r, e, m ORDER BY r.id, e.id LIMIT 1
RETURN n.id AS entity, r.id AS report, e.id AS mentioned, m.count AS count`);
  const api = await startApi(env);
  try {
    // an entity is named by at most 51 reports here, so one page of mentionedIn holds the picked mention
    // mentionedIn is a field of each entity type (not of the Entity interface)
    const mentionedIn = ["Agency", "Law", "Program", "Jurisdiction", "Metric"]
      .map((t) => `... on ${t} { mentionedIn(first: 100) { edges { count spans { start end section } node { id } } } }`)
      .join(" ");
    const res = await api.gql(
      `query ($entity: ID!, $mentioned: ID!) {
        entity: node(id: $entity) { ... on Entity { id aliases } }
        mentioned: node(id: $mentioned) { ${mentionedIn} }
      }`,
      { entity: pick!.entity, mentioned: pick!.mentioned },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.entity).toEqual({ id: pick!.entity, aliases: [] });
    const edge = res.data.mentioned.mentionedIn.edges.find((e: { node: { id: string } }) => e.node.id === pick!.report);
    expect(edge.spans).toHaveLength(Number(pick!.count));
    expect(edge.spans.every((s: { section: string | null }) => s.section === null)).toBe(true);
  } finally {
    await api.close();
  }
}

beforeAll(async () => {
  env = await ownNeo4jEnv(dir);
  cfg = loadConfig(env).neo4j;
  await start(cfg);
  // One report per transaction, in file order: the order kg import merges shared entities in (a later report's
  // short name wins); with batches, ingest's order inside a batch is by report id.
  const run = await kg(["ingest", "--batch-size", "1", "--concurrency", "1", "--meta", META, ...FILES], {
    env,
    timeoutMs: 900_000,
  });
  expect(run.code, run.stderr).toBe(0);
  ingested = await picture();
}, 1_200_000);

afterAll(async () => {
  await stop(cfg);
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.dirname(META), { recursive: true, force: true });
}, 120_000);

describe("kg import", () => {
  it("refuses a database that is not empty with one line and exit 2, and leaves it as it was", async () => {
    const run = await kg(["import", ...FILES], { env, timeoutMs: 300_000 });
    expect(run.code).toBe(2);
    const errors = run.stderr.split("\n").filter((l) => l.startsWith("error:"));
    expect(errors).toEqual([
      expect.stringMatching(/^error: database neo4j of the local Neo4j is not empty: .*--overwrite/),
    ]);
    expect(await picture()).toEqual(ingested);
  }, 600_000);

  it("refuses a Neo4j the project did not start, before reading any file", async () => {
    const run = await kg(["import", "--overwrite", ...FILES], {
      env: { ...env, NEO4J_URI: "neo4j+s://example.databases.neo4j.io", NEO4J_PASSWORD: "an-aura-password" },
      timeoutMs: 120_000,
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /^error: kg import builds the store of the project's own local Neo4j; NEO4J_URI points at neo4j\+s:\/\/example/,
    );
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  }, 180_000);

  it("with no file it can extract, restarts the server it stopped for the extraction and leaves the database as it was", async () => {
    const empty = path.join(mkdtempSync(path.join(os.tmpdir(), "kg-import-empty-")), "empty.txt");
    writeFileSync(empty, "");
    try {
      const run = await kg(["import", "--overwrite", empty], { env, timeoutMs: 300_000 });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^error: no file could be extracted: nothing imported, the database is unchanged$/m);
      expect(await picture()).toEqual(ingested);
    } finally {
      rmSync(path.dirname(empty), { recursive: true, force: true });
    }
  }, 600_000);

  it("after kg ingest, stores no empty list and the API answers [] for one", async () => {
    await expectNoEmptyLists();
  });

  it("with --overwrite, builds the same graph as kg ingest from the same files: every node, relationship and property", async () => {
    const run = await kg(["import", "--overwrite", "--json", "--meta", META, ...FILES], { env, timeoutMs: 1_200_000 });
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { reports: number; failed: number; nodes: number; relationships: number };
    expect(summary).toMatchObject({ reports: FILES.length, failed: 0 });
    // per-file progress on stderr
    expect(run.stderr.split("\n").filter((l) => /^import: \[\d+\/51\] .*: extracted report:/.test(l))).toHaveLength(51);

    const imported = await picture();
    // a picture of thousands of nodes and relationships, not of an empty graph
    expect(imported.filter((l) => l.startsWith('{"node":["Report"]'))).toHaveLength(51);
    expect(imported.length).toBeGreaterThan(20_000);
    // the seed's caller metadata, which kg import writes as kg ingest does
    expect(imported.filter((l) => l.includes('"callerMetadata"') && l.includes("宜昌市夷陵区人民政府"))).toHaveLength(
      1,
    );
    expect(summary.nodes + summary.relationships).toBe(imported.length);
    expect(differences(imported, ingested)).toEqual({ onlyA: [], onlyB: [] });
  }, 1_500_000);

  it("after kg import, stores no empty list either (no pass writes them) and the API answers [] for one", async () => {
    await expectNoEmptyLists();
  });

  it("stores whole numbers as integers and applies the schema", async () => {
    const [types] = await cypher(`MATCH (r:Report) WHERE r.year IS NOT NULL WITH r LIMIT 1
MATCH (r)-[m:MENTIONS]->(:Agency) WITH r, m LIMIT 1
MATCH ()-[x:IMPLEMENTS]->() WITH r, m, x LIMIT 1
MATCH (metric:Metric) WHERE metric.value IS NOT NULL WITH r, m, x, metric LIMIT 1
RETURN valueType(r.year) AS year, valueType(m.count) AS count, valueType(m.spans) AS spans,
       valueType(x.start) AS start, valueType(metric.value) AS value`);
    expect(types).toEqual({
      year: "INTEGER NOT NULL",
      count: "INTEGER NOT NULL",
      spans: "LIST<INTEGER NOT NULL> NOT NULL",
      start: "INTEGER NOT NULL",
      value: "FLOAT NOT NULL",
    });
    const names = new Set(
      [
        ...(await cypher("SHOW CONSTRAINTS YIELD name")),
        ...(await cypher("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE'")),
      ].map((r) => r.name as string),
    );
    for (const statement of schemaStatements()) expect(names.has(statement.name), statement.name).toBe(true);
  });
});
