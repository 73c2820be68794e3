/**
 * Secrets come only from the environment and never come back out: not in a configuration error, not in the
 * answer or the log of an API whose Neo4j password is wrong, not in the output of `kg ingest` or `kg serve`.
 *
 * Wrong passwords count against Neo4j's login lock (3 failures lock the user for 5 s), so this file tries few
 * of them and waits the lock out at the end, before the next test file connects.
 */
import net from "node:net";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, LOCAL_NEO4J_PASSWORD, loadConfig } from "../../src/config.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, startApi, TEST_KEYS } from "../api/support/api.js";
import { kg, spawnKg } from "../reliability/support/kg-process.js";

const helper = new Neo4jTestHelper();
const WRONG_PASSWORD = `wrong-${helper.uniqueToken("pw")}`;
const SERVE_KEY = `serve-key-${helper.uniqueToken("k")}`;
const SEEDS = new URL("../../seeds/", import.meta.url).pathname;
let triedWrongPassword = false;

afterAll(async () => {
  if (triedWrongPassword) await new Promise((r) => setTimeout(r, 6000));
  await helper.close();
}, 20_000);

const secretsIn = (text: string) =>
  [WRONG_PASSWORD, SERVE_KEY, ...TEST_KEYS, LOCAL_NEO4J_PASSWORD].filter((s) => text.includes(s));

describe("configuration errors", () => {
  it.each([
    ["a password that is too short", { NEO4J_PASSWORD: "hunter2" }, "NEO4J_PASSWORD", "hunter2"],
    [
      "a URI with credentials in it and the wrong scheme",
      { NEO4J_URI: "http://neo4j:S3cretPassw0rd@db.internal:7474" },
      "NEO4J_URI",
      "S3cretPassw0rd",
    ],
  ])("name the variable but not its value for %s", (_what, env, name, secret) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain(secret);
  });

  it("are one line on stderr from the CLI, without the value", async () => {
    const run = await kg(["stats"], { env: { NEO4J_PASSWORD: "hunter2" }, timeoutMs: 60_000 });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("NEO4J_PASSWORD");
    expect(run.stderr).not.toContain("hunter2");
  });
});

describe("a wrong Neo4j password", () => {
  it("gives API clients DATABASE_UNAVAILABLE and /ready 503, and puts no password in answers or logs", async () => {
    triedWrongPassword = true;
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const api = await startApi(
      { NEO4J_PASSWORD: WRONG_PASSWORD, NODE_ENV: "production", API_DB_RETRY_MS: "0" },
      { logger: pino({ level: "trace" }, sink) },
    );
    try {
      const read = await api.gql(`{ stats { nodes { count } } }`, {}, { authorization: `Bearer ${TEST_KEYS[0]}` });
      expect(codes(read)).toEqual(["DATABASE_UNAVAILABLE"]);
      const ready = await fetch(`${new URL(api.url).origin}/ready`);
      expect(ready.status).toBe(503);
      const answers = JSON.stringify(read.body) + (await ready.text());
      expect(secretsIn(answers)).toEqual([]);
      expect(answers).not.toMatch(/Neo\.ClientError|unauthori[sz]ed|authentication/i);
      expect(secretsIn(lines.join(""))).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it("makes `kg ingest` fail with one line per file and no password", async () => {
    const run = await kg(["ingest", `${SEEDS}000_183ecd7d30420280.txt`], {
      env: { NEO4J_PASSWORD: WRONG_PASSWORD },
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_UNAVAILABLE|unauthori[sz]ed|authentication/i);
    expect(secretsIn(run.stdout + run.stderr)).toEqual([]);
  });

  it("lets `kg serve` start, answer, and log at trace level without the password or the API key", async () => {
    const serve = spawnKg(["serve", "--host", "127.0.0.1", "--port", String(await freePort())], {
      env: { NEO4J_PASSWORD: WRONG_PASSWORD, API_KEYS: SERVE_KEY, LOG_LEVEL: "trace", NODE_ENV: "production" },
      timeoutMs: 60_000,
    });
    try {
      const deadline = Date.now() + 45_000;
      let url: string | undefined;
      while (!url && Date.now() < deadline && serve.child.exitCode === null) {
        url = /GraphQL API at (http:\/\/\S+)/.exec(serve.output().stdout)?.[1];
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(url, serve.output().stderr).toBeDefined();
      const post = (headers: Record<string, string>, query: string, search = "") =>
        fetch(url! + search, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ query }),
        });
      await post({ authorization: `Bearer ${SERVE_KEY}` }, `mutation { deleteReport(id: "report:none") { deleted } }`);
      await post({ authorization: `Bearer ${SERVE_KEY}x` }, `{ stats { nodes { count } } }`);
      await post({}, `{ stats { nodes { count } } }`, `?api_key=${SERVE_KEY}`);
    } finally {
      serve.child.kill("SIGTERM");
    }
    const run = await serve.done;
    expect(secretsIn(run.stdout + run.stderr)).toEqual([]);
  }, 70_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
