/**
 * Writes need an API key in `Authorization: Bearer`; nothing else gets one in. Every refusal is UNAUTHENTICATED
 * and leaves the graph exactly as it was. Keys never reach the log, and clients never see a stack trace or an
 * internal message in production.
 */
import { Writable } from "node:stream";
import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSeed, SEED, startApi, TEST_KEYS, type TestApi } from "../api/support/api.js";
import { difference, fingerprint, summary } from "../reliability/support/graph-fingerprint.js";

const helper = new Neo4jTestHelper();
const token = helper.uniqueToken("auth");
const logLines: string[] = [];
let api: TestApi;
let seedId = "";

const TEXT = `沙市区人民政府关于2031年依法行政工作的报告（${token}）\n\n区卫计局开展打击非法行医行动,立案7起。`;
const INGEST = `mutation($text: String!) { ingestReport(input: { text: $text }) { reportId status } }`;
const DELETE = `mutation($id: ID!) { deleteReport(id: $id) { deleted } }`;

beforeAll(async () => {
  seedId = await ensureSeed(helper.driver, helper.database);
  const sink = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) });
  api = await startApi({ NODE_ENV: "production" }, { logger: pino({ level: "trace" }, sink) });
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

async function expectGraphUnchanged(before: Awaited<ReturnType<typeof fingerprint>>): Promise<void> {
  const after = await fingerprint(helper);
  expect(summary(after), JSON.stringify(difference(before, after))).toEqual(summary(before));
}

describe("mutations without a valid key", () => {
  it.each([
    ["no Authorization header", {}],
    ["a wrong key", { authorization: "Bearer not-a-configured-key" }],
    ["a configured key with one character changed", { authorization: `Bearer ${TEST_KEYS[0]!.slice(0, -1)}X` }],
    ["a prefix of a configured key", { authorization: `Bearer ${TEST_KEYS[0]!.slice(0, 4)}` }],
    [
      "Basic credentials carrying a key",
      { authorization: `Basic ${Buffer.from(`x:${TEST_KEYS[0]}`).toString("base64")}` },
    ],
    ["the key as a bare header", { authorization: TEST_KEYS[0]! }],
    ["the key in another header", { "x-api-key": TEST_KEYS[0]! }],
  ])("refuses ingestReport and deleteReport with %s as UNAUTHENTICATED, writing nothing", async (_what, headers) => {
    const before = await fingerprint(helper);
    const ingest = await api.gql(INGEST, { text: TEXT }, headers as Record<string, string>);
    expect(codes(ingest)).toEqual(["UNAUTHENTICATED"]);
    expect(ingest.data ?? null).toBeNull();
    const del = await api.gql(DELETE, { id: seedId }, headers as Record<string, string>);
    expect(codes(del)).toEqual(["UNAUTHENTICATED"]);
    await expectGraphUnchanged(before);
  });

  it.each(["api_key", "key", "apiKey", "token", "access_token"])(
    "refuses a valid key sent as ?%s=…, with or without a valid header, writing nothing",
    async (param) => {
      const before = await fingerprint(helper);
      for (const headers of [{}, { authorization: `Bearer ${TEST_KEYS[0]}` }] as Record<string, string>[]) {
        const res = await api.post(
          JSON.stringify({ query: INGEST, variables: { text: TEXT } }),
          headers,
          `?${param}=${TEST_KEYS[0]}`,
        );
        expect(res.status).toBe(401);
        expect(((await res.json()) as any).errors.map((e: any) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
      }
      await expectGraphUnchanged(before);
    },
  );

  it("refuses a mutation sent with GET, even with a valid key", async () => {
    const before = await fingerprint(helper);
    const query = encodeURIComponent(`mutation { deleteReport(id: "${seedId}") { deleted } }`);
    const res = await fetch(`${api.url}?query=${query}`, {
      headers: { authorization: `Bearer ${TEST_KEYS[0]}`, "apollo-require-preflight": "1" },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(await res.json())).not.toContain('"deleted":true');
    await expectGraphUnchanged(before);
  });

  it("accepts the same mutation with a valid key (so the refusals above are about the key)", async () => {
    const r = await api.gql(INGEST, { text: TEXT }, { authorization: `Bearer ${TEST_KEYS[1]}` });
    expect(r.errors).toBeUndefined();
    const removed = await api.gql(
      DELETE,
      { id: r.data.ingestReport.reportId },
      { authorization: `Bearer ${TEST_KEYS[1]}` },
    );
    expect(removed.data.deleteReport.deleted).toBe(true);
  });
});

describe("what the server writes down and answers", () => {
  it("never writes a key to the log, whatever the request did with it", async () => {
    const key = (k: string) => ({ authorization: `Bearer ${k}` });
    await api.gql(`{ agency(id: "${SEED.healthBureau}") { name } }`, {}, key(TEST_KEYS[0]!));
    await api.gql(INGEST, { text: "   " }, key(TEST_KEYS[0]!));
    await api.gql(`{ nope }`, {}, key(TEST_KEYS[1]!));
    await api.gql(`{ stats { nodes { count } } }`, {}, key("wrong-key-4a7f"));
    await api.post(JSON.stringify({ query: "{ stats { nodes { count } } }" }), {}, `?api_key=${TEST_KEYS[1]}`);
    await api.post("{not json", key(TEST_KEYS[0]!));
    const log = logLines.join("");
    expect(log.length).toBeGreaterThan(0);
    for (const k of [...TEST_KEYS, "wrong-key-4a7f"]) expect(log).not.toContain(k);
  });

  it("answers an unexpected failure in production with INTERNAL: no stack, no internal message", async () => {
    const server = await failingServer("production");
    try {
      const body = await (
        await fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ agency(id: "x") { name } }` }),
        })
      ).text();
      const r = JSON.parse(body);
      expect(r.errors.map((e: any) => [e.extensions.code, e.message])).toEqual([["INTERNAL", "internal error"]]);
      expect(body).not.toMatch(/stacktrace|kaboom|\/srv\/app\/|\.ts:\d+|at \w+ \(/);
    } finally {
      await server.close();
    }
  });

  it("shows the stack of an unexpected failure in development only", async () => {
    const server = await failingServer("development");
    try {
      const r: any = await (
        await fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ agency(id: "x") { name } }` }),
        })
      ).json();
      expect(r.errors[0].extensions.code).toBe("INTERNAL");
      expect(r.errors[0].extensions.stacktrace.join("\n")).toContain("kaboom");
    } finally {
      await server.close();
    }
  });
});

/** an API whose driver fails with a programming error (not a database error) on every query */
async function failingServer(env: "production" | "development") {
  const config = loadConfig({ NODE_ENV: env, HOST: "127.0.0.1", PORT: String(await freePort()), LOG_LEVEL: "silent" });
  const boom = () => {
    throw new TypeError("kaboom in /srv/app/src/graph/read/secret-internals.ts:42");
  };
  const driver = { session: boom, executeQuery: boom, close: async () => undefined } as unknown as Driver;
  return createApiServer(config, driver, { logger: pino({ level: "silent" }) });
}

async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as import("node:net").AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
