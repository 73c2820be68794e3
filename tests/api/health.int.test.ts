/**
 * Liveness and readiness, and what the API does while Neo4j is away: /ready 503 and DATABASE_UNAVAILABLE within
 * seconds, then recovery on its own once Neo4j is back. Stops and restarts the project's local Neo4j, so it only
 * runs when the tests use that one (NEO4J_URI unset).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, stop } from "../../src/local-neo4j/server.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSeed, SEED, startApi, type TestApi } from "./support/api.js";

const helper = new Neo4jTestHelper();
let api: TestApi;
const origin = () => new URL(api.url).origin;
const QUERY = `query($id: ID!) { agency(id: $id) { name } }`;

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  api = await startApi({ DB_CONNECT_TIMEOUT_MS: "1000", API_DB_RETRY_MS: "500" });
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe("health endpoints", () => {
  it("answers /health and /ready with 200 while Neo4j is up", async () => {
    expect((await fetch(`${origin()}/health`)).status).toBe(200);
    const ready = await fetch(`${origin()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it.runIf(helper.config.neo4j.managedLocally)(
    "reports Neo4j's absence quickly and recovers without a restart when it is back",
    async () => {
      await stop(helper.config.neo4j);
      try {
        // waitFor throws unless /ready turns 503 within 5 s
        await waitFor(async () => (await fetch(`${origin()}/ready`)).status === 503, 5000);
        expect((await fetch(`${origin()}/health`)).status).toBe(200);

        const r = await api.gql(QUERY, { id: SEED.healthBureau });
        expect(codes(r)).toEqual(["DATABASE_UNAVAILABLE"]);
      } finally {
        await start(helper.config.neo4j);
      }
      await waitFor(async () => (await fetch(`${origin()}/ready`)).status === 200, 60_000);
      const again = await api.gql(QUERY, { id: SEED.healthBureau });
      expect(again.errors).toBeUndefined();
      expect(again.data.agency.name).toBe("荆州市沙市区卫生和计划生育局");
    },
    300_000,
  );
});
