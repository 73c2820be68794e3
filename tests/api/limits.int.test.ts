/** Every limit refuses with LIMIT_EXCEEDED and names itself in extensions.limit. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { toApiError } from "../../src/api/errors.js";
import { GraphReader } from "../../src/graph/read/reader.js";
import { ensureSeed, SEED, startApi, type TestApi } from "./support/api.js";

const helper = new Neo4jTestHelper();
let api: TestApi;
let tight: TestApi;

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  api = await startApi();
  tight = await startApi({ MAX_BODY_BYTES: "2000", MAX_BATCH_OPERATIONS: "3", MAX_PAGE_SIZE: "5" });
});
afterAll(async () => {
  await api?.close();
  await tight?.close();
  await helper.close();
});

const limitOf = (r: { errors?: { extensions?: Record<string, any> }[] }) =>
  r.errors?.map((e) => [e.extensions?.code, e.extensions?.limit]);

describe("limits", () => {
  it("refuses a page larger than MAX_PAGE_SIZE (100) instead of cutting it", async () => {
    const r = await api.gql(`{ agencies(first: 101) { totalCount } }`);
    expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxPageSize"]]);
    expect(r.errors![0]!.message).toContain("101");
  });

  it("applies the page cap to nested relationship pages and search too", async () => {
    const nested = await tight.gql(`query($id: ID!) { agency(id: $id) { implements(first: 6) { totalCount } } }`, {
      id: SEED.districtGovernment,
    });
    expect(limitOf(nested)).toEqual([["LIMIT_EXCEEDED", "maxPageSize"]]);
    const search = await tight.gql(`{ search(query: "法治", first: 6) { score } }`);
    expect(limitOf(search)).toEqual([["LIMIT_EXCEEDED", "maxPageSize"]]);
  });

  it("refuses a query deeper than MAX_QUERY_DEPTH (8) before running it", async () => {
    // agency → parent → parent … nine hops deep
    let selection = "id";
    for (let i = 0; i < 9; i++) selection = `parent { node { ${selection} } }`;
    const r = await api.gql(`{ agency(id: "x") { ${selection} } }`);
    expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxQueryDepth"]]);
    expect(r.status).toBe(400);
  });

  it("does not count Relay wrappers (edges, node) as depth", async () => {
    const r = await api.gql(
      `{ agencies(first: 1) { edges { node { conducts { edges { node { metrics { edges { node { name } evidence { report { title } } } } } } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
  });

  it("catches an alias bomb (the same field 1,000 times) by complexity", async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: stats { nodes { count } }`).join(" ");
    const r = await api.gql(`{ ${fields} }`);
    expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxQueryComplexity"]]);
    expect(r.status).toBe(400);
  });

  it("refuses a nested query whose page sizes multiply above MAX_QUERY_COMPLEXITY", async () => {
    const r = await api.gql(
      `{ agencies(first: 100) { nodes { conducts(first: 100) { nodes { metrics(first: 100) { nodes { name } } } } } } }`,
    );
    expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxQueryComplexity"]]);
  });

  it("answers 413 with a coded error for a body above MAX_BODY_BYTES", async () => {
    const res = await tight.post(JSON.stringify({ query: `{ stats { nodes { count } } }`, padding: "x".repeat(5000) }));
    expect(res.status).toBe(413);
    const body: any = await res.json();
    expect(body.errors[0].extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxBodyBytes", max: 2000 });
  });

  it("refuses a batch of more than MAX_BATCH_OPERATIONS operations", async () => {
    const op = { query: "{ stats { nodes { count } } }" };
    const res = await tight.post(JSON.stringify([op, op, op, op]));
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({
      code: "LIMIT_EXCEEDED",
      limit: "maxBatchOperations",
      max: 3,
    });
  });

  it("runs a batch within the limit", async () => {
    const op = { query: "{ stats { nodes { label count } } }" };
    const res = await tight.post(JSON.stringify([op, op, op]));
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body).toHaveLength(3);
    expect(body[0].data.stats.nodes.length).toBeGreaterThan(0);
  });

  it("refuses path lengths above 4 and neighbourhood depths above 2", async () => {
    const path = await api.gql(
      `{ path(from: "${SEED.healthBureau}", to: "${SEED.outline}", maxLength: 5) { length } }`,
    );
    expect(limitOf(path)).toEqual([["LIMIT_EXCEEDED", "maxPathLength"]]);
    const hood = await api.gql(`{ neighborhood(id: "${SEED.healthBureau}", depth: 3) { truncated } }`);
    expect(limitOf(hood)).toEqual([["LIMIT_EXCEEDED", "maxNeighborhoodDepth"]]);
  });

  it("stops a database query at DB_TX_TIMEOUT_MS and says which limit", async () => {
    // No read of the small seed graph is slow enough to time out reliably; a counting loop is.
    const reader = new GraphReader(api.driver, api.config.neo4j.database, 50);
    const error = await reader
      .read({ cypher: "UNWIND range(1, 1000000000) AS x RETURN count(x) AS n", params: {} })
      .catch((e: unknown) => e);
    const mapped = toApiError(error, 50);
    expect(mapped.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "dbTxTimeoutMs", max: 50 });
  });
});
