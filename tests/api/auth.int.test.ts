/** API keys: writes need one, reads are open unless READS_REQUIRE_KEY; keys only in the Authorization header. */
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSeed, startApi, TEST_KEYS, type TestApi } from "./support/api.js";

const helper = new Neo4jTestHelper();
const logLines: string[] = [];
let api: TestApi;
let closed: TestApi;

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  const sink = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) });
  api = await startApi({}, { logger: pino({ level: "trace" }, sink) });
  closed = await startApi({ READS_REQUIRE_KEY: "true" });
});
afterAll(async () => {
  await api?.close();
  await closed?.close();
  await helper.close();
});

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const DELETE = `mutation($id: ID!) { deleteReport(id: $id) { reportId deleted } }`;

describe("API keys", () => {
  it("lets anyone read when READS_REQUIRE_KEY is off (the default)", async () => {
    const r = await api.gql(`{ stats { nodes { label count } } }`);
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
  });

  it("refuses a mutation without a key with UNAUTHENTICATED", async () => {
    const r = await api.gql(DELETE, { id: "report:does-not-exist" });
    expect(codes(r)).toEqual(["UNAUTHENTICATED"]);
    expect(r.data).toBeNull();
  });

  it("refuses a wrong key with 401, even for reads", async () => {
    const r = await api.gql(`{ stats { nodes { count } } }`, {}, bearer("not-a-key"));
    expect(r.status).toBe(401);
    expect(codes(r)).toEqual(["UNAUTHENTICATED"]);
  });

  it("accepts every configured key for mutations", async () => {
    for (const key of TEST_KEYS) {
      const r = await api.gql(DELETE, { id: "report:does-not-exist" }, bearer(key));
      expect(r.errors).toBeUndefined();
      expect(r.data.deleteReport).toEqual({ reportId: "report:does-not-exist", deleted: false });
    }
  });

  it("ingests a report with a key and deletes it again", async () => {
    const text =
      "荆州市沙市区人民政府关于2031年依法行政工作的报告\n\n2031年,区卫计局继续开展打击非法行医行动,立案7起。认真贯彻行政诉讼法。";
    const title = `API 测试报告 ${helper.uniqueToken()}`;
    const ingest = await api.gql(
      `mutation($text: String!, $title: String) { ingestReport(input: { text: $text, title: $title }) { reportId status entities relations report { title } } }`,
      { text, title },
      bearer(TEST_KEYS[1]!),
    );
    expect(ingest.errors).toBeUndefined();
    expect(ingest.data.ingestReport).toMatchObject({ status: "ADDED", report: { title } });
    expect(ingest.data.ingestReport.entities).toBeGreaterThan(0);
    const removed = await api.gql(DELETE, { id: ingest.data.ingestReport.reportId }, bearer(TEST_KEYS[1]!));
    expect(removed.data.deleteReport.deleted).toBe(true);
    const gone = await api.gql(`query($id: ID!) { report(id: $id) { id } }`, { id: ingest.data.ingestReport.reportId });
    expect(gone.data.report).toBeNull();
  });

  it("answers BAD_USER_INPUT for a report text the extractor refuses", async () => {
    const r = await api.gql(`mutation { ingestReport(input: { text: "   " }) { status } }`, {}, bearer(TEST_KEYS[0]!));
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
  });

  it.each(["api_key", "token", "access_token", "key"])("refuses a key sent as ?%s= in the URL", async (param) => {
    const res = await fetch(`${api.url}?${param}=${TEST_KEYS[0]}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { nodes { count } } }" }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("requires a key for reads when READS_REQUIRE_KEY is on", async () => {
    const without = await closed.gql(`{ stats { nodes { count } } }`);
    expect(without.status).toBe(401);
    expect(codes(without)).toEqual(["UNAUTHENTICATED"]);
    const withKey = await closed.gql(`{ stats { nodes { count } } }`, {}, bearer(TEST_KEYS[0]!));
    expect(withKey.errors).toBeUndefined();
  });

  it("never writes a key to the log", async () => {
    await api.gql(`{ stats { nodes { count } } }`, {}, bearer(TEST_KEYS[0]!));
    await api.gql(`{ stats { nodes { count } } }`, {}, bearer("wrong-key-zzz"));
    await api.gql(`{ nope }`, {}, bearer(TEST_KEYS[1]!));
    const log = logLines.join("");
    for (const key of [...TEST_KEYS, "wrong-key-zzz"]) expect(log).not.toContain(key);
  });
});
