/**
 * The default limits let through the questions analysts ask (issue 14 point 5) and still refuse the abuse, saying
 * what to reduce: which list, which `first:`. The questions run against a fixture of 5 agencies × 50 programs ×
 * 20 metrics (every relationship with evidence) and against the seed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { ensureSeed, SEED, startApi, type GqlResponse, type TestApi } from "./support/api.js";
import { writeAgencyTree, type FixtureGraph } from "./support/fixture.js";

const helper = new Neo4jTestHelper();
let api: TestApi;
let tree: FixtureGraph;
const queryCounts: number[] = [];

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  tree = await writeAgencyTree(helper, 5, 50, 20);
  // default limits: nothing overridden
  api = await startApi({}, { onRequestDone: ({ queryCount }) => queryCounts.push(queryCount) });
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

const limitOf = (r: GqlResponse) => (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.limit]);

describe("questions that fit the default limits", () => {
  it("an agency's first 50 programs with 20 metrics each and their evidence", async () => {
    const r = await api.gql(
      `query($id: ID!) { agency(id: $id) { name conducts(first: 50) { edges {
        node { name metrics(first: 20) { edges { node { name value } evidence { sentence start end report { title } } } } }
        evidence { sentence report { title } }
      } } } }`,
      { id: tree.agencyIds[0] },
    );
    expect(r.errors).toBeUndefined();
    const programs = r.data.agency.conducts.edges;
    expect(programs).toHaveLength(50);
    for (const program of programs) {
      expect(program.evidence[0].sentence).toMatch(/^开展行动\d+$/);
      expect(program.node.metrics.edges).toHaveLength(20);
      expect(program.node.metrics.edges[19].evidence[0].report.title).toBe(`${tree.token} 报告`);
    }
  });

  it("five agencies × 50 programs × 20 metrics", async () => {
    const r = await api.gql(
      `query($token: String!) { agencies(first: 5, filter: { nameContains: $token }) { nodes { name
        conducts(first: 50) { nodes { name metrics(first: 20) { nodes { name value } } } } } } }`,
      { token: tree.token },
    );
    expect(r.errors).toBeUndefined();
    const agencies = r.data.agencies.nodes;
    expect(agencies).toHaveLength(5);
    const metrics = agencies.flatMap((a: any) => a.conducts.nodes.flatMap((p: any) => p.metrics.nodes));
    expect(metrics).toHaveLength(5 * 50 * 20);
  });

  it("all agencies of a jurisdiction (first 100) with their statements", async () => {
    const statements = `edges { node { name } evidence { sentence section sectionKind report { title } } }`;
    const r = await api.gql(
      `query($j: String!) { agencies(first: 100, filter: { jurisdiction: $j }) { totalCount nodes { name
        issued { ${statements} } implements { ${statements} } conducts { ${statements} }
        metrics { ${statements} } } } }`,
      { j: SEED.district },
    );
    expect(r.errors).toBeUndefined();
    const government = r.data.agencies.nodes.find((a: any) => a.name === "荆州市沙市区人民政府");
    expect(government.implements.edges.length).toBeGreaterThan(0);
    expect(government.implements.edges[0].evidence[0].sentence.length).toBeGreaterThan(5);
  });
});

describe("queries over the limit say what to reduce", () => {
  it("names the nested lists and the first: that would fit", async () => {
    queryCounts.length = 0;
    const r = await api.gql(
      `{ agencies(first: 100) { nodes { conducts(first: 100) { nodes { metrics(first: 100) { nodes { name } } } } } } }`,
    );
    expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxQueryComplexity"]]);
    expect(r.status).toBe(400);
    expect(queryCounts).toEqual([0]);
    const { message, extensions } = r.errors![0]!;
    expect(message).toContain("agencies(first: 100) × conducts(first: 100) × metrics(first: 100)");
    // 100 × 100 × 100 is a million metrics: no single list can be cut enough, all three to 9 can (9³ ≈ 730 …)
    expect(message).toMatch(/e\.g\. \d+ on each of them/);
    expect(extensions!.lists.map((l: any) => [l.path, l.argument, l.size])).toEqual([
      ["agencies", "first", 100],
      ["agencies.nodes.conducts", "first", 100],
      ["agencies.nodes.conducts.nodes.metrics", "first", 100],
    ]);
  });

  it("suggests the page size that alone makes the query fit when there is one", async () => {
    // 5 × 100 × 20: only conducts is too long; 50 fits (the question above), 100 does not
    const r = await api.gql(
      `{ agencies(first: 5) { nodes { conducts(first: 100) { nodes { metrics(first: 20) { nodes { name } } } } } } }`,
    );
    expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxQueryComplexity"]]);
    const conducts = r.errors![0]!.extensions!.lists.find((l: any) => l.path === "agencies.nodes.conducts");
    expect(conducts.fitsAt).toBeGreaterThanOrEqual(50);
    expect(conducts.fitsAt).toBeLessThan(100);
    expect(r.errors![0]!.message).toContain(`first: ${conducts.fitsAt} on conducts`);
  });

  it.each([
    ["a root list", `{ agencies(first: 1000000) { nodes { name } } }`, "first is 1000000 at agencies"],
    [
      "a nested list inside an otherwise small query",
      `{ agencies(first: 2) { nodes { conducts(first: 5000) { nodes { name } } } } }`,
      "first is 5000 at agencies.nodes.conducts",
    ],
    ["search", `{ search(query: "法治", first: 1000000) { score } }`, "first is 1000000 at search"],
  ])(
    "answers an oversized first: on %s with the page-size message, not a complexity figure",
    async (_, query, text) => {
      queryCounts.length = 0;
      const r = await api.gql(query);
      expect(limitOf(r)).toEqual([["LIMIT_EXCEEDED", "maxPageSize"]]);
      expect(r.errors![0]!.message).toBe(`${text}, above the maximum page size 100`);
      expect(r.errors![0]!.message).not.toContain("complexity");
      expect(queryCounts).toEqual([0]);
    },
  );
});
