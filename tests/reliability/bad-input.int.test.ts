/**
 * The bad-input corpus (tests/fixtures/bad, plus a 50 MB text and a single 5 MB line made here) through the three
 * doors a report comes in by: `kg extract` and `kg ingest` as child processes, and the `ingestReport` mutation.
 * Each input gives either a correct result (checked against what the same text gives as UTF-8) or one clear
 * error: exit code 2 and one line, or extensions.code BAD_USER_INPUT. Never a crash, a hang, or a partial
 * report: after every refused input the whole graph's fingerprint is what it was before; after every accepted
 * one the report is complete, and deleting it gives the old fingerprint back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import type { ExtractedReport } from "../../src/extract/types.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { ensureSeed, startApi, TEST_KEYS, type TestApi } from "../api/support/api.js";
import { difference, fingerprint, summary } from "./support/graph-fingerprint.js";
import { errorLines, kg } from "./support/kg-process.js";
import { expectedFrom, incompleteReports } from "./support/reports.js";

const BAD = new URL("../fixtures/bad/", import.meta.url).pathname;
const SEED = readFileSync(new URL("../../seeds/000_183ecd7d30420280.txt", import.meta.url), "utf8");
/** the text tests/fixtures/bad/make.mjs encodes as GBK, GB18030 and UTF-16 */
const REPORT =
  "沙市区人民政府关于2016年法治政府建设工作的报告\n\n区卫计局贯彻落实《中华人民共和国行政诉讼法》,开展打击非法行医行动,立案19起。\n";
const REPORT_ENTITIES = [
  "agency:荆州市沙市区卫生和计划生育局",
  "law:中华人民共和国行政诉讼法",
  "program:421002:打击非法行医行动",
  "jurisdiction:421002",
];
/** the same report in traditional characters, which make.mjs encodes as Big5 */
const TRADITIONAL =
  "沙市區人民政府關於2016年法治政府建設工作的報告\n\n區衛計局貫徹落實《中華人民共和國行政訴訟法》，開展打擊非法行醫行動，立案19起。區人民政府堅持依法行政，全面推進政務公開。\n";
/** names that appear only in the HTML page's <script>, <style> and <nav> */
const HIDDEN_IN_HTML = ["公安局", "刑法", "财政局", "教育局", "民政局", "审计局", "首页"];

const helper = new Neo4jTestHelper();
const token = helper.uniqueToken("bad");
const dir = mkdtempSync(join(tmpdir(), "kg-bad-input-"));
let api: TestApi;

type Outcome = { reject: string } | { accept: (result: ExtractedReport) => void };

interface Case {
  name: string;
  /** the file's bytes (the CLI reads them) */
  bytes: () => Buffer;
  /** what a client sends as `text` (a JSON string is Unicode: encoded files arrive decoded) */
  text: () => string;
  outcome: Outcome;
  /** `kg ingest` refuses some files by their extension before reading them */
  ingestReject?: string;
  /** the same bytes as another case under another file name: only `kg ingest` looks at names */
  renamed?: boolean;
}

const fixture = (name: string) => () => readFileSync(join(BAD, name));
const utf8 = (bytes: () => Buffer) => () => bytes().toString("utf8");
const sameAs = (reference: string) => (result: ExtractedReport) => {
  const want = extractReport(reference);
  expect(result.report.contentHash).toBe(want.report.contentHash);
  expect(result.entities.map((e) => e.id).sort()).toEqual(want.entities.map((e) => e.id).sort());
  expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(REPORT_ENTITIES));
  expect(JSON.stringify(result)).not.toContain("\uFFFD");
};
const noRunawayEntity = (result: ExtractedReport) => {
  for (const e of result.entities) {
    expect(e.name.length, e.id).toBeLessThanOrEqual(60);
    // an entity never runs over a sentence end or keeps half of a pair of marks
    expect(e.name, e.id).not.toMatch(/[。！？；]/);
    expect((e.name.match(/《/g) ?? []).length, e.id).toBe((e.name.match(/》/g) ?? []).length);
    expect((e.name.match(/“/g) ?? []).length, e.id).toBe((e.name.match(/”/g) ?? []).length);
  }
};

let bigText: Buffer | undefined;
const fiftyMegabytes = () =>
  (bigText ??= Buffer.from(SEED.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(SEED)) + 1)).subarray(
    0,
    50 * 1024 * 1024,
  ));
// One line of about 5 MB: the seed with its line breaks turned into spaces, repeated, after a title of this test's own.
const oneLine = () =>
  `${token} ${SEED.replace(/\n/g, " ")}`
    .repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(SEED)))
    .slice(0, 1_750_000);

const CASES: Case[] = [
  {
    name: "empty.txt",
    bytes: fixture("empty.txt"),
    text: utf8(fixture("empty.txt")),
    outcome: { reject: "EMPTY_INPUT" },
  },
  {
    name: "whitespace-only.txt",
    bytes: fixture("whitespace-only.txt"),
    text: utf8(fixture("whitespace-only.txt")),
    outcome: { reject: "EMPTY_INPUT" },
  },
  {
    name: "image.png",
    bytes: fixture("image.png"),
    text: utf8(fixture("image.png")),
    outcome: { reject: "NOT_TEXT" },
    ingestReject: "UNSUPPORTED_FILE_TYPE",
  },
  {
    name: "image-renamed.txt",
    bytes: fixture("image.png"),
    text: utf8(fixture("image.png")),
    outcome: { reject: "NOT_TEXT" },
    renamed: true,
  },
  {
    name: "archive.zip",
    bytes: fixture("archive.zip"),
    text: utf8(fixture("archive.zip")),
    outcome: { reject: "NOT_TEXT" },
    ingestReject: "UNSUPPORTED_FILE_TYPE",
  },
  {
    name: "archive-renamed.txt",
    bytes: fixture("archive.zip"),
    text: utf8(fixture("archive.zip")),
    outcome: { reject: "NOT_TEXT" },
    renamed: true,
  },
  // Over the API the bytes arrive as JSON text, invalid bytes already replaced by U+FFFD: see the API case below.
  {
    name: "invalid-utf8.txt",
    bytes: fixture("invalid-utf8.txt"),
    text: utf8(fixture("invalid-utf8.txt")),
    outcome: { reject: "UNKNOWN_ENCODING" },
  },
  {
    name: "control-characters.txt",
    bytes: fixture("control-characters.txt"),
    text: utf8(fixture("control-characters.txt")),
    outcome: { reject: "NOT_TEXT" },
  },
  {
    name: "huge-50mb.txt",
    bytes: fiftyMegabytes,
    text: () => fiftyMegabytes().toString("utf8"),
    outcome: { reject: "TOO_LARGE" },
  },
  {
    name: "report.gbk.txt",
    bytes: fixture("report.gbk.txt"),
    text: () => iconv.decode(fixture("report.gbk.txt")(), "gbk"),
    outcome: { accept: sameAs(REPORT) },
  },
  {
    name: "report.gb18030.txt",
    bytes: fixture("report.gb18030.txt"),
    text: () => iconv.decode(fixture("report.gb18030.txt")(), "gb18030"),
    outcome: { accept: sameAs(`${REPORT}𠀀〇\n`) },
  },
  {
    name: "report.utf16le-bom.txt",
    bytes: fixture("report.utf16le-bom.txt"),
    text: () => REPORT,
    outcome: { accept: sameAs(REPORT) },
  },
  {
    name: "report.utf16be-bom.txt",
    bytes: fixture("report.utf16be-bom.txt"),
    text: () => REPORT,
    outcome: { accept: sameAs(REPORT) },
  },
  {
    name: "report.utf16le.txt",
    bytes: fixture("report.utf16le.txt"),
    text: () => REPORT,
    outcome: { accept: sameAs(REPORT) },
  },
  {
    name: "report.utf16be.txt",
    bytes: fixture("report.utf16be.txt"),
    text: () => REPORT,
    outcome: { accept: sameAs(REPORT) },
  },
  {
    name: "report.big5.txt",
    bytes: fixture("report.big5.txt"),
    text: () => TRADITIONAL,
    outcome: {
      accept: (result) => {
        const want = extractReport(TRADITIONAL);
        expect(result.report.contentHash).toBe(want.report.contentHash);
        expect(result.entities.map((e) => e.id).sort()).toEqual(want.entities.map((e) => e.id).sort());
      },
    },
  },
  // Over the API the bytes arrive as JSON text, already decoded by the client: only the files can be refused.
  {
    name: "report.big5-broken.txt",
    bytes: fixture("report.big5-broken.txt"),
    text: utf8(fixture("report.big5-broken.txt")),
    outcome: { reject: "UNKNOWN_ENCODING" },
  },
  {
    name: "page-with-scripts.html",
    bytes: fixture("page-with-scripts.html"),
    text: utf8(fixture("page-with-scripts.html")),
    outcome: {
      accept: (result) => {
        expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(REPORT_ENTITIES));
        const names = result.entities.flatMap((e) => [e.name, ...e.aliases]).join(" ");
        for (const hidden of HIDDEN_IN_HTML) expect(names).not.toContain(hidden);
        expect(result.report.title).toBe("沙市区人民政府关于2016年法治政府建设工作的报告");
      },
    },
  },
  {
    name: "no-entities.txt",
    bytes: fixture("no-entities.txt"),
    text: utf8(fixture("no-entities.txt")),
    outcome: { accept: (result) => expect([result.entities, result.relations]).toEqual([[], []]) },
  },
  {
    name: "title-only.txt",
    bytes: fixture("title-only.txt"),
    text: utf8(fixture("title-only.txt")),
    outcome: {
      accept: (result) => {
        expect(result.report).toMatchObject({
          title: "沙市区人民政府关于2016年法治政府建设工作的报告",
          issuer: "荆州市沙市区人民政府",
          year: 2016,
        });
        expect(result.entities.map((e) => e.id)).toContain("agency:荆州市沙市区人民政府");
      },
    },
  },
  {
    name: "unpaired-marks.txt",
    bytes: fixture("unpaired-marks.txt"),
    text: utf8(fixture("unpaired-marks.txt")),
    outcome: { accept: noRunawayEntity },
  },
  {
    name: "long-book-marks.txt",
    bytes: fixture("long-book-marks.txt"),
    text: utf8(fixture("long-book-marks.txt")),
    outcome: {
      accept: (result) => {
        noRunawayEntity(result);
        // no place is named, so the program is the report's own (README, "Whose a name is")
        expect(result.entities.map((e) => e.id)).toContain(
          `program:report-${result.report.id.slice("report:".length)}:打击非法行医行动`,
        );
        expect(result.report.title.length).toBeLessThanOrEqual(200);
      },
    },
  },
  {
    name: "single-line-5mb.txt",
    bytes: () => Buffer.from(oneLine()),
    text: oneLine,
    outcome: {
      accept: (result) => {
        expect(result.entities.map((e) => e.id)).toEqual(
          expect.arrayContaining(["agency:荆州市沙市区卫生和计划生育局", "program:421002:打击非法行医行动"]),
        );
        expect(result.report.title.length).toBeLessThanOrEqual(200);
      },
    },
  },
];

const rejected = CASES.filter((c) => "reject" in c.outcome);
const accepted = CASES.filter((c) => "accept" in c.outcome);
const pathOf = (c: Case) => join(dir, c.name);
const rejectCode = (c: Case) => (c.outcome as { reject: string }).reject;
const acceptCheck = (c: Case) => (c.outcome as { accept: (r: ExtractedReport) => void }).accept;
/** the ids of every report an accepted input makes, so a run that died half-way is cleaned up by the next */
const acceptedIds = () => accepted.map((c) => extractReport(c.bytes()).report.id);

async function expectGraphUnchanged(before: Awaited<ReturnType<typeof fingerprint>>): Promise<void> {
  const after = await fingerprint(helper);
  expect(summary(after), JSON.stringify(difference(before, after))).toEqual(summary(before));
}

beforeAll(async () => {
  for (const c of CASES) writeFileSync(pathOf(c), c.bytes());
  await ensureSeed(helper.driver, helper.database);
  for (const id of acceptedIds()) await deleteReport(helper.driver, helper.database, id);
  api = await startApi();
}, 120_000);

afterAll(async () => {
  for (const id of acceptedIds()) await deleteReport(helper.driver, helper.database, id);
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
});

// The extract runs touch no database: several at a time keeps the suite short (each is a fresh node + tsx).
describe.concurrent("kg extract", () => {
  it.each(rejected.filter((c) => !c.renamed).map((c) => [c.name, rejectCode(c), c] as const))(
    "refuses %s with exit code 2 and one %s line",
    async (_name, _code, c) => {
      const run = await kg(["extract", pathOf(c), "--json"], { timeoutMs: 60_000 });
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^error: [^\n]+\n$/);
      expect(run.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    },
  );

  it.each(accepted.map((c) => [c.name, c] as const))(
    "extracts %s correctly",
    async (_name, c) => {
      const run = await kg(["extract", pathOf(c), "--json"], { timeoutMs: 75_000 });
      expect(run.timedOut).toBe(false);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      acceptCheck(c)(JSON.parse(run.stdout) as ExtractedReport);
    },
    90_000,
  );
});

describe("kg ingest", () => {
  it.each(rejected.map((c) => [c.name, c.ingestReject ?? rejectCode(c), c] as const))(
    "refuses %s with exit code 2 and one %s line, leaving the graph as it was",
    async (_name, code, c) => {
      const before = await fingerprint(helper);
      const run = await kg(["ingest", pathOf(c)], { timeoutMs: 60_000 });
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(errorLines(run)).toEqual([
        expect.stringMatching(new RegExp(`^${pathOf(c).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: ${code}: \\S`)),
      ]);
      expect(run.stdout).toContain("0 added, 0 unchanged, 0 replaced, 1 failed");
      await expectGraphUnchanged(before);
    },
  );

  it.each(accepted.map((c) => [c.name, c] as const))(
    "ingests %s completely, and deleting it restores the graph",
    async (_name, c) => {
      const before = await fingerprint(helper);
      const run = await kg(["ingest", pathOf(c), "--json"], { timeoutMs: 80_000 });
      expect(run.timedOut).toBe(false);
      expect(errorLines(run)).toEqual([]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ added: 1, failed: 0 });
      const extracted = extractReport(c.bytes());
      expect(await incompleteReports(helper, [expectedFrom(extracted)])).toEqual([]);
      expect(
        await helper.run("MATCH (r:Report {id: $id}) RETURN r.id AS id", { id: extracted.report.id }),
      ).toHaveLength(1);
      await deleteReport(helper.driver, helper.database, extracted.report.id);
      await expectGraphUnchanged(before);
    },
    90_000,
  );
});

describe("the ingestReport mutation", () => {
  const INGEST = `mutation($text: String!) { ingestReport(input: { text: $text }) { reportId status entities } }`;
  const asKey = { authorization: `Bearer ${TEST_KEYS[0]}` };

  // Over JSON the 50 MB text is a body above MAX_BODY_BYTES (25 MB): refused before it is read, as LIMIT_EXCEEDED.
  const apiRejected = rejected.filter(
    (c) => !c.renamed && !["invalid-utf8.txt", "report.big5-broken.txt", "huge-50mb.txt"].includes(c.name),
  );

  it.each(apiRejected.map((c) => [c.name, c] as const))(
    "refuses %s with BAD_USER_INPUT, leaving the graph as it was",
    async (_name, c) => {
      const before = await fingerprint(helper);
      const r = await api.gql(INGEST, { text: c.text() }, asKey);
      expect(r.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([
        ["BAD_USER_INPUT", rejectCode(c)],
      ]);
      expect(r.errors![0]!.message).not.toContain("\n");
      expect(r.errors![0]!.extensions).not.toHaveProperty("stacktrace");
      expect(r.data).toBeNull();
      await expectGraphUnchanged(before);
    },
  );

  it("refuses a 50 MB text as a body above MAX_BODY_BYTES with LIMIT_EXCEEDED, leaving the graph as it was", async () => {
    const before = await fingerprint(helper);
    const res = await api.post(
      JSON.stringify({ query: INGEST, variables: { text: fiftyMegabytes().toString("utf8") } }),
      asKey,
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({
      code: "LIMIT_EXCEEDED",
      limit: "maxBodyBytes",
    });
    await expectGraphUnchanged(before);
  });

  it("refuses a text within the body limit but above MAX_REPORT_MB (20 MB) with BAD_USER_INPUT TOO_LARGE", async () => {
    const before = await fingerprint(helper);
    const r = await api.gql(INGEST, { text: "法".repeat(7_400_000) }, asKey);
    expect(r.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([["BAD_USER_INPUT", "TOO_LARGE"]]);
    await expectGraphUnchanged(before);
  });

  it("stores a text whose invalid bytes arrived as U+FFFD as that text: a complete report naming nothing", async () => {
    const text = CASES.find((c) => c.name === "invalid-utf8.txt")!.text();
    const r = await api.gql(INGEST, { text }, asKey);
    expect(r.errors).toBeUndefined();
    const extracted = extractReport(text);
    expect(r.data.ingestReport).toMatchObject({ reportId: extracted.report.id, status: "ADDED", entities: 0 });
    expect(await incompleteReports(helper, [expectedFrom(extracted)])).toEqual([]);
    await deleteReport(helper.driver, helper.database, extracted.report.id);
  });

  it.each(accepted.map((c) => [c.name, c] as const))(
    "ingests %s completely, and deleting it restores the graph",
    async (_name, c) => {
      const before = await fingerprint(helper);
      const text = c.text();
      const r = await api.gql(INGEST, { text }, asKey);
      expect(r.errors).toBeUndefined();
      const extracted = extractReport(text);
      acceptCheck(c)(extracted);
      expect(r.data.ingestReport).toMatchObject({ reportId: extracted.report.id, status: "ADDED" });
      expect(await incompleteReports(helper, [expectedFrom(extracted)])).toEqual([]);
      await deleteReport(helper.driver, helper.database, extracted.report.id);
      await expectGraphUnchanged(before);
    },
    90_000,
  );
});
