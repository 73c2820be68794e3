/** Agencies across renamings through the API: predecessors, successors and conducts(followSuccession: true). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { startApi, type TestApi } from "./support/api.js";

const helper = new Neo4jTestHelper();
let api: TestApi;
const reports: string[] = [];
// two reports of one district (荆州市荆州区, which no other test uses): 2016 with the old name, 2019 with both
const TEXTS = [
  "荆州市荆州区人民政府关于2016年法治政府建设工作的报告\n\n2016年，区卫计局开展打击非法行医行动，立案9起。",
  "荆州市荆州区人民政府关于2019年法治政府建设工作的报告\n\n2019年，区卫计局更名为区卫生健康局。区卫生健康局开展医疗机构专项检查行动。",
];
const OLD = "agency:荆州市荆州区卫生和计划生育局";
const NEW = "agency:荆州市荆州区卫生健康局";
// two reports of another district (宜昌市西陵区), each with one name only: the loader links them (succession-links.ts)
const APART = [
  "宜昌市西陵区人民政府关于2020年法治政府建设工作的报告\n\n2020年，区卫生健康局开展医疗机构专项检查行动。",
  "宜昌市西陵区人民政府关于2016年法治政府建设工作的报告\n\n2016年，区卫计局开展打击非法行医行动，立案9起。",
];
const OLD_APART = "agency:宜昌市西陵区卫生和计划生育局";
const NEW_APART = "agency:宜昌市西陵区卫生健康局";

beforeAll(async () => {
  await applySchema(helper.driver, helper.database);
  for (const t of [...TEXTS, ...APART])
    reports.push((await ingestReport(helper.driver, helper.database, extractReport(t))).reportId);
  api = await startApi();
});
afterAll(async () => {
  for (const id of reports) await deleteReport(helper.driver, helper.database, id);
  await api?.close();
  await helper.close();
});

describe("an agency across its names", () => {
  it("gives the renamed bureau its successor with year and basis, and the successor its predecessor", async () => {
    const r = await api.gql(
      `query($old: ID!, $new: ID!) {
        old: agency(id: $old) { successors { edges { node { id } evidence { properties } } } }
        new: agency(id: $new) { predecessors { nodes { id } } }
      }`,
      { old: OLD, new: NEW },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.old.successors.edges.map((e: any) => e.node.id)).toEqual([NEW]);
    expect(r.data.old.successors.edges[0].evidence[0].properties).toMatchObject({ year: 2018, how: "renamed" });
    expect(r.data.new.predecessors.nodes.map((n: any) => n.id)).toEqual([OLD]);
  });

  it("reads the programs of both names with followSuccession, and only its own without", async () => {
    const r = await api.gql(
      `query($new: ID!) { agency(id: $new) {
        own: conducts { nodes { name } }
        all: conducts(followSuccession: true) { totalCount nodes { name } }
      } }`,
      { new: NEW },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.agency.own.nodes.map((n: any) => n.name)).toEqual(["医疗机构专项检查行动"]);
    expect(r.data.agency.all.nodes.map((n: any) => n.name).sort()).toEqual(
      ["医疗机构专项检查行动", "打击非法行医行动"].sort(),
    );
    expect(r.data.agency.all.totalCount).toBe(2);
  });

  it("links a name used only in one report to one used only in another: successors, predecessors, conducts", async () => {
    const r = await api.gql(
      `query($old: ID!, $new: ID!) {
        old: agency(id: $old) { successors { edges { node { id } evidence { sentence } } } }
        new: agency(id: $new) {
          predecessors { nodes { id } }
          own: conducts { nodes { name } }
          all: conducts(followSuccession: true) { totalCount nodes { name } }
        }
      }`,
      { old: OLD_APART, new: NEW_APART },
    );
    expect(r.errors).toBeUndefined();
    // no report says it, so the link has no sentence of evidence: it is the lexicon's (year, how and basis on the edge)
    expect(r.data.old.successors.edges).toEqual([{ node: { id: NEW_APART }, evidence: [] }]);
    expect(r.data.new.predecessors.nodes).toEqual([{ id: OLD_APART }]);
    expect(r.data.new.own.nodes.map((n: any) => n.name)).toEqual(["医疗机构专项检查行动"]);
    expect(r.data.new.all.nodes.map((n: any) => n.name).sort()).toEqual(
      ["医疗机构专项检查行动", "打击非法行医行动"].sort(),
    );
    expect(r.data.new.all.totalCount).toBe(2);
  });
});
