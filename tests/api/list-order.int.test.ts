/**
 * Lists ordered by an aggregate (orderBy IMPLEMENTS | CONDUCTS | ISSUED | REPORTS | MENTIONS): most first by
 * default, ties by name then id, the count on each edge (sortValue). Over the seed (2016) and 南昌县's 2021 report.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSecondYear, ensureSeed, SECOND_YEAR, SEED, startApi, type TestApi } from "./support/api.js";

const helper = new Neo4jTestHelper();
let api: TestApi;
let seedId: string;
let secondId: string;

beforeAll(async () => {
  seedId = await ensureSeed(helper.driver, helper.database);
  secondId = await ensureSecondYear(helper.driver, helper.database);
  api = await startApi();
});
afterAll(async () => {
  if (secondId) await deleteReport(helper.driver, helper.database, secondId);
  await api?.close();
  await helper.close();
});

interface Edge {
  sortValue: number | null;
  node: { id: string; name: string };
}

async function edgesOf(list: string, args: string): Promise<Edge[]> {
  const r = await api.gql(`{ ${list}(${args}) { edges { sortValue node { id name } } } }`);
  expect(r.errors).toBeUndefined();
  return r.data[list].edges;
}

/** Non-increasing counts, and among equal counts names in ascending order (then ids). */
function expectMostFirst(edges: Edge[]): void {
  for (let i = 1; i < edges.length; i++) {
    const [a, b] = [edges[i - 1]!, edges[i]!];
    expect(a.sortValue!).toBeGreaterThanOrEqual(b.sortValue!);
    if (a.sortValue === b.sortValue) expect(a.node.name <= b.node.name).toBe(true);
  }
}

describe("lists ordered by a relationship count", () => {
  it("puts the district government first among agencies by laws implemented: 7 laws, though 8 statements", async () => {
    const edges = await edgesOf("agencies", "orderBy: IMPLEMENTS, first: 20");
    expect(edges[0]).toEqual({ sortValue: 7, node: { id: SEED.districtGovernment, name: "荆州市沙市区人民政府" } });
    expectMostFirst(edges);
  });

  it("counts what each field would list: sortValue equals the relationship field's totalCount", async () => {
    const r = await api.gql(`{
      agencies(orderBy: CONDUCTS, first: 5) { edges { sortValue node { conducts { totalCount } } } }
      laws(orderBy: IMPLEMENTS, first: 5) { edges { sortValue node { implementedBy { totalCount } } } }
      issuers: laws(orderBy: ISSUED, first: 5) { edges { sortValue node { issuedBy { totalCount } } } }
    }`);
    expect(r.errors).toBeUndefined();
    const pairs = [
      ...r.data.agencies.edges.map((e: any) => [e.sortValue, e.node.conducts.totalCount]),
      ...r.data.laws.edges.map((e: any) => [e.sortValue, e.node.implementedBy.totalCount]),
      ...r.data.issuers.edges.map((e: any) => [e.sortValue, e.node.issuedBy.totalCount]),
    ];
    expect(pairs.length).toBe(15);
    for (const [sortValue, total] of pairs) expect(sortValue).toBe(total);
    expect(r.data.agencies.edges[0].sortValue).toBeGreaterThan(1);
  });

  it("sorts ascending when asked, the ties still by name", async () => {
    const edges = await edgesOf("agencies", "orderBy: IMPLEMENTS, direction: ASC, first: 5");
    expect(edges[0]!.sortValue).toBe(0);
    for (let i = 1; i < edges.length; i++) {
      expect(edges[i]!.sortValue!).toBeGreaterThanOrEqual(edges[i - 1]!.sortValue!);
      if (edges[i]!.sortValue === edges[i - 1]!.sortValue)
        expect(edges[i - 1]!.node.name <= edges[i]!.node.name).toBe(true);
    }
  });

  it("walks every agency exactly once when paging in a count order (the tie-break makes the order total)", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const r: any = await api.gql(
        `query($after: String) { agencies(orderBy: IMPLEMENTS, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      total = r.data.agencies.totalCount;
      seen.push(...r.data.agencies.nodes.map((n: any) => n.id));
      if (!r.data.agencies.pageInfo.hasNextPage) break;
      after = r.data.agencies.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });
});

describe("lists ordered by reports and mentions", () => {
  it("puts the State Council, which both reports name, among the agencies with the most reports", async () => {
    const edges = await edgesOf("agencies", "orderBy: REPORTS, first: 10");
    expectMostFirst(edges);
    const top = edges.filter((e) => e.sortValue === edges[0]!.sortValue).map((e) => e.node.id);
    expect(edges[0]!.sortValue).toBeGreaterThanOrEqual(2);
    expect(top).toContain(SECOND_YEAR.stateCouncil);
  });

  it("orders reports by the statements of a type they make, and refuses REPORTS for reports", async () => {
    const r = await api.gql(
      `query($ids: [ID!]!) { reports(orderBy: IMPLEMENTS, first: 100) { edges { sortValue node { id } } }
        nodes(ids: $ids) { id } }`,
      { ids: [seedId, secondId] },
    );
    expect(r.errors).toBeUndefined();
    const ours = r.data.reports.edges.filter((e: any) => [seedId, secondId].includes(e.node.id));
    // the seed states IMPLEMENTS 8 times, 南昌县's report twice
    expect(ours).toEqual([
      { sortValue: 8, node: { id: seedId } },
      { sortValue: 2, node: { id: secondId } },
    ]);
    const refused = await api.gql(`{ reports(orderBy: REPORTS) { totalCount } }`);
    expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
  });

  it("keeps NAME ascending by default and gives no sortValue for it", async () => {
    const edges = await edgesOf("agencies", "first: 3");
    expect(edges.every((e) => e.sortValue === null)).toBe(true);
    expect(edges.map((e) => e.node.name)).toEqual([...edges.map((e) => e.node.name)].sort());
  });
});
