/**
 * Reading around a sentence: Report.text, Report.excerpt(start, end) and Evidence.context(chars) over the seed
 * report, stored with its text; their limits; a report stored without a text; the ingest mutation storing one.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteReport } from "../../src/graph/load/delete.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { smallReport, smallReportText } from "../graph/fixtures/small-reports.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { codes, ensureSeed, SEED, SEED_FILE, startApi, TEST_KEYS, type TestApi } from "./support/api.js";

const helper = new Neo4jTestHelper();
const seedText = readFileSync(SEED_FILE, "utf8");
let api: TestApi;
let seedId: string;

beforeAll(async () => {
  seedId = await ensureSeed(helper.driver, helper.database);
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
  await helper.close();
});

interface EvidenceRow {
  sentence: string;
  start: number;
  end: number;
}

/** The health bureau's CONDUCTS evidence in the seed report. */
async function seedEvidence(): Promise<EvidenceRow[]> {
  const r = await api.gql(
    `query($id: ID!, $report: ID) { agency(id: $id) { conducts(report: $report) { edges { evidence { sentence start end } } } } }`,
    { id: SEED.healthBureau, report: seedId },
  );
  expect(r.errors).toBeUndefined();
  const rows = (r.data.agency.conducts.edges as { evidence: EvidenceRow[] }[]).flatMap((e) => e.evidence);
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

const excerpt = (id: string, start: number, end: number) =>
  api.gql(`query($id: ID!, $start: Int!, $end: Int!) { report(id: $id) { excerpt(start: $start, end: $end) } }`, {
    id,
    start,
    end,
  });

describe("Report.text and Report.excerpt", () => {
  it("gives the text of the file the report was ingested from", async () => {
    const r = await api.gql(`query($id: ID!) { report(id: $id) { text } }`, { id: seedId });
    expect(r.errors).toBeUndefined();
    expect(r.data.report.text).toBe(seedText);
  });

  it("gives, at an evidence's offsets, the evidence's sentence", async () => {
    for (const e of await seedEvidence()) {
      const r = await excerpt(seedId, e.start, e.end);
      expect(r.errors).toBeUndefined();
      expect(r.data.report.excerpt).toBe(e.sentence);
    }
  });

  it.each([
    ["a start below 0", -1, 10, "start", /start must be 0 or more, got -1/],
    ["an end before the start", 10, 9, "end", /end \(9\) must not be before start \(10\)/],
    ["more than 2000 characters", 0, 2001, "end", /2001 characters asked for \(end - start\), at most 2000/],
    [
      "an end past the text",
      1_000_000,
      1_000_010,
      "end",
      /end 1000010 is past the end of the text of report:\w+, which has \d+/,
    ],
  ])("refuses %s as BAD_USER_INPUT naming the argument", async (_what, start, end, argument, message) => {
    const r = await excerpt(seedId, start, end);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0]!.message).toMatch(message);
    expect(r.errors![0]!.extensions).toMatchObject({ argument });
    expect(r.errors![0]!.path).toEqual(["report", "excerpt"]);
  });

  it("takes exactly 2000 characters, and up to the last character of the text", async () => {
    expect((await excerpt(seedId, 0, 2000)).data.report.excerpt).toBe(seedText.slice(0, 2000));
    const tail = await excerpt(seedId, seedText.length - 5, seedText.length);
    expect(tail.data.report.excerpt).toBe(seedText.slice(-5));
  });

  it("answers null for a report stored without its text", async () => {
    const report = smallReport(helper.uniqueToken("text"), 1);
    await ingestReport(helper.driver, helper.database, report);
    const r = await api.gql(`query($id: ID!) { report(id: $id) { title text excerpt(start: 0, end: 5) } }`, {
      id: report.report.id,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.report).toEqual({ title: report.report.title, text: null, excerpt: null });
  });

  it("reads the texts of all the reports of a level in one query, however many fields ask for them", async () => {
    const token = helper.uniqueToken("text");
    const reports = [1, 2, 3].map((n) => smallReport(token, n));
    for (const [i, report] of reports.entries())
      await ingestReport(helper.driver, helper.database, report, { text: smallReportText(i + 1) });
    const counts: number[] = [];
    const counting = await startApi({}, { onRequestDone: ({ queryCount }) => counts.push(queryCount) });
    try {
      const r = await counting.gql(
        `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Report { text a: excerpt(start: 0, end: 4) b: excerpt(start: 1, end: 5) } } }`,
        { ids: reports.map((report) => report.report.id) },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.nodes).toEqual(
        [1, 2, 3].map((n) => ({
          text: smallReportText(n),
          a: smallReportText(n).slice(0, 4),
          b: smallReportText(n).slice(1, 5),
        })),
      );
      expect(counts).toEqual([2]); // the nodes, then their texts
    } finally {
      await counting.close();
    }
  });

  it("is refused in a list of a hundred reports' texts, as over the cost limit", async () => {
    const r = await api.gql(`{ reports(first: 100) { nodes { text } } }`);
    expect(codes(r)).toEqual(["LIMIT_EXCEEDED"]);
  });
});

describe("Evidence.context", () => {
  it("puts `chars` characters of the text on each side of the sentence, the text from start to end", async () => {
    const r = await api.gql(
      `query($id: ID!, $report: ID) { agency(id: $id) { conducts(report: $report) { edges { evidence {
         sentence start end context(chars: 30) { before sentence after start end } } } } } }`,
      { id: SEED.healthBureau, report: seedId },
    );
    expect(r.errors).toBeUndefined();
    const evidence = (
      r.data.agency.conducts.edges as {
        evidence: (EvidenceRow & {
          context: { before: string; sentence: string; after: string; start: number; end: number };
        })[];
      }[]
    ).flatMap((e) => e.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(e.context.sentence).toBe(e.sentence);
      expect(e.context).toMatchObject({ start: Math.max(0, e.start - 30), end: Math.min(seedText.length, e.end + 30) });
      expect(e.context.before + e.context.sentence + e.context.after).toBe(
        seedText.slice(e.context.start, e.context.end),
      );
    }
  });

  it.each([
    [-1, /chars must be from 0 to 1000, got -1/],
    [1001, /chars must be from 0 to 1000, got 1001/],
  ])("refuses chars: %i as BAD_USER_INPUT", async (chars, message) => {
    const r = await api.gql(
      `query($id: ID!, $chars: Int!) { agency(id: $id) { conducts(first: 1) { edges { evidence { context(chars: $chars) { before } } } } } }`,
      { id: SEED.healthBureau, chars },
    );
    expect(codes(r)).toContain("BAD_USER_INPUT");
    expect(r.errors![0]!.message).toMatch(message);
    expect(r.errors![0]!.extensions).toMatchObject({ argument: "chars", max: 1000 });
  });
});

describe("the ingestReport mutation", () => {
  it("stores the text it was sent, which Report.text then gives back", async () => {
    const token = helper.uniqueToken("text");
    const text = seedText.replace("调解成功率99.2%", `调解成功率99.2%（${token}）`);
    const r = await api.gql(
      `mutation($text: String!) { ingestReport(input: { text: $text }) { reportId status report { text } } }`,
      { text },
      { authorization: `Bearer ${TEST_KEYS[0]}` },
    );
    expect(r.errors).toBeUndefined();
    try {
      expect(r.data.ingestReport).toMatchObject({ status: "ADDED", report: { text } });
    } finally {
      await deleteReport(helper.driver, helper.database, r.data.ingestReport.reportId as string);
    }
  });
});
