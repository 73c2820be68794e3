/**
 * The API's circuit breaker (src/graph/read/availability.ts), with the real Neo4j behind a TCP relay that the test
 * opens and cuts: cutting the relay is Neo4j going away, reopening it is Neo4j coming back, in milliseconds
 * instead of the 40 s of a real restart (tests/reliability/neo4j-outage.int.test.ts does that one).
 *
 *   - the first request to find Neo4j away fails once its retry budget (API_DB_RETRY_MS) is spent, after one wait
 *     for a connection, not two;
 *   - after it, requests fail at once: they send no query to Neo4j (no session opened), so none waits on a
 *     connection;
 *   - once Neo4j answers again, the background probe lets requests through, with no /ready call and no restart;
 *   - /ready asks Neo4j itself, so a ready answer means requests pass;
 *   - a failing query that is the request's fault (bad Cypher) does not open the breaker.
 *
 * On a loaded machine (the whole suite on two cores) every answer can come seconds late: the checks count queries
 * and wait for states, and the few stopwatch bounds left are whole connection timeouts wide.
 */
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseAvailability, PROBE_INTERVAL_MS } from "../../src/graph/read/availability.js";
import { GraphReader } from "../../src/graph/read/reader.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, countSessions, ensureSeed, SEED, startApi, type GqlResponse, type TestApi } from "./support/api.js";

const RETRY_MS = 600;
/** the API's wait for a connection (DB_CONNECT_TIMEOUT_MS), the default: long beside an answer that needs none */
const CONNECT_TIMEOUT_MS = 3000;
/** how long the API gets to let requests through again once Neo4j answers: its probe runs every PROBE_INTERVAL_MS */
const RECOVERY_LIMIT_MS = 40 * PROBE_INTERVAL_MS;
const QUERY = `query($id: ID!) { agency(id: $id) { name } }`;

/**
 * A TCP relay to Neo4j's Bolt port that can be cut (listener closed, open connections destroyed), reopened, or
 * made to hang: accept connections and never answer, like a Neo4j that is starting or shutting down.
 */
class Relay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  hanging = false;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.hanging = false;
    if (this.server) return;
    const server = net.createServer((client) => {
      this.sockets.add(client);
      client.on("close", () => this.sockets.delete(client));
      client.on("error", () => client.destroy());
      if (this.hanging) return;
      const upstream = net.connect(this.target.port, this.target.host);
      this.sockets.add(upstream);
      upstream.on("close", () => this.sockets.delete(upstream));
      upstream.on("error", () => upstream.destroy());
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", () => resolve()));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** open connections are dropped; new ones are accepted and never answered */
  hang(): void {
    this.hanging = true;
    for (const s of this.sockets) s.destroy();
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const helper = new Neo4jTestHelper();
const bolt = new URL(helper.config.neo4j.uri.replace(/^[a-z+]+:/, "http:"));
const relay = new Relay({ host: bolt.hostname, port: Number(bolt.port || 7687) });
let api: TestApi;
/** sessions the API has opened on its driver: one per query it sent to Neo4j */
let sessions: () => number;
const ready = async () => (await fetch(new URL("/ready", api.url))).status;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  await relay.open();
  api = await startApi({
    NEO4J_URI: `bolt://127.0.0.1:${relay.port}`,
    DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    API_DB_RETRY_MS: String(RETRY_MS),
  });
  sessions = countSessions(api.driver);
});

afterAll(async () => {
  await api?.close();
  await relay.cut();
  await helper.close();
});

describe("the API while Neo4j goes away and comes back", () => {
  it("answers through the relay while Neo4j is there", async () => {
    const r = await api.gql(QUERY, { id: SEED.healthBureau });
    expect(r.errors).toBeUndefined();
    expect(r.data.agency.name).toBe("荆州市沙市区卫生和计划生育局");
    // the count below sees the API's queries
    expect(sessions()).toBeGreaterThan(0);
    expect(await ready()).toBe(200);
  });

  it("fails the first request after one wait for a connection, and the following ones without a query", async () => {
    relay.hang();
    const first = await timed(() => api.gql(QUERY, { id: SEED.healthBureau }));
    expect(codes(first.value)).toEqual(["DATABASE_UNAVAILABLE"]);
    // One wait for a connection (CONNECT_TIMEOUT_MS) ends past the retry budget, so the request gives up: it has
    // not begun a second wait, which would end after 2 × CONNECT_TIMEOUT_MS (the rest is room for a busy machine).
    expect(first.ms).toBeLessThan(2 * CONNECT_TIMEOUT_MS);

    const before = sessions();
    const next = [];
    for (let i = 0; i < 20; i++) next.push(await timed(() => api.gql(QUERY, { id: SEED.healthBureau })));
    for (const n of next) expect(codes(n.value)).toEqual(["DATABASE_UNAVAILABLE"]);
    // Refused by the breaker: not one of them sent a query, where without it each would wait for a connection
    // again (and so take CONNECT_TIMEOUT_MS or more).
    expect(sessions() - before).toBe(0);
    expect(Math.max(...next.map((n) => n.ms))).toBeLessThan(CONNECT_TIMEOUT_MS);
    expect(await ready()).toBe(503);
    await relay.cut();
    expect(codes(await api.gql(QUERY, { id: SEED.healthBureau }))).toEqual(["DATABASE_UNAVAILABLE"]);
  });

  it("lets requests through again once Neo4j answers, without /ready and without a restart", async () => {
    await relay.open();
    const started = Date.now();
    let answered: GqlResponse | undefined;
    // every answer until then is DATABASE_UNAVAILABLE; nothing here asks /ready, so the probe alone can close it
    while (Date.now() - started < RECOVERY_LIMIT_MS) {
      const r = await api.gql(QUERY, { id: SEED.healthBureau });
      if (!r.errors) {
        answered = r;
        break;
      }
      expect(codes(r)).toEqual(["DATABASE_UNAVAILABLE"]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(answered, `no answer within ${RECOVERY_LIMIT_MS} ms of Neo4j's return`).toBeDefined();
    expect(answered!.data.agency.name).toBe("荆州市沙市区卫生和计划生育局");
  });

  it("passes requests as soon as /ready has said 200", async () => {
    await relay.cut();
    expect(codes(await api.gql(QUERY, { id: SEED.healthBureau }))).toEqual(["DATABASE_UNAVAILABLE"]);
    await relay.open();
    // /ready's probe gives up after a second, which a busy machine can take to connect: asked again until 200
    await expect.poll(ready, { timeout: RECOVERY_LIMIT_MS, interval: 100 }).toBe(200);
    const r = await api.gql(QUERY, { id: SEED.healthBureau });
    expect(r.errors).toBeUndefined();
    expect(r.data.agency.name).toBe("荆州市沙市区卫生和计划生育局");
  });

  it("stays closed when a query fails for its own reasons", async () => {
    const availability = new DatabaseAvailability(helper.driver, helper.database, {
      retryMs: RETRY_MS,
      probeTimeoutMs: 1000,
    });
    const reader = new GraphReader(helper.driver, helper.database, 5000, availability);
    await expect(reader.read({ cypher: "RETURN $missing + ", params: {} })).rejects.toThrow();
    await expect(reader.read({ cypher: "RETURN 1/0 AS x", params: {} })).rejects.toThrow();
    expect(availability.available).toBe(true);
    expect(await reader.read({ cypher: "RETURN 1 AS one", params: {} })).toEqual([{ one: 1 }]);
    availability.close();
  });
});
