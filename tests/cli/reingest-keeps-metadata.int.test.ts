/**
 * A stored report written again keeps the metadata its caller gave (title, publishedAt, issuer, sourceUrl, and what
 * the extractor derives from them) where the new run does not give it again: `kg ingest FILE` without --meta,
 * `kg ingest --force`, the file of a report an older extractor made, the ingestReport mutation with the text alone,
 * and a report stored before callerMetadata was (its sourceUrl). A field given again replaces the stored one; a
 * stored sourceUrl the run gives another file goes to that file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths, type IngestFlags } from "../../src/cli/ingest-run.js";
import { extractReport } from "../../src/extract/index.js";
import type { ReportMetadata } from "../../src/extract/types.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { applySchema } from "../../src/graph/schema.js";
import { TEST_KEYS, startApi, type TestApi } from "../api/support/api.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { FakeTerminal } from "./support/fake-terminal.js";
import { seedCopy } from "./support/seed-copy.js";

const helper = new Neo4jTestHelper();
const root = mkdtempSync(join(tmpdir(), "kg-keep-meta-"));
const flags: IngestFlags = { concurrency: 1, batchSize: 25 };
/** reports this file wrote (the real extractor's ids carry no token): deleted at the end */
const written = new Set<string>();
let api: TestApi;
beforeAll(async () => {
  await applySchema(helper.driver, helper.database);
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
  for (const id of written) await deleteReport(helper.driver, helper.database, id);
  rmSync(root, { recursive: true, force: true });
  await helper.close();
});

/** What the caller says of the seed copy, all of it other than what its text says (荆州市沙市区, 2016, 2017-03-06). */
const callerMeta = (token: string) => ({
  title: `2019年宜昌市夷陵区司法工作报告（${token}）`,
  publishedAt: "2019-03-05",
  issuer: "宜昌市夷陵区人民政府",
  sourceUrl: `http://example.org/${token}`,
});
/** what the extractor derives from callerMeta's publishedAt and issuer */
const CALLER_DERIVED = { year: 2019, jurisdiction: "湖北省宜昌市夷陵区", issuedBy: ["agency:宜昌市夷陵区人民政府"] };
/** what the seed's text says of itself, when no caller says otherwise */
const TEXT_SAYS = { publishedAt: "2017-03-06", issuer: "荆州市沙市区人民政府", year: 2016 };

/** A copy of the seed with a token of its own in its title line (so a report id of this test's only), in `dir`. */
function seedFile(token: string, dir = mkdtempSync(join(root, `${token}-`)), name = `${token}.txt`) {
  const { file } = seedCopy(token, dir, name);
  const text = readFileSync(file, "utf8");
  const id = extractReport(text).report.id;
  written.add(id);
  return { dir, file, text, id };
}

interface StoredMetadata {
  title: string;
  publishedAt: string;
  issuer: string;
  sourceUrl: string | null;
  year: number;
  jurisdiction: string;
  issuedBy: string[];
}
const stored = async (id: string): Promise<StoredMetadata | undefined> =>
  (
    await helper.run<StoredMetadata>(
      `MATCH (r:Report {id: $id})
       RETURN r.title AS title, r.publishedAt AS publishedAt, r.issuer AS issuer, r.sourceUrl AS sourceUrl,
              r.year AS year, r.jurisdiction AS jurisdiction, [(r)-[:ISSUED_BY]->(a) | a.id] AS issuedBy`,
      { id },
    )
  )[0];
const withCaller = (meta: ReturnType<typeof callerMeta>): StoredMetadata => ({ ...meta, ...CALLER_DERIVED });

const ingest = (paths: string[], more: Partial<IngestFlags> = {}) =>
  ingestPaths(paths, { ...flags, ...more }, helper.config, helper.driver, new FakeTerminal());
const single = (meta: ReportMetadata) => ({ single: { meta, replaces: [] } });

/** The seed copy ingested with all of callerMeta (kg ingest FILE --title … --published … --issuer … --source-url …). */
async function storedWithCaller(token: string) {
  const seed = seedFile(token);
  const meta = callerMeta(token);
  expect(await ingest([seed.file], single(meta))).toMatchObject({ added: 1, failed: 0 });
  expect(await stored(seed.id)).toEqual(withCaller(meta));
  return { ...seed, meta };
}

describe("kg ingest of a stored report's file without the metadata its caller gave", () => {
  it("keeps the caller's title, publishedAt, issuer and sourceUrl, and counts the report unchanged", async () => {
    const { file, id, meta } = await storedWithCaller(helper.uniqueToken("keep"));

    expect(await ingest([file])).toMatchObject({ unchanged: 1, replaced: 0, failed: 0 });
    expect(await stored(id)).toEqual(withCaller(meta));
  });

  it("with --force rewrites the report with them", async () => {
    const { file, id, meta } = await storedWithCaller(helper.uniqueToken("keep"));

    expect(await ingest([file], { force: true })).toMatchObject({ replaced: 1, failed: 0 });
    expect(await stored(id)).toEqual(withCaller(meta));
  });

  it("re-extracts a report an older extractor made with them, without --reextract", async () => {
    const { file, id, meta } = await storedWithCaller(helper.uniqueToken("keep"));
    await helper.run("MATCH (r:Report {id: $id}) SET r.extractorVersion = '0.0.1'", { id });

    expect(await ingest([file])).toMatchObject({ replaced: 1, failed: 0 });
    expect(await stored(id)).toEqual(withCaller(meta));
  });

  it("replaces only the fields given again: a new title and sourceUrl keep the stored publishedAt and issuer", async () => {
    const token = helper.uniqueToken("keep");
    const { file, id, meta } = await storedWithCaller(token);
    const given = {
      title: `2019年宜昌市夷陵区法治政府建设报告（${token}）`,
      sourceUrl: `http://example.org/${token}/v2`,
    };

    expect(await ingest([file], single(given))).toMatchObject({ replaced: 1, failed: 0 });
    expect(await stored(id)).toEqual(withCaller({ ...meta, ...given }));
  });

  it("keeps the sourceUrl of a report stored before its caller's metadata was; the rest is read from the text", async () => {
    const { file, id, meta } = await storedWithCaller(helper.uniqueToken("keep"));
    await helper.run("MATCH (r:Report {id: $id}) REMOVE r.callerMetadata", { id });

    expect(await ingest([file])).toMatchObject({ replaced: 1, failed: 0 });
    expect(await stored(id)).toMatchObject({
      title: expect.not.stringContaining("宜昌"),
      ...TEXT_SAYS,
      sourceUrl: meta.sourceUrl,
    });
  });

  it("leaves a stored sourceUrl to another file of the run that --meta gives it: that file's report has it", async () => {
    const token = helper.uniqueToken("keep");
    const a = seedFile(`${token}-a`, mkdtempSync(join(root, `${token}-`)), "a.txt");
    const b = seedFile(`${token}-b`, a.dir, "b.txt");
    const meta = callerMeta(token);
    expect(await ingest([a.file], single(meta))).toMatchObject({ added: 1, failed: 0 });
    const metaFile = join(a.dir, "meta.csv");
    writeFileSync(metaFile, `path,sourceUrl\nb.txt,${meta.sourceUrl}\n`);

    expect(await ingest([a.dir], { meta: metaFile })).toMatchObject({ added: 1, replaced: 1, failed: 0 });
    const underUrl = await helper.run<{ id: string }>("MATCH (r:Report {sourceUrl: $url}) RETURN r.id AS id", {
      url: meta.sourceUrl,
    });
    expect(underUrl).toEqual([{ id: b.id }]);
    expect(await stored(a.id)).toEqual({ ...withCaller(meta), sourceUrl: null });
  });
});

describe("the ingestReport mutation with the text of a stored report and no metadata", () => {
  it("keeps the metadata an earlier mutation gave, and answers UNCHANGED", async () => {
    const token = helper.uniqueToken("keep");
    const { file, text, id } = seedFile(token);
    rmSync(file);
    const meta = callerMeta(token);
    const ingestReport = async (input: Record<string, string>) => {
      const r = await api.gql(
        `mutation($input: IngestReportInput!) { ingestReport(input: $input) { reportId status } }`,
        { input },
        { authorization: `Bearer ${TEST_KEYS[0]}` },
      );
      expect(r.errors).toBeUndefined();
      return r.data.ingestReport;
    };
    expect(await ingestReport({ text, ...meta })).toEqual({ reportId: id, status: "ADDED" });

    expect(await ingestReport({ text })).toEqual({ reportId: id, status: "UNCHANGED" });
    expect(await stored(id)).toEqual(withCaller(meta));
  });
});
