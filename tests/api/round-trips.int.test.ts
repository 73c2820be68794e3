/** No N+1: a nested query costs one database query per level, however many items each level has. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { startApi, type TestApi } from "./support/api.js";
import { writeAgencyTree, type FixtureGraph } from "./support/fixture.js";

const helper = new Neo4jTestHelper();
const counts: number[] = [];
let api: TestApi;
let small: FixtureGraph;
let large: FixtureGraph;

beforeAll(async () => {
  small = await writeAgencyTree(helper, 5, 2, 2);
  large = await writeAgencyTree(helper, 50, 2, 2);
  // This file measures round trips, not cost limits: the nested query asks for large pages on purpose.
  api = await startApi(
    { MAX_QUERY_COMPLEXITY: "10000000" },
    { onRequestDone: ({ queryCount }) => counts.push(queryCount) },
  );
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

const NESTED = `query($token: String!) {
  agencies(first: 50, filter: { nameContains: $token }) {
    totalCount
    edges { node {
      name
      conducts(first: 10) { edges {
        node { name metrics(first: 10) { edges { node { name value } evidence { sentence start end report { title } } } } }
        evidence { sentence }
      } }
    } }
  }
}`;

async function queriesFor(token: string) {
  counts.length = 0;
  const r = await api.gql(NESTED, { token });
  expect(r.errors).toBeUndefined();
  return { result: r.data, queries: counts[0]! };
}

describe("database round trips of a nested query", () => {
  it("returns all 50 agencies with 2 programs each and 2 metrics per program", async () => {
    const { result } = await queriesFor(large.token);
    expect(result.agencies.totalCount).toBe(50);
    expect(result.agencies.edges).toHaveLength(50);
    for (const { node } of result.agencies.edges) {
      expect(node.conducts.edges).toHaveLength(2);
      for (const program of node.conducts.edges) {
        expect(program.node.metrics.edges).toHaveLength(2);
        expect(program.node.metrics.edges[0].evidence[0].report.title).toBe(`${large.token} 报告`);
      }
    }
  });

  it("costs at most 4 queries for agencies → conducts → metrics → evidence.report", async () => {
    const { queries } = await queriesFor(large.token);
    expect(queries).toBeLessThanOrEqual(4);
  });

  it("costs the same number of queries for 5 agencies as for 50", async () => {
    const few = await queriesFor(small.token);
    const many = await queriesFor(large.token);
    expect(few.result.agencies.totalCount).toBe(5);
    expect(many.queries).toBe(few.queries);
  });

  it("batches node(id) lookups of one request into one query", async () => {
    counts.length = 0;
    const fields = large.agencyIds
      .slice(0, 20)
      .map((id, i) => `a${i}: node(id: "${id}") { id }`)
      .join(" ");
    const r = await api.gql(`{ ${fields} }`);
    expect(r.errors).toBeUndefined();
    expect(counts[0]).toBe(1);
  });
});
