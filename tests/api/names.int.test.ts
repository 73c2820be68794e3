/**
 * Queries by the names people use (issue 14 point 3): filters and lookups take an id, a GB/T 2260 code, the
 * canonical name, the short name or an alias; a name shared by several entities is refused with the candidates;
 * search puts an exact name or alias first. Facts from the seed report (the district government is
 * 荆州市沙市区人民政府, aliases 区政府 and 沙市区人民政府; the district 湖北省荆州市沙市区 is 421002, alias 沙市区).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSeed, SEED, startApi, type TestApi } from "./support/api.js";

const helper = new Neo4jTestHelper();
let api: TestApi;
let token: string;

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  api = await startApi();
  // A second district government that is also called 区政府 (as every district's is), in a place of its own.
  token = helper.uniqueToken("names");
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

const AGENCIES = `query($j: String!) { agencies(first: 100, filter: { jurisdiction: $j }) { totalCount nodes { id } } }`;

describe("a jurisdiction filter", () => {
  it.each([["沙市区"], ["荆州市沙市区"], ["421002"], ["湖北省荆州市沙市区"], ["jurisdiction:421002"]])(
    "takes %s for the district",
    async (name) => {
      const [byName, byId] = await Promise.all([
        api.gql(AGENCIES, { j: name }),
        api.gql(AGENCIES, { j: SEED.district }),
      ]);
      expect(byName.errors).toBeUndefined();
      expect(byName.data.agencies.nodes.map((n: any) => n.id)).toContain(SEED.healthBureau);
      expect(byName.data).toEqual(byId.data);
    },
  );

  it("takes the city's short name and finds the district's agencies within it", async () => {
    const r = await api.gql(AGENCIES, { j: "荆州市" });
    expect(r.errors).toBeUndefined();
    expect(r.data.agencies.nodes.map((n: any) => n.id)).toContain(SEED.healthBureau);
  });

  it.each([
    ["沙市", ["湖北省荆州市沙市区"]],
    // 市区 is the end of 湖北省荆州市沙市区, but 湖北省荆州市沙 is no division: not a name of it
    ["市区", ["湖北省荆州市沙市区"]],
  ])("refuses %s, which names no jurisdiction, with the names containing it", async (name, similar) => {
    const r = await api.gql(AGENCIES, { j: name });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    const { extensions, message } = r.errors![0]!;
    expect(extensions).toMatchObject({ reason: "UNKNOWN_NAME", argument: "filter.jurisdiction" });
    expect(extensions!.candidates.map((c: any) => c.name)).toEqual(similar);
    expect(message).toContain(`no jurisdiction is named "${name}"`);
  });

  it("resolves topLaws' jurisdiction the same way", async () => {
    const q = `query($j: String) { topLaws(jurisdiction: $j, first: 5) { law { id } implementations } }`;
    const [byAlias, byId] = await Promise.all([api.gql(q, { j: "沙市区" }), api.gql(q, { j: SEED.district })]);
    expect(byAlias.errors).toBeUndefined();
    expect(byAlias.data.topLaws.length).toBeGreaterThan(0);
    expect(byAlias.data).toEqual(byId.data);
  });
});

describe("an issuer filter", () => {
  it("takes the issuer's alias when it names one agency", async () => {
    const r = await api.gql(`{ reports(filter: { issuer: "沙市区人民政府" }) { nodes { title } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.reports.nodes.map((n: any) => n.title)).toContain(
      "荆州市沙市区人民政府关于2016年法治政府建设工作的报告",
    );
  });

  it("refuses a name two agencies share, listing both", async () => {
    const r = await api.gql(`{ reports(filter: { issuer: "区政府" }) { nodes { title } } }`);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    const { extensions, message } = r.errors![0]!;
    expect(extensions).toMatchObject({ reason: "AMBIGUOUS_NAME", argument: "filter.issuer" });
    expect(extensions!.candidates.map((c: any) => c.id).sort()).toEqual(
      [SEED.districtGovernment, `agency:${token}区人民政府`].sort(),
    );
    expect(message).toContain(`"区政府" names 2 agency entities`);
  });
});

describe("lookups by name", () => {
  it.each([
    ["agency", "沙市区人民政府", SEED.districtGovernment],
    ["agency", "区卫计局", SEED.healthBureau],
    ["agency", "荆州市沙市区卫生和计划生育局", SEED.healthBureau],
    ["law", "行政诉讼法", SEED.litigationLaw],
    ["program", "打击非法行医行动", SEED.campaign],
    ["jurisdiction", "沙市区", SEED.district],
    ["jurisdiction", "421000", SEED.city],
  ])("%s(name: %s) finds it", async (field, name, id) => {
    const r = await api.gql(`query($name: String!) { ${field}(name: $name) { id } }`, { name });
    expect(r.errors).toBeUndefined();
    expect(r.data[field].id).toBe(id);
  });

  it("agency(id:) with an alias in the id finds the agency", async () => {
    const r = await api.gql(`{ agency(id: "agency:沙市区人民政府") { id name } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.agency).toEqual({ id: SEED.districtGovernment, name: "荆州市沙市区人民政府" });
  });

  it("answers null for a name nothing has, and refuses a name two agencies have", async () => {
    const none = await api.gql(`{ agency(name: "没有这个机构") { id } law(name: "区政府") { id } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data).toEqual({ agency: null, law: null });
    const two = await api.gql(`{ agency(name: "区政府") { id } }`);
    expect(two.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "AMBIGUOUS_NAME" });
  });

  it("wants exactly one of id and name", async () => {
    const both = await api.gql(`{ agency(id: "${SEED.healthBureau}", name: "区卫计局") { id } }`);
    const neither = await api.gql(`{ agency { id } }`);
    expect(codes(both)).toEqual(["BAD_USER_INPUT"]);
    expect(codes(neither)).toEqual(["BAD_USER_INPUT"]);
  });
});
