/**
 * The three benchmarked servers answer every benchmark query with the same rows on a small graph: our API,
 * the raw-Cypher handler and @neo4j/graphql. The graph is the stand-in generator's, under this test's token,
 * written by the project's loader and removed afterwards.
 */
import "reflect-metadata";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "../../src/api/server.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { createDriver } from "../../src/graph/driver.js";
import { applySchema } from "../../src/graph/schema.js";
import { createNeo4jGraphqlServer } from "../../bench/api/neo4j-graphql/server.js";
import { freePort } from "../../bench/api/processes.js";
import { canonicalRows, DEFAULT_ARGS, QUERIES, SIDES, type BenchArgs, type Side } from "../../bench/api/queries.js";
import { createRawCypherServer } from "../../bench/api/raw-cypher/server.js";
import { requestFor } from "../../bench/api/runner.js";
import type { BenchServer } from "../../bench/api/server.type.js";
import { standInReports } from "../../bench/api/standin-reports.js";
import { Neo4jTestHelper } from "../support/neo4j.js";

const helper = new Neo4jTestHelper({ LOG_LEVEL: "silent" });
const driver = createDriver(helper.config.neo4j, { retry: "serve" });
const servers = {} as Record<Side, BenchServer>;
let args: BenchArgs;

async function answer(side: Side, name: string): Promise<unknown> {
  const query = QUERIES.find((q) => q.name === name)!;
  const req = requestFor(side, query, args, servers[side].url);
  const res = await fetch(req.url, { method: "POST", headers: { "content-type": "application/json" }, body: req.body });
  const json = (await res.json()) as { data?: unknown; errors?: unknown[] };
  expect(json.errors, `${side} ${name}: ${JSON.stringify(json.errors)}`).toBeUndefined();
  return canonicalRows(query.name, side, json.data);
}

beforeAll(async () => {
  const token = helper.uniqueToken("bench");
  await applySchema(helper.driver, helper.database);
  const reports = standInReports(30, 7, { token });
  for (const report of reports) await ingestReport(helper.driver, helper.database, report);
  const agency = reports[0]!.entities.find((e) => e.type === "Agency")!;
  args = {
    ...DEFAULT_ARGS,
    agencyName: agency.name,
    jurisdictionId: reports[0]!.report.jurisdictionId!,
    searchText: agency.name,
    offset: 0,
  };
  const factories = { ours: createApiServer, raw: createRawCypherServer, "neo4j-graphql": createNeo4jGraphqlServer };
  for (const side of SIDES) {
    const config = { ...helper.config, api: { ...helper.config.api, host: "127.0.0.1", port: await freePort() } };
    servers[side] = await factories[side](config, driver);
  }
});

afterAll(async () => {
  for (const server of Object.values(servers)) await server.close();
  await driver.close();
  await helper.close();
});

describe("benchmark queries", () => {
  it.each(QUERIES.map((q) => q.name))(
    "%s: raw Cypher and @neo4j/graphql return the same rows as our API",
    async (name) => {
      const ours = await answer("ours", name);
      expect(ours).not.toEqual([]);
      for (const side of ["raw", "neo4j-graphql"] as const) {
        const theirs = await answer(side, name);
        expect(isDeepStrictEqual(theirs, ours), `${side} differs from ours on ${name}`).toBe(true);
        expect(theirs).toEqual(ours);
      }
    },
  );

  it("finds the agency by name with its programs and metrics", async () => {
    const rows = (await answer("ours", "agencyByName")) as { name: string; programs: string[]; metrics: string[] };
    expect(rows.name).toBe(args.agencyName);
    expect(rows.programs.length).toBeGreaterThan(0);
  });
});
