/** Reads over the seed: filters, sorting, search, Relay node lookups, analysis, and client errors. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSeed, SEED, startApi, type TestApi } from "./support/api.js";

const helper = new Neo4jTestHelper();
let api: TestApi;
let reportId: string;

beforeAll(async () => {
  reportId = await ensureSeed(helper.driver, helper.database);
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

const names = (conn: { nodes: { name: string }[] }) => conn.nodes.map((n) => n.name);

describe("list filters and sorting", () => {
  it("filters agencies by jurisdiction including everything within it", async () => {
    const r = await api.gql(`{
      city: agencies(first: 100, filter: { jurisdiction: "湖北省荆州市" }) { totalCount nodes { name } }
      district: agencies(first: 100, filter: { jurisdiction: "${SEED.district}" }) { totalCount nodes { name } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(names(r.data.district)).toContain("荆州市沙市区卫生和计划生育局");
    expect(names(r.data.city)).toEqual(expect.arrayContaining([...names(r.data.district), "荆州市人民政府"]));
    expect(names(r.data.district)).not.toContain("荆州市人民政府");
  });

  it("filters by kind, name and reported year", async () => {
    const r = await api.gql(`{
      courts: agencies(filter: { kind: COURT }) { nodes { name } }
      bureaus: agencies(first: 100, filter: { nameContains: "卫生" }) { nodes { name } }
      plans: laws(filter: { kind: PLAN, yearFrom: 2016, yearTo: 2016 }) { nodes { name } }
      future: laws(filter: { yearFrom: 3000 }) { totalCount }
      reports(filter: { yearFrom: 2016, yearTo: 2016, jurisdiction: "湖北省" }) { nodes { id } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(names(r.data.courts)).toContain("荆州市沙市区人民法院");
    expect(names(r.data.bureaus)).toContain("荆州市沙市区卫生和计划生育局");
    expect(names(r.data.bureaus).every((n: string) => n.includes("卫生"))).toBe(true);
    expect(names(r.data.plans)).toContain("法治政府建设实施纲要(2015-2020年)");
    expect(r.data.future.totalCount).toBe(0);
    expect(r.data.reports.nodes).toContainEqual({ id: reportId });
  });

  it("lists the entities a report mentions, of the types asked", async () => {
    const r = await api.gql(
      `query($id: ID!) { laws: laws(first: 100, filter: { report: $id }) { totalCount }
      report(id: $id) { mentions(type: [Law], first: 100) { totalCount edges { count spans { start end } node { __typename name } } } } }`,
      { id: reportId },
    );
    expect(r.errors).toBeUndefined();
    const mentions = r.data.report.mentions;
    expect(mentions.totalCount).toBe(r.data.laws.totalCount);
    expect(new Set(mentions.edges.map((e: any) => e.node.__typename))).toEqual(new Set(["Law"]));
    for (const e of mentions.edges) expect(e.spans.length).toBe(e.count);
  });

  it("sorts by mention count, most mentioned first", async () => {
    const r = await api.gql(
      `{ agencies(first: 5, orderBy: MENTIONS, direction: DESC, filter: { jurisdiction: "${SEED.district}" }) { nodes { name mentionCount } } }`,
    );
    const counts = r.data.agencies.nodes.map((n: any) => n.mentionCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(r.data.agencies.nodes[0].name).toBe("荆州市沙市区人民政府");
  });
});

describe("search", () => {
  it("treats Lucene operators in the query as text", async () => {
    for (const query of ["卫计 AND (", "法治)*~", '"行政', "NOT 卫计", "\\\\"]) {
      const r = await api.gql(`query($q: String!) { search(query: $q) { score } }`, { q: query });
      expect(r.errors, query).toBeUndefined();
    }
  });

  it("answers a one-character query by name/alias containment", async () => {
    const r = await api.gql(`{ search(query: "卫", types: [Agency]) { node { ... on Agency { id } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.search.map((h: any) => h.node.id)).toContain(SEED.healthBureau);
  });

  it("returns only the types asked for", async () => {
    const r = await api.gql(`{ search(query: "法治政府", types: [Law]) { node { __typename } } }`);
    expect(r.data.search.length).toBeGreaterThan(0);
    expect(new Set(r.data.search.map((h: any) => h.node.__typename))).toEqual(new Set(["Law"]));
  });
});

describe("Relay nodes and analysis", () => {
  it("fetches any object by global id, null for unknown ids", async () => {
    const r = await api.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } node(id: "agency:nobody") { id } }`,
      {
        ids: [SEED.healthBureau, reportId, "nope", SEED.district],
      },
    );
    expect(r.data.nodes).toEqual([
      { __typename: "Agency", id: SEED.healthBureau },
      { __typename: "Report", id: reportId },
      null,
      { __typename: "Jurisdiction", id: SEED.district },
    ]);
    expect(r.data.node).toBeNull();
  });

  it("gives an agency's jurisdiction and the jurisdiction's parents and agencies", async () => {
    const r = await api.gql(
      `query($id: ID!) { agency(id: $id) { jurisdiction { node { id within { node { name } } agencies(first: 100) { nodes { name } } } } } }`,
      { id: SEED.healthBureau },
    );
    const j = r.data.agency.jurisdiction.node;
    expect(j.id).toBe(SEED.district);
    expect(j.within.node.name).toBe("湖北省荆州市");
    expect(names(j.agencies)).toContain("荆州市沙市区卫生和计划生育局");
  });

  it("draws a neighbourhood whose edges join listed nodes", async () => {
    const r = await api.gql(
      `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 30) { truncated nodes { id } edges { type source target } } }`,
      { id: SEED.healthBureau },
    );
    const { nodes, edges } = r.data.neighborhood;
    expect(nodes[0].id).toBe(SEED.healthBureau);
    expect(nodes.length).toBeLessThanOrEqual(31);
    const ids = new Set(nodes.map((n: any) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it("counts co-mentions and nodes per label", async () => {
    const r = await api.gql(
      `query($id: ID!) { coMentioned(id: $id, first: 100) { sharedReports node { id } } stats { nodes { label count } relationships { type count } } }`,
      { id: SEED.healthBureau },
    );
    expect(r.data.coMentioned.map((c: any) => c.node.id)).toContain(SEED.hrBureau);
    const agencies = r.data.stats.nodes.find((n: any) => n.label === "Agency");
    expect(agencies.count).toBeGreaterThanOrEqual(20);
  });
});

describe("client errors", () => {
  it.each([
    ["an invalid cursor", `{ agencies(after: "bogus") { totalCount } }`],
    ["a syntax error", `{ agencies( }`],
    ["an unknown field", `{ agencies { bogus } }`],
    ["a negative page size", `{ agencies(first: -1) { totalCount } }`],
    ["an empty search", `{ search(query: "  ") { score } }`],
    ["a path to itself", `{ path(from: "${SEED.healthBureau}", to: "${SEED.healthBureau}") { length } }`],
  ])("answers BAD_USER_INPUT for %s", async (_what, query) => {
    const r = await api.gql(query);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers null, not an error, for an unknown id", async () => {
    const r = await api.gql(`{ agency(id: "agency:nobody") { name } law(id: "${SEED.healthBureau}") { name } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ agency: null, law: null });
  });
});
