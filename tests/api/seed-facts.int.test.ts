/** Real facts of the seed report, read back through HTTP after extractReport + ingestReport. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { ensureSeed, SEED, startApi, type TestApi } from "./support/api.js";

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

describe("the seed report through the API", () => {
  it("lists the district health bureau's campaign against illegal medical practice, with 立案 19起 and its evidence", async () => {
    const r = await api.gql(
      `query($id: ID!, $report: ID!) { agency(id: $id) { name conducts(first: 5, report: $report) { edges { node { name metrics(first: 50, report: $report) { edges { node { name label value unit } evidence { sentence start end reportId report { title } } } } } evidence { sentence sectionKind } } } } }`,
      { id: SEED.healthBureau, report: reportId },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.agency.name).toBe("荆州市沙市区卫生和计划生育局");
    const campaign = r.data.agency.conducts.edges.find((e: any) => e.node.name === "打击非法行医行动");
    expect(campaign).toBeDefined();
    expect(campaign.evidence.find((e: any) => e.sentence.includes("区卫计局继续开展打击非法行医行动"))).toBeDefined();
    const filed = campaign.node.metrics.edges.find((e: any) => e.node.value === 19 && e.node.unit === "起");
    expect(filed.node.label).toContain("立案");
    expect(filed.evidence[0]).toMatchObject({
      reportId,
      report: { title: "荆州市沙市区人民政府关于2016年法治政府建设工作的报告" },
    });
    expect(filed.evidence[0].sentence).toContain("立案19起");
    expect(filed.evidence[0].end).toBeGreaterThan(filed.evidence[0].start);
  });

  it("says the district government implements 中华人民共和国行政诉讼法, both ways round", async () => {
    const r = await api.gql(
      `query($law: ID!, $gov: ID!) {
        law(id: $law) { name implementedBy { edges { node { id name } evidence { sentence } } } }
        agency(id: $gov) { implements(first: 50) { nodes { id } } }
      }`,
      { law: SEED.litigationLaw, gov: SEED.districtGovernment },
    );
    expect(r.errors).toBeUndefined();
    const edge = r.data.law.implementedBy.edges.find((e: any) => e.node.name === "荆州市沙市区人民政府");
    expect(edge.evidence.map((e: any) => e.sentence).join()).toContain("认真贯彻行政诉讼法");
    expect(r.data.agency.implements.nodes.map((n: any) => n.id)).toContain(SEED.litigationLaw);
  });

  it("records the transfer of duties from the health bureau to the human-resources bureau", async () => {
    const r = await api.gql(
      `query($from: ID!, $to: ID!) {
        from: agency(id: $from) { transferredDutiesTo { edges { node { name } evidence { sentence } } } }
        to: agency(id: $to) { transferredDutiesFrom { nodes { name } } }
      }`,
      { from: SEED.healthBureau, to: SEED.hrBureau },
    );
    expect(r.errors).toBeUndefined();
    const edge = r.data.from.transferredDutiesTo.edges.find(
      (e: any) => e.node.name === "荆州市沙市区人力资源和社会保障局",
    );
    expect(edge.evidence[0].sentence).toContain("将区卫计局承担的新型农村合作医疗行政管理职责划入区人社局");
    expect(r.data.to.transferredDutiesFrom.nodes).toContainEqual({ name: "荆州市沙市区卫生和计划生育局" });
  });

  it("finds a path from the district health bureau to the 法治政府建设实施纲要 law node", async () => {
    const r = await api.gql(
      `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { __typename id } edges { type source target } } }`,
      { from: SEED.healthBureau, to: SEED.outline },
    );
    expect(r.errors).toBeUndefined();
    const path = r.data.path;
    expect(path.length).toBeGreaterThanOrEqual(1);
    expect(path.length).toBeLessThanOrEqual(4);
    expect(path.nodes[0]).toEqual({ __typename: "Agency", id: SEED.healthBureau });
    expect(path.nodes.at(-1)).toEqual({ __typename: "Law", id: SEED.outline });
    expect(path.edges).toHaveLength(path.length);
    // consecutive edges connect consecutive nodes
    path.edges.forEach((e: any, i: number) => {
      expect([e.source, e.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
    });
  });

  it("leaves MENTIONS out of a path unless asked: the default path follows statements, each with its sentence", async () => {
    const r = await api.gql(
      `query($from: ID!, $to: ID!) {
        stated: path(from: $from, to: $to) { length nodes { __typename } edges { type evidence { sentence } } }
        viaReport: path(from: $from, to: $to, includeMentions: true) { length nodes { __typename } edges { type evidence { sentence } } }
      }`,
      { from: SEED.healthBureau, to: SEED.outline },
    );
    expect(r.errors).toBeUndefined();
    const { stated, viaReport } = r.data;
    // 区卫计局 -IN_JURISDICTION- 沙市区 -IN_JURISDICTION- 区政府 -IMPLEMENTS- 纲要, each edge a sentence of the seed
    expect(stated.edges.map((e: any) => e.type)).toEqual(["IN_JURISDICTION", "IN_JURISDICTION", "IMPLEMENTS"]);
    expect(stated.edges.every((e: any) => e.evidence?.sentence)).toBe(true);
    expect(stated.nodes.map((n: any) => n.__typename)).not.toContain("Report");
    // with MENTIONS: two steps through the seed report, which states nothing about the two
    expect(viaReport.length).toBe(2);
    expect(viaReport.edges.map((e: any) => [e.type, e.evidence])).toEqual([
      ["MENTIONS", null],
      ["MENTIONS", null],
    ]);
    expect(viaReport.nodes[1].__typename).toBe("Report");
  });

  it("finds the health bureau when searching 卫计 (an alias bigram)", async () => {
    const r = await api.gql(`{ search(query: "卫计") { score node { __typename ... on Agency { id name } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.search.map((h: any) => h.node.id)).toContain(SEED.healthBureau);
    expect(r.data.search[0].score).toBeGreaterThan(0);
  });

  it("walks every agency exactly once when paging with cursors", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 1000; page++) {
      const r: any = await api.gql(
        `query($after: String) { agencies(first: 25, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      total = r.data.agencies.totalCount;
      seen.push(...r.data.agencies.edges.map((e: any) => e.node.id));
      if (!r.data.agencies.pageInfo.hasNextPage) break;
      after = r.data.agencies.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toContain(SEED.healthBureau);
  });
});
