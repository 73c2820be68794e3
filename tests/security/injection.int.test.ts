/**
 * Cypher injection through every string argument of the API. The string arguments are found in the schema
 * itself (root query fields' String/ID arguments, and the String/ID fields of their input objects), so an
 * argument added later is tested without anyone remembering to. Each attempt must find only text: no internal
 * error, results empty (or, for full-text search, a normal bounded answer), and the graph's counts and id
 * checksum unchanged. The mutations store the attempts literally and delete them again.
 */
import {
  getNamedType,
  GraphQLInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApiSchema } from "../../src/api/schema.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSeed, SEED, startApi, TEST_KEYS, type TestApi } from "../api/support/api.js";
import { difference, fingerprint, summary, type GraphFingerprint } from "../reliability/support/graph-fingerprint.js";

const PAYLOADS = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  "\\u0027}) MATCH (n) DETACH DELETE n //",
  "\u0027) OR true WITH 1 AS x MATCH (n) DETACH DELETE n //",
  "`) MATCH (n) DETACH DELETE n //",
  "Agency`:`Law",
  "$reportId",
  "$props} SET n.name = 'pwned' //",
  "*/ MATCH (n) DETACH DELETE n /*",
  "x\nMATCH (n) DETACH DELETE n",
  "\\' OR 1=1 //",
  "agency:荆州市沙市区卫生和计划生育局' OR '1'='1",
];

const helper = new Neo4jTestHelper();
const token = helper.uniqueToken("inject");
let api: TestApi;
let before: GraphFingerprint & { keys: string[] };
const key = { authorization: `Bearer ${TEST_KEYS[0]}` };

interface Slot {
  /** how the test names it, e.g. agencies(filter.nameContains) */
  name: string;
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  /** for a slot inside an input object: the input field's name */
  inner?: string;
}

const isStringish = (type: GraphQLInputType) => ["String", "ID"].includes(getNamedType(type).name);

/** every String/ID argument (and String/ID input-object field) of every root query field */
async function stringSlots(): Promise<Slot[]> {
  const schema = await buildApiSchema();
  const slots: Slot[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      if (isStringish(arg.type)) slots.push({ name: `${field.name}(${arg.name})`, field, arg });
      else if (named instanceof GraphQLInputObjectType) {
        for (const inner of Object.values(named.getFields())) {
          if (isStringish(inner.type))
            slots.push({ name: `${field.name}(${arg.name}.${inner.name})`, field, arg, inner: inner.name });
        }
      }
    }
  }
  return slots;
}

/** The query for one slot: the payload as a variable, other required arguments filled with harmless values. */
function queryFor(slot: Slot): string {
  const args: string[] = [];
  for (const arg of slot.field.args) {
    if (arg === slot.arg) {
      if (slot.inner) args.push(`${arg.name}: { ${slot.inner}: $payload }`);
      else
        args.push(
          `${arg.name}: ${isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? "[$payload]" : "$payload"}`,
        );
    } else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      args.push(`${arg.name}: ${JSON.stringify(arg.name === "query" ? "法治" : SEED.healthBureau)}`);
    }
  }
  const type = getNamedType(slot.field.type);
  let selection = "";
  if (isObjectType(type) || isInterfaceType(type) || isUnionType(type)) {
    const fields = isObjectType(type) ? type.getFields() : {};
    selection = ` { __typename${"totalCount" in fields ? " totalCount" : ""}${"edges" in fields ? " edges { cursor }" : ""} }`;
  }
  return `query($payload: String!) { ${slot.field.name}(${args.join(", ")})${selection} }`.replace(
    "$payload: String!",
    `$payload: ${slotType(slot)}!`,
  );
}

const slotType = (slot: Slot) =>
  getNamedType(
    slot.inner ? (getNamedType(slot.arg.type) as GraphQLInputObjectType).getFields()[slot.inner]!.type : slot.arg.type,
  ).name;

/** nothing found: every list empty or all null, every totalCount 0 (full-text search is judged elsewhere) */
function foundSomething(data: unknown): boolean {
  if (Array.isArray(data)) return data.some((x) => x !== null);
  if (data && typeof data === "object") {
    const record = data as Record<string, unknown>;
    if (typeof record.totalCount === "number") return record.totalCount > 0;
    return Object.entries(record).some(([k, v]) => k !== "__typename" && v !== null && foundSomething(v));
  }
  return false;
}

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  api = await startApi();
  before = await fingerprint(helper);
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

describe("Cypher injection through query arguments", () => {
  it("finds the string arguments in the schema", async () => {
    const names = (await stringSlots()).map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(names).toEqual(
      expect.arrayContaining([
        "search(query)",
        "agency(id)",
        "agencies(filter.nameContains)",
        "reports(filter.titleContains)",
        "nodes(ids)",
        "path(from)",
        "agencies(after)",
      ]),
    );
  });

  it("finds only text: coded refusals or empty results, for every argument and payload", async () => {
    const problems: string[] = [];
    for (const slot of await stringSlots()) {
      const query = queryFor(slot);
      for (const payload of PAYLOADS) {
        const r = await api.gql(query, { payload });
        const unexpected = codes(r).filter((c) => c !== "BAD_USER_INPUT" && c !== "NOT_FOUND");
        if (unexpected.length || r.status >= 500)
          problems.push(
            `${slot.name} ${JSON.stringify(payload)}: ${unexpected.join()} ${r.errors?.[0]?.message ?? ""}`,
          );
        else if (slot.field.name === "search") {
          if (!r.errors && r.data.search.length > 20)
            problems.push(`${slot.name} ${JSON.stringify(payload)}: ${r.data.search.length} results`);
        } else if (!r.errors && foundSomething(r.data))
          problems.push(`${slot.name} ${JSON.stringify(payload)}: found ${JSON.stringify(r.data).slice(0, 120)}`);
        // an error may quote the payload back (as JSON), never the database's own words
        if (
          r.errors?.some((e) => /Neo\.|Cypher|line \d+, column/i.test(e.message.replace(JSON.stringify(payload), "")))
        ) {
          problems.push(`${slot.name}: database detail in "${r.errors[0]!.message}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    const after = await fingerprint(helper);
    expect(summary(after), JSON.stringify(difference(before, after))).toEqual(summary(before));
  }, 90_000);

  it("reads a GraphQL string literal with escapes as the same text", async () => {
    const r = await api.gql(
      `{ agencies(filter: { nameContains: "\\u0027}) MATCH (n) DETACH DELETE n //" }) { totalCount } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.agencies.totalCount).toBe(0);
    const after = await fingerprint(helper);
    expect(summary(after)).toEqual(summary(before));
  });
});

describe("Cypher injection through the mutations", () => {
  const INGEST = `mutation($input: IngestReportInput!) { ingestReport(input: $input) { reportId status report { title issuerName sourceUrl } } }`;
  const BODY = `区卫计局开展打击非法行医行动,立案7起（${token}）。`;

  it.each(PAYLOADS.map((p) => [p]))(
    "stores %j as text in a title, issuer, source URL or report text, and deletes it again",
    async (payload) => {
      const inputs = [
        { field: "title", input: { text: BODY, title: `${payload}${token}` } },
        { field: "issuer", input: { text: `${BODY}`, title: `报告${token}a`, issuer: payload } },
        { field: "sourceUrl", input: { text: BODY, sourceUrl: `${payload}${token}` } },
        { field: "text", input: { text: `${payload}${token}\n\n${BODY}` } },
      ];
      for (const { field, input } of inputs) {
        const r = await api.gql(INGEST, { input }, key);
        expect(r.errors, field).toBeUndefined();
        const stored = r.data.ingestReport;
        if (field === "title") expect(stored.report.title).toBe(input.title);
        // the extractor may shorten an issuer to the agency named in it, never run it
        if (field === "issuer") expect(payload).toContain(stored.report.issuerName);
        if (field === "sourceUrl") expect(stored.report.sourceUrl).toBe(input.sourceUrl);
        const removed = await api.gql(
          `mutation($id: ID!) { deleteReport(id: $id) { deleted } }`,
          { id: stored.reportId },
          key,
        );
        expect(removed.data.deleteReport.deleted, field).toBe(true);
      }
      const del = await api.gql(`mutation($id: ID!) { deleteReport(id: $id) { deleted } }`, { id: payload }, key);
      expect(del.data.deleteReport.deleted).toBe(false);

      const after = await fingerprint(helper);
      expect(summary(after), JSON.stringify(difference(before, after))).toEqual(summary(before));
    },
  );

  it.each([["' OR 1=1 //"], ["$reportId"], ["2017-3-6"], ["tomorrow"]])(
    "refuses publishedAt %j, which is not YYYY-MM-DD, with BAD_USER_INPUT",
    async (publishedAt) => {
      const r = await api.gql(INGEST, { input: { text: BODY, publishedAt } }, key);
      if (!r.errors) await deleteReport(helper.driver, helper.database, r.data.ingestReport.reportId);
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    },
  );

  afterAll(async () => {
    // a failed assertion above may have left a report behind
    for (const row of await helper.run<{ id: string }>(
      "MATCH (r:Report) WHERE r.title CONTAINS $token OR r.sourceUrl CONTAINS $token RETURN r.id AS id",
      { token },
    )) {
      await deleteReport(helper.driver, helper.database, row.id);
    }
  });
});
