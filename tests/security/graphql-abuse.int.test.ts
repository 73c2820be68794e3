/**
 * Abusive GraphQL: documents built to be expensive (deep, wide, aliased, batched, huge pages) and full-text
 * queries written in Lucene's syntax. Each is refused with a coded error (LIMIT_EXCEEDED / BAD_USER_INPUT) or
 * answered normally, without reaching the database unbounded, and the server answers an ordinary query afterwards:
 * the API's query-count hook (ApiServerOptions.onRequestDone) says how many database queries each request ran.
 * How long the answers take is measured by bench/api/abuse.ts, not asserted here.
 * Also: introspection follows INTROSPECTION, on by default outside production and off in production.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getNamedType, GraphQLObjectType, isNonNullType } from "graphql";
import { buildApiSchema } from "../../src/api/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSeed, SEED, startApi, type GqlResponse, type TestApi } from "../api/support/api.js";

const helper = new Neo4jTestHelper();
let api: TestApi;
/** database queries run by each GraphQL operation since the last `reset()` */
let queryCounts: number[] = [];
const reset = () => (queryCounts = []);
const dbQueries = () => queryCounts.reduce((a, b) => a + b, 0);

/** the answer to one abusive document, with the query count starting from zero */
async function ask(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse> {
  reset();
  return api.gql(query, variables);
}
/** the server still answers an ordinary query (from the database) after the abuse */
async function expectStillAnswering(): Promise<void> {
  const r = await api.gql(`{ agency(id: "${SEED.healthBureau}") { name } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data.agency.name).toBe("荆州市沙市区卫生和计划生育局");
}
const limitOf = (r: GqlResponse) => (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.limit]);

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  api = await startApi({}, { onRequestDone: ({ queryCount }) => queryCounts.push(queryCount) });
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

describe("expensive documents", () => {
  it("refuses a depth bomb (agency → parent twenty times) before it runs", async () => {
    let selection = "id";
    for (let i = 0; i < 20; i++) selection = `parent { node { ${selection} } }`;
    const r = await ask(`{ agency(id: "${SEED.healthBureau}") { ${selection} } }`);
    expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxQueryDepth"]]);
    expect(dbQueries()).toBe(0);
  });

  it("refuses a depth bomb hidden in fragments", async () => {
    const fragments = Array.from(
      { length: 12 },
      (_, i) => `fragment F${i} on Agency { parent { node { ...F${i + 1} } } }`,
    ).join("\n");
    const r = await ask(
      `{ agency(id: "${SEED.healthBureau}") { ...F0 } }\n${fragments}\nfragment F12 on Agency { id }`,
    );
    expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxQueryDepth"]]);
    expect(dbQueries()).toBe(0);
  });

  it("refuses cyclic fragments as BAD_USER_INPUT", async () => {
    const r = await ask(
      `{ agency(id: "x") { ...A } } fragment A on Agency { parent { node { ...B } } } fragment B on Agency { parent { node { ...A } } }`,
    );
    expect(codes(r)).toContain("BAD_USER_INPUT");
    expect(dbQueries()).toBe(0);
  });

  it("refuses an alias bomb (the same field 1,000 times) by complexity before it runs", async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: agency(id: "${SEED.healthBureau}") { name }`).join(
      " ",
    );
    const r = await ask(`{ ${fields} }`);
    expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxQueryComplexity"]]);
    expect(r.status).toBe(400);
    expect(dbQueries()).toBe(0);
  });

  it("answers a wide document of 20,000 aliased fields with LIMIT_EXCEEDED, not an internal error", async () => {
    // graphql-query-complexity stops counting at 10,000 fields and throws its own error
    const fields = Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`).join(" ");
    const r = await ask(`{ ${fields} }`);
    expect(codes(r)).toEqual(["LIMIT_EXCEEDED"]);
    expect(r.status).toBe(400);
    expect(dbQueries()).toBe(0);
    await expectStillAnswering();
  });

  it("refuses a batch of 100 operations without running any of them", async () => {
    reset();
    const op = { query: `{ agency(id: "${SEED.healthBureau}") { name } }` };
    const res = await api.post(JSON.stringify(Array.from({ length: 100 }, () => op)));
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({
      code: "LIMIT_EXCEEDED",
      limit: "maxBatchOperations",
    });
    expect(queryCounts).toEqual([]);
  });

  it.each([
    ["path", `{ path(from: "${SEED.healthBureau}", to: "${SEED.outline}", relationshipTypes: []) { length } }`],
    ["neighborhood", `{ neighborhood(id: "${SEED.healthBureau}", relationshipTypes: []) { truncated } }`],
  ])(
    "answers %s with an empty relationshipTypes list normally or with BAD_USER_INPUT, not an internal error",
    async (_field, query) => {
      const r = await ask(query);
      expect(codes(r).filter((c) => c !== "BAD_USER_INPUT")).toEqual([]);
    },
  );

  it("answers malformed variables with BAD_USER_INPUT, not an internal error", async () => {
    const r = await ask(`query($n: Int) { agencies(first: $n) { totalCount } }`, { n: "a lot" });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(dbQueries()).toBe(0);
  });
});

describe("page sizes", () => {
  /** every root query field with a `first` or `limit` argument, called with 1,000,000 of them */
  const pagedFields = async () => {
    const schema = await buildApiSchema();
    const query = schema.getQueryType()!;
    return Object.values(query.getFields()).flatMap((field) =>
      field.args
        .filter((a) => a.name === "first" || a.name === "limit")
        .map((paged) => {
          const args = field.args
            .filter((a) => a === paged || isNonNullType(a.type))
            .filter((a) => a === paged || a.defaultValue === undefined)
            .map((a) =>
              a === paged
                ? `${a.name}: 1000000`
                : a.name === "query"
                  ? `${a.name}: "法治"`
                  : `${a.name}: "${SEED.healthBureau}"`,
            );
          const type = getNamedType(field.type);
          const selection = type instanceof GraphQLObjectType ? " { __typename }" : "";
          return { name: `${field.name}(${paged.name})`, query: `{ ${field.name}(${args.join(", ")})${selection} }` };
        }),
    );
  };

  it("refuses first/limit: 1000000 on every root list with LIMIT_EXCEEDED before reaching the database", async () => {
    const fields = await pagedFields();
    expect(fields.length).toBeGreaterThanOrEqual(8);
    const failures: string[] = [];
    for (const { name, query } of fields) {
      const r = await ask(query);
      const code = codes(r).join();
      if (code !== "LIMIT_EXCEEDED" || dbQueries() !== 0)
        failures.push(`${name}: ${code || "no error"}, ${dbQueries()} queries`);
    }
    expect(failures).toEqual([]);
    await expectStillAnswering();
  });

  it.each([
    [
      "first: 1000000 on a nested list",
      `{ agency(id: "${SEED.districtGovernment}") { implements(first: 1000000) { totalCount } } }`,
    ],
    [
      "nodes() with 1,000 ids",
      `{ nodes(ids: [${Array.from({ length: 1000 }, (_, i) => `"agency:${i}"`).join(",")}]) { id } }`,
    ],
  ])("refuses %s", async (_what, query) => {
    const r = await ask(query);
    expect(codes(r)).toEqual(["LIMIT_EXCEEDED"]);
    expect(dbQueries()).toBe(0);
  });

  it.each([
    ["first: -1", `{ agencies(first: -1) { totalCount } }`],
    ["an after cursor that is not one of ours", `{ agencies(after: "' OR 1=1") { totalCount } }`],
    [
      "an after cursor pointing a billion rows ahead",
      `{ agencies(first: 5, after: "${Buffer.from("o:999999999").toString("base64url")}") { edges { cursor } } }`,
    ],
  ])("answers %s with BAD_USER_INPUT or an empty page", async (_what, query) => {
    const r = await ask(query);
    if (r.errors) expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    else expect(JSON.stringify(r.data)).toMatch(/"edges":\[\]|"totalCount":\d+/);
    expect(dbQueries()).toBeLessThanOrEqual(2);
    await expectStillAnswering();
  });
});

describe("full-text search with Lucene syntax", () => {
  const SEARCH = `query($q: String!) { search(query: $q, first: 10) { score node { __typename ... on Agency { name } ... on Law { name } ... on Program { name } ... on Jurisdiction { name } ... on Metric { name } } } }`;

  it.each([
    ["*"],
    ["?"],
    ["name:x OR"],
    ['"abc'],
    ["\\"],
    ["AND OR NOT"],
    ["卫生 AND"],
    ["(((((("],
    ["[a TO z]"],
    ["/.*/"],
    ["卫生~10"],
    ["卫生^1000"],
    ['+-&&||!(){}[]^"~*?:\\/'],
    ["a".repeat(200)],
    ["name:*"],
  ])("treats %j as text: a normal answer or BAD_USER_INPUT, one database query, and answers on", async (q) => {
    const r = await ask(SEARCH, { q });
    expect(codes(r).filter((c) => c !== "BAD_USER_INPUT")).toEqual([]);
    expect(r.errors?.[0]?.message ?? "").not.toMatch(/lucene|ParseException|Neo\./i);
    expect(dbQueries()).toBeLessThanOrEqual(1);
    if (!r.errors) expect(r.data.search.length).toBeLessThanOrEqual(10);
    await expectStillAnswering();
  });

  it("does not let a wildcard match everything", async () => {
    const star = await ask(SEARCH, { q: "*" });
    const all = await helper.run<{ n: number }>("MATCH (n:Entity) RETURN count(n) AS n");
    // either refused as bad input, or answered with few matches: never everything
    if (star.errors) expect(codes(star)).toEqual(["BAD_USER_INPUT"]);
    else expect(star.data.search.length).toBeLessThan(Math.min(10, all[0]!.n));
  });

  it("refuses a query longer than 200 characters with BAD_USER_INPUT", async () => {
    const r = await ask(SEARCH, { q: "法".repeat(201) });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(dbQueries()).toBe(0);
  });
});

describe("introspection", () => {
  const INTROSPECT = `{ __schema { queryType { name } } }`;
  const allowed = (r: GqlResponse) => r.data?.__schema?.queryType?.name === "Query";

  it.each([
    ["on in development by default", { NODE_ENV: "development" }, true],
    ["off in production by default", { NODE_ENV: "production" }, false],
    ["on in production with INTROSPECTION=true", { NODE_ENV: "production", INTROSPECTION: "true" }, true],
    ["off in development with INTROSPECTION=false", { NODE_ENV: "development", INTROSPECTION: "false" }, false],
  ])("is %s", async (_what, env, on) => {
    const server = await startApi(env);
    try {
      const r = await server.gql(INTROSPECT);
      expect(allowed(r)).toBe(on);
      if (!on) {
        expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
        const type = await server.gql(`{ __type(name: "Agency") { fields { name } } }`);
        expect(codes(type)).toEqual(["BAD_USER_INPUT"]);
        // ordinary queries still work
        expect((await server.gql(`{ stats { nodes { count } } }`)).errors).toBeUndefined();
      }
    } finally {
      await server.close();
    }
  });
});
