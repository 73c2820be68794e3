/**
 * One batch of the loader holding two reports of one sourceUrl (other texts, so other ids): the later one replaces
 * the earlier, as if each had been loaded by a run of its own one after the other. The graph is the one those two
 * runs write, the later report's outcome names the earlier as replaced, and the earlier's says which report
 * superseded it, so no report given disappears unnamed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedReport } from "../../src/extract/types.js";
import { ingestReport, ingestReports, type BatchResult } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { smallReport } from "./fixtures/small-reports.js";
import { orphans, snapshot, type TokenSnapshot } from "./graph-snapshot.js";

const helper = new Neo4jTestHelper();
beforeAll(() => applySchema(helper.driver, helper.database));
afterAll(() => helper.close());

/** Small report `n` published at the token's one URL (the URL holds the token, so snapshots can be compared). */
const atUrl = (token: string, n: number): ExtractedReport => {
  const extracted = smallReport(token, n);
  extracted.report.sourceUrl = `https://example.test/${token}/report`;
  return extracted;
};
const id = (token: string, n: number) => `report:small-${n}#${token}`;
const batch = (items: Parameters<typeof ingestReports>[2]) => ingestReports(helper.driver, helper.database, items);
const oneRunEach = async (reports: ExtractedReport[]) => {
  for (const extracted of reports) await ingestReport(helper.driver, helper.database, extracted);
};
const outcomes = (result: BatchResult) =>
  result.results.map((r) =>
    r.ok ? { status: r.outcome.status, supersededIds: r.outcome.supersededIds, by: r.outcome.supersededBy } : r.error,
  );
const storedIds = async (token: string) =>
  (
    await helper.run<{ id: string }>("MATCH (r:Report) WHERE r.id CONTAINS $token RETURN r.id AS id ORDER BY id", {
      token,
    })
  ).map((r) => r.id);
const strip = (s: TokenSnapshot, token: string) => ({ ...s, content: s.content.map((l) => l.replaceAll(token, "T")) });

describe("one batch with two reports of one sourceUrl", () => {
  it("stores only the later one, which names the earlier as replaced; the earlier's outcome names the later", async () => {
    const token = helper.uniqueToken("sameurl");
    const result = await batch([{ extracted: atUrl(token, 1) }, { extracted: atUrl(token, 2) }]);

    expect(outcomes(result)).toEqual([
      { status: "superseded", supersededIds: [], by: id(token, 2) },
      { status: "replaced", supersededIds: [id(token, 1)], by: undefined },
    ]);
    expect(await storedIds(token)).toEqual([id(token, 2)]);
    expect(await orphans(helper, token)).toEqual([]);
  });

  it("writes the graph two runs one after the other write, also over a stored version of that sourceUrl", async () => {
    const sequential = helper.uniqueToken("sameurl");
    await oneRunEach([1, 2, 3].map((n) => atUrl(sequential, n)));
    const batched = helper.uniqueToken("sameurl");
    await oneRunEach([atUrl(batched, 1)]);

    const result = await batch([{ extracted: atUrl(batched, 2) }, { extracted: atUrl(batched, 3) }]);

    expect(outcomes(result)).toEqual([
      { status: "superseded", supersededIds: [], by: id(batched, 3) },
      { status: "replaced", supersededIds: [id(batched, 1), id(batched, 2)], by: undefined },
    ]);
    expect(await storedIds(batched)).toEqual([id(batched, 3)]);
    expect(strip(await snapshot(helper, batched), batched)).toEqual(
      strip(await snapshot(helper, sequential), sequential),
    );
  });

  it("keeps the later one apart from the other reports of the batch, which are written as ever", async () => {
    const token = helper.uniqueToken("sameurl");
    const result = await batch([
      { extracted: atUrl(token, 1) },
      { extracted: smallReport(token, 2) },
      { extracted: atUrl(token, 3) },
    ]);

    expect(result.results.map((r) => r.ok && r.outcome.status)).toEqual(["superseded", "added", "replaced"]);
    expect(await storedIds(token)).toEqual([id(token, 2), id(token, 3)]);
  });

  it("also removes what the earlier one was to replace, as its own run would have", async () => {
    const token = helper.uniqueToken("sameurl");
    await oneRunEach([smallReport(token, 1)]);

    const result = await batch([
      { extracted: atUrl(token, 2), replaces: [id(token, 1)] },
      { extracted: atUrl(token, 3) },
    ]);

    expect(outcomes(result)).toEqual([
      { status: "superseded", supersededIds: [], by: id(token, 3) },
      { status: "replaced", supersededIds: [id(token, 1), id(token, 2)], by: undefined },
    ]);
    expect(await storedIds(token)).toEqual([id(token, 3)]);
  });

  it("written one report per transaction after the batch failed, still leaves the later one alone", async () => {
    const token = helper.uniqueToken("sameurl");
    const bad = smallReport(token, 2);
    // A map is not a valid property value: the database refuses it inside the batch's transaction.
    bad.relations[0]!.properties = { nested: { not: "allowed" } } as unknown as Record<string, string>;

    const result = await batch([{ extracted: atUrl(token, 1) }, { extracted: bad }, { extracted: atUrl(token, 3) }]);

    expect(outcomes(result)).toEqual([
      { status: "added", supersededIds: [], by: undefined },
      expect.objectContaining({ code: "BAD_USER_INPUT" }),
      { status: "replaced", supersededIds: [id(token, 1)], by: undefined },
    ]);
    expect(await storedIds(token)).toEqual([id(token, 3)]);
  });

  it("keeps file order when a report id comes twice: the last of the sourceUrl wins", async () => {
    const sequential = helper.uniqueToken("sameurl");
    await oneRunEach([atUrl(sequential, 1), atUrl(sequential, 1), atUrl(sequential, 2)]);
    const token = helper.uniqueToken("sameurl");

    const result = await batch([
      { extracted: atUrl(token, 1) },
      { extracted: atUrl(token, 1) },
      { extracted: atUrl(token, 2) },
    ]);

    expect(result.results.every((r) => r.ok)).toBe(true);
    expect(await storedIds(token)).toEqual([id(token, 2)]);
    expect(strip(await snapshot(helper, token), token)).toEqual(strip(await snapshot(helper, sequential), sequential));
  });
});
