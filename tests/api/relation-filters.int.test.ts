/**
 * Relationship fields restricted to report years (yearFrom/yearTo) and to a section kind, on two reports of
 * different years: the seed (2016) and 南昌县's report of 2021, which share the State Council.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { ensureSecondYear, ensureSeed, SECOND_YEAR, SEED, startApi, type TestApi } from "./support/api.js";

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

async function issuedBy(id: string, args: string) {
  const r = await api.gql(
    `query($id: ID!) { agency(id: $id) { issued${args} { totalCount edges { node { id } evidence { reportId sectionKind } } } } }`,
    { id },
  );
  expect(r.errors).toBeUndefined();
  return r.data.agency.issued as {
    totalCount: number;
    edges: { node: { id: string }; evidence: { reportId: string; sectionKind: string | null }[] }[];
  };
}

const ids = (page: Awaited<ReturnType<typeof issuedBy>>) => page.edges.map((e) => e.node.id);

describe("relationship fields by report year", () => {
  it("keeps what reports of the years asked for state, and counts only that", async () => {
    const all = await issuedBy(SECOND_YEAR.stateCouncil, "");
    expect(ids(all)).toEqual(expect.arrayContaining([SECOND_YEAR.outline2015, SECOND_YEAR.outline2021]));

    const late = await issuedBy(SECOND_YEAR.stateCouncil, "(yearFrom: 2017)");
    expect(ids(late)).toEqual([SECOND_YEAR.outline2021]);
    expect(late.totalCount).toBe(1);
    expect(late.edges[0]!.evidence.map((e) => e.reportId)).toEqual([secondId]);

    const early = await issuedBy(SECOND_YEAR.stateCouncil, "(yearTo: 2016)");
    expect(ids(early)).toEqual([SECOND_YEAR.outline2015]);
    expect(early.edges[0]!.evidence.every((e) => e.reportId === seedId)).toBe(true);

    expect(ids(await issuedBy(SECOND_YEAR.stateCouncil, "(yearFrom: 2016, yearTo: 2021)"))).toEqual(ids(all));
    expect(ids(await issuedBy(SECOND_YEAR.stateCouncil, "(yearFrom: 2017, yearTo: 2020)"))).toEqual([]);
  });

  it("filters the way back too (Law.issuedBy) and a report's own links by the report's year", async () => {
    const r = await api.gql(
      `query($law: ID!, $gov: ID!, $seed: ID!) {
        law(id: $law) { late: issuedBy(yearFrom: 2017) { nodes { id } } early: issuedBy(yearTo: 2016) { nodes { id } } }
        agency(id: $gov) {
          late: issuedReports(yearFrom: 2017) { totalCount }
          early: issuedReports(yearTo: 2016) { nodes { id } }
          seed: issuedReports(report: $seed) { nodes { id } }
        }
      }`,
      { law: SECOND_YEAR.outline2021, gov: SEED.districtGovernment, seed: seedId },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.law.late.nodes.map((n: any) => n.id)).toContain(SECOND_YEAR.stateCouncil);
    expect(r.data.law.early.nodes).toEqual([]);
    expect(r.data.agency.late.totalCount).toBe(0);
    expect(r.data.agency.early.nodes).toEqual([{ id: seedId }]);
    expect(r.data.agency.seed.nodes).toEqual([{ id: seedId }]);
  });
});

describe("relationship fields by section kind", () => {
  it("keeps the statements of problem sections, with only their evidence", async () => {
    const all = await issuedBy(SECOND_YEAR.stateCouncil, "");
    const kinds = all.edges.find((e) => e.node.id === SECOND_YEAR.outline2015)!.evidence.map((e) => e.sectionKind);
    expect(kinds.sort()).toEqual(["PROBLEM", "WORK"]);

    const problems = await issuedBy(SECOND_YEAR.stateCouncil, "(sectionKind: PROBLEM)");
    expect(ids(problems)).toEqual([SECOND_YEAR.outline2015]);
    expect(problems.edges[0]!.evidence.map((e) => e.sectionKind)).toEqual(["PROBLEM"]);
    expect(ids(await issuedBy(SECOND_YEAR.stateCouncil, "(sectionKind: PROBLEM, yearFrom: 2017)"))).toEqual([]);
  });

  it("is not offered on a report's own links, which no section states", async () => {
    const r = await api.gql(
      `{ agency(id: "${SEED.districtGovernment}") { issuedReports(sectionKind: WORK) { totalCount } } }`,
    );
    expect(r.errors?.[0]?.message).toMatch(/Unknown argument "sectionKind"/);
  });

  it("answers the same when prefetched below a list as when resolved on its own", async () => {
    const r = await api.gql(
      `query($id: ID!) {
        agencies(filter: { nameContains: "国务院" }, first: 5) { nodes { id issued(sectionKind: PROBLEM) { nodes { id } } } }
        agency(id: $id) { issued(sectionKind: PROBLEM) { nodes { id } } }
      }`,
      { id: SECOND_YEAR.stateCouncil },
    );
    expect(r.errors).toBeUndefined();
    const listed = r.data.agencies.nodes.find((n: any) => n.id === SECOND_YEAR.stateCouncil);
    expect(listed.issued).toEqual(r.data.agency.issued);
  });
});
