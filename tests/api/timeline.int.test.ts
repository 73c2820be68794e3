/** timeline(id): an entity's statements per report year, over the seed (2016) and 南昌县's 2021 report. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSecondYear, ensureSeed, SECOND_YEAR, startApi, type TestApi } from "./support/api.js";

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

const TIMELINE = `query($id: ID!, $first: Int) { timeline(id: $id, first: $first) {
  year count statements { type source target evidence { reportId sentence } } } }`;

describe("timeline", () => {
  it("gives the State Council's statements per year, earliest first, each with its sentence", async () => {
    const r = await api.gql(TIMELINE, { id: SECOND_YEAR.stateCouncil, first: 100 });
    expect(r.errors).toBeUndefined();
    const years = r.data.timeline;
    expect(years.map((y: any) => y.year)).toEqual([2016, 2021]);
    for (const y of years) {
      expect(y.statements).toHaveLength(y.count);
      expect(y.statements.every((s: any) => s.evidence?.sentence)).toBe(true);
      expect(new Set(y.statements.map((s: any) => s.evidence.reportId))).toEqual(
        new Set([y.year === 2016 ? seedId : secondId]),
      );
    }
    const issued = (year: number) =>
      years
        .find((y: any) => y.year === year)
        .statements.filter((s: any) => s.type === "ISSUED" && s.source === SECOND_YEAR.stateCouncil)
        .map((s: any) => s.target);
    expect(issued(2016)).toContain(SECOND_YEAR.outline2015);
    expect(issued(2021)).toEqual([SECOND_YEAR.outline2021]);
    const sentence2021 = years[1].statements.find((s: any) => s.target === SECOND_YEAR.outline2021).evidence.sentence;
    expect(sentence2021).toContain("国务院《法治政府建设实施纲要(2021-2025年)》");
  });

  it("lists the first `first` statements of a year but counts them all", async () => {
    const all = await api.gql(TIMELINE, { id: SECOND_YEAR.stateCouncil, first: 100 });
    const one = await api.gql(TIMELINE, { id: SECOND_YEAR.stateCouncil, first: 1 });
    expect(one.errors).toBeUndefined();
    expect(one.data.timeline.map((y: any) => y.count)).toEqual(all.data.timeline.map((y: any) => y.count));
    expect(one.data.timeline.map((y: any) => y.statements.length)).toEqual([1, 1]);
    expect(one.data.timeline[0].statements[0]).toEqual(all.data.timeline[0].statements[0]);
  });

  it("answers [] for an unknown id and refuses a first: above the page size", async () => {
    const r = await api.gql(TIMELINE, { id: "agency:没有这个机关", first: 5 });
    expect(r.errors).toBeUndefined();
    expect(r.data.timeline).toEqual([]);
    expect(codes(await api.gql(TIMELINE, { id: SECOND_YEAR.stateCouncil, first: 1000 }))).toEqual(["LIMIT_EXCEEDED"]);
  });
});
