/**
 * Caller metadata survives `kg ingest --reextract`: a report whose caller gave its title, publishedAt, issuer and
 * sourceUrl (kg ingest's flags, a --meta file, the ingestReport mutation) keeps them, and what the extractor derives
 * from them (year, jurisdiction, the ISSUED_BY agency), whether it is re-extracted from its file or, the file gone,
 * from its stored text. A report stored before the caller's metadata was keeps only its sourceUrl.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths, type IngestFlags } from "../../src/cli/ingest-run.js";
import { extractReport } from "../../src/extract/index.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { applySchema } from "../../src/graph/schema.js";
import { TEST_KEYS, startApi, type TestApi } from "../api/support/api.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { FakeTerminal } from "./support/fake-terminal.js";
import { seedCopy } from "./support/seed-copy.js";

const helper = new Neo4jTestHelper();
const dir = mkdtempSync(join(tmpdir(), "kg-reextract-meta-"));
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
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
});

/** What the caller says of the seed copy, all of it other than what its text says (荆州市沙市区, 2016, 2017-03-06). */
const callerMeta = (token: string) => ({
  title: `2019年宜昌市夷陵区司法工作报告（${token}）`,
  publishedAt: "2019-03-05",
  issuer: "宜昌市夷陵区人民政府",
  sourceUrl: `http://example.org/${token}`,
});
const CALLER_DERIVED = { year: 2019, jurisdiction: "湖北省宜昌市夷陵区", issuedBy: "agency:宜昌市夷陵区人民政府" };

/** A copy of the seed with a token of its own in its title line, so its report id is this test's only. */
function seedFile(token: string): { file: string; text: string; id: string } {
  const { file } = seedCopy(token, dir, `${token}.txt`);
  const text = readFileSync(file, "utf8");
  const id = extractReport(text).report.id;
  written.add(id);
  return { file, text, id };
}

interface StoredMetadata {
  title: string;
  titleInferred: boolean;
  publishedAt: string;
  issuer: string;
  sourceUrl: string | null;
  year: number;
  jurisdiction: string;
  issuedBy: string[];
  version: string;
}
const stored = async (id: string): Promise<StoredMetadata | undefined> =>
  (
    await helper.run<StoredMetadata>(
      `MATCH (r:Report {id: $id})
       RETURN r.title AS title, r.titleInferred AS titleInferred, r.publishedAt AS publishedAt, r.issuer AS issuer,
              r.sourceUrl AS sourceUrl, r.year AS year, r.jurisdiction AS jurisdiction,
              [(r)-[:ISSUED_BY]->(a) | a.id] AS issuedBy, r.extractorVersion AS version`,
      { id },
    )
  )[0];
const expected = (meta: ReturnType<typeof callerMeta>, version: string): StoredMetadata => ({
  ...meta,
  titleInferred: false,
  year: CALLER_DERIVED.year,
  jurisdiction: CALLER_DERIVED.jurisdiction,
  issuedBy: [CALLER_DERIVED.issuedBy],
  version,
});

/** Marks a stored report as an older extractor's, so --reextract redoes it. */
const makeOld = (id: string) => helper.run("MATCH (r:Report {id: $id}) SET r.extractorVersion = '0.0.1'", { id });
const reextract = async () => {
  const summary = await ingestPaths(
    [],
    { ...flags, reextract: true },
    helper.config,
    helper.driver,
    new FakeTerminal(),
  );
  return summary.failures.filter((f) => [...written].some((id) => f.file.includes(id) || f.file.startsWith(dir)));
};

describe("kg ingest --reextract of a report whose caller gave its metadata", () => {
  it("keeps the caller's title, publishedAt, issuer and sourceUrl when it reads the report's file again", async () => {
    const token = helper.uniqueToken("remeta");
    const { file, id } = seedFile(token);
    const meta = callerMeta(token);
    const single = { meta, replaces: [] };
    const first = await ingestPaths([file], { ...flags, single }, helper.config, helper.driver, new FakeTerminal());
    expect(first).toMatchObject({ added: 1, failed: 0 });
    const version = (await stored(id))!.version;
    expect(await stored(id)).toEqual(expected(meta, version));

    await makeOld(id);
    expect(await reextract()).toEqual([]);
    expect(await stored(id)).toEqual(expected(meta, version));
    // the same metadata as at the first ingest, so the same contentHash: the file with it again is unchanged
    const again = await ingestPaths([file], { ...flags, single }, helper.config, helper.driver, new FakeTerminal());
    expect(again).toMatchObject({ unchanged: 1, failed: 0 });
  });

  it("keeps them when the file is gone and the report is re-extracted from its stored text (--meta file)", async () => {
    const token = helper.uniqueToken("remeta");
    const { file, id } = seedFile(token);
    const meta = callerMeta(token);
    const metaFile = join(dir, `${token}.jsonl`);
    writeFileSync(metaFile, `${JSON.stringify({ path: file, ...meta })}\n`);
    const first = await ingestPaths(
      [file],
      { ...flags, meta: metaFile },
      helper.config,
      helper.driver,
      new FakeTerminal(),
    );
    expect(first).toMatchObject({ added: 1, failed: 0 });
    const version = (await stored(id))!.version;

    rmSync(file);
    await makeOld(id);
    expect(await reextract()).toEqual([]);
    expect(await stored(id)).toEqual(expected(meta, version));
  });

  it("keeps them for a report the ingestReport mutation stored, re-extracted from its stored text", async () => {
    const token = helper.uniqueToken("remeta");
    const { file, text, id } = seedFile(token);
    rmSync(file);
    const meta = callerMeta(token);
    const r = await api.gql(
      `mutation($input: IngestReportInput!) { ingestReport(input: $input) { reportId status } }`,
      { input: { text, ...meta } },
      { authorization: `Bearer ${TEST_KEYS[0]}` },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestReport).toEqual({ reportId: id, status: "ADDED" });
    const version = (await stored(id))!.version;

    await makeOld(id);
    expect(await reextract()).toEqual([]);
    expect(await stored(id)).toEqual(expected(meta, version));
  });
});

describe("kg ingest --reextract of a report stored before its caller's metadata was", () => {
  it("keeps its sourceUrl only: the title, publishedAt and issuer are read from the text again", async () => {
    const token = helper.uniqueToken("remeta");
    const { file, id } = seedFile(token);
    const meta = callerMeta(token);
    await ingestPaths(
      [file],
      { ...flags, single: { meta, replaces: [] } },
      helper.config,
      helper.driver,
      new FakeTerminal(),
    );
    await helper.run("MATCH (r:Report {id: $id}) REMOVE r.callerMetadata", { id });

    await makeOld(id);
    expect(await reextract()).toEqual([]);
    expect(await stored(id)).toMatchObject({
      title: expect.not.stringContaining("宜昌"),
      publishedAt: "2017-03-06",
      issuer: "荆州市沙市区人民政府",
      sourceUrl: meta.sourceUrl,
      year: 2016,
    });
  });
});
