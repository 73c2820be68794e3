/**
 * Search ranks what people mean first (issue 14 point 3): the exact name, then an exact short name or alias, then
 * names ending with the query, containing it, and abbreviations of it. Facts from the seed report (the district
 * government 荆州市沙市区人民政府 has the alias 区政府; the health bureau is 荆州市沙市区卫生和计划生育局).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { ensureSeed, SEED, startApi, type TestApi } from "./support/api.js";

const helper = new Neo4jTestHelper();
let api: TestApi;
let token: string;

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  api = await startApi();
  // A second district government that is also called 区政府 (as every district's is).
  token = helper.uniqueToken("rank");
  await helper.run(
    `CREATE (:Agency:Entity {id: 'agency:' + $token + '区人民政府', name: $token + '区人民政府', short: '区政府',
       aliases: ['区政府'], aliasText: '区政府', kind: 'government', level: 'county'})`,
    { token },
  );
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

describe("search", () => {
  const SEARCH = `query($q: String!) { search(query: $q, first: 10) { score node { ... on Node { id } } } }`;
  const ids = async (q: string) => {
    const r = await api.gql(SEARCH, { q });
    expect(r.errors).toBeUndefined();
    return r.data.search.map((h: any) => h.node.id) as string[];
  };

  it("puts the agencies whose alias 区政府 is before every name merely containing it", async () => {
    const found = await ids("区政府");
    expect(found.slice(0, 2).sort()).toEqual([SEED.districtGovernment, `agency:${token}区人民政府`].sort());
    // 区政府办 (an alias of the government's office) contains 区政府: found, but after the exact alias
    expect(found).toContain("agency:荆州市沙市区人民政府办公室");
  });

  it("finds the health bureau for 卫生局, an abbreviation of 卫生和计划生育局", async () => {
    expect(await ids("卫生局")).toContain(SEED.healthBureau);
  });

  it("ranks the canonical name first, then names ending with the query", async () => {
    const r = await api.gql(SEARCH, { q: "荆州市沙市区司法局" });
    expect(r.data.search[0]).toEqual({ score: 4, node: { id: "agency:荆州市沙市区司法局" } });
    const bureaus = await api.gql(SEARCH, { q: "局" });
    expect(bureaus.data.search.length).toBeGreaterThan(3);
    for (const hit of bureaus.data.search.slice(0, 3)) expect(hit.node.id).toMatch(/局$/);
  });
});
