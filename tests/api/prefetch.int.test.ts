/**
 * Look-ahead: a root field fetches the relationship fields selected below it in its own query, and reads only
 * what the selection asks for (totalCount, evidence sentences) without changing the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { startApi, type TestApi } from "./support/api.js";
import { writeAgencyTree, type FixtureGraph } from "./support/fixture.js";

const helper = new Neo4jTestHelper();
const counts: number[] = [];
let api: TestApi;
let graph: FixtureGraph;

beforeAll(async () => {
  graph = await writeAgencyTree(helper, 3, 3, 2);
  api = await startApi({}, { onRequestDone: ({ queryCount }) => counts.push(queryCount) });
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

async function run(query: string, variables: Record<string, unknown>) {
  counts.length = 0;
  const r = await api.gql(query, variables);
  expect(r.errors).toBeUndefined();
  return { data: r.data, queries: counts[0] };
}

describe("prefetching relationship fields", () => {
  it("answers an agency with its programs and their metrics in one query", async () => {
    const { data, queries } = await run(
      `query($id: ID!) { agency(id: $id) { name conducts(first: 2) { totalCount pageInfo { hasNextPage }
         nodes { name metrics { edges { node { name value } evidence { sentence start } } } } } } }`,
      { id: graph.agencyIds[0] },
    );
    expect(queries).toBe(1);
    expect(data.agency.conducts.totalCount).toBe(3);
    expect(data.agency.conducts.pageInfo.hasNextPage).toBe(true);
    expect(data.agency.conducts.nodes.map((p: { name: string }) => p.name)).toEqual([
      `${graph.token}行动1_1`,
      `${graph.token}行动1_2`,
    ]);
    expect(data.agency.conducts.nodes[0].metrics.edges[1]).toEqual({
      node: { name: "立案 2起", value: 2 },
      evidence: [{ sentence: "立案2起", start: 2 }],
    });
  });

  it("answers a filtered list and two levels below it in one query", async () => {
    const { data, queries } = await run(
      `query($t: String!) { agencies(filter: { nameContains: $t }, first: 2) { pageInfo { hasNextPage endCursor }
         nodes { id conducts(first: 1) { nodes { id metrics(first: 1) { nodes { id } } } } } } }`,
      { t: graph.token },
    );
    expect(queries).toBe(1);
    expect(data.agencies.pageInfo.hasNextPage).toBe(true);
    expect(data.agencies.nodes.map((a: { id: string }) => a.id)).toEqual(graph.agencyIds.slice(0, 2));
    expect(data.agencies.nodes[1].conducts.nodes[0].metrics.nodes).toEqual([{ id: `metric:${graph.token}_2_1_1` }]);
  });

  it("says whether another page follows without counting, on the last page too", async () => {
    const page = `query($t: String!, $after: String) { agencies(filter: { nameContains: $t }, first: 2, after: $after) {
      pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const first = await run(page, { t: graph.token });
    const last = await run(page, { t: graph.token, after: first.data.agencies.pageInfo.endCursor });
    expect(last.data.agencies.nodes).toEqual([{ id: graph.agencyIds[2] }]);
    expect(last.data.agencies.pageInfo.hasNextPage).toBe(false);
  });

  it("resolves a relationship field below an interface with one batched query per level", async () => {
    const fields = graph.agencyIds
      .map((id, i) => `a${i}: node(id: "${id}") { ... on Agency { conducts(first: 1) { nodes { id } } } }`)
      .join(" ");
    const { data, queries } = await run(`{ ${fields} }`, {});
    expect(queries).toBe(2);
    expect(data.a2.conducts.nodes).toEqual([{ id: `program:${graph.token}_3_1` }]);
  });
});
