/**
 * reportIdentity tells an ingest which report a file is without extracting it: it must give exactly the id and
 * contentHash extractReport gives, for any encoding, HTML page or caller metadata, or re-ingest would skip a file
 * it should write (or write one it could skip).
 */
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { extractReport, reportIdentity, type ReportMetadata } from "../../src/extract/index.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const seed = readFileSync(new URL("../../seeds/000_183ecd7d30420280.txt", import.meta.url));

const inputs: [string, Buffer | string, ReportMetadata][] = [
  ["the seed as UTF-8 bytes", seed, {}],
  ["the seed in GB18030", iconv.encode(seed.toString("utf8"), "gb18030"), {}],
  ["the seed as a string with extra spaces", seed.toString("utf8").replace(/。/g, "。 \u3000"), {}],
  ["a government web page", fixture("html/gov-report-page.html"), {}],
  ["the seed with a title and a source URL", seed, { title: "另一个标题", sourceUrl: " https://example.org/r " }],
  ["the seed with a publication date", seed, { publishedAt: "2017-03-01" }],
];

describe("reportIdentity", () => {
  it.each(inputs)("gives extractReport's id and contentHash for %s", (_, input, meta) => {
    const { report } = extractReport(input, meta);
    expect(reportIdentity(input, meta)).toEqual({ id: report.id, contentHash: report.contentHash });
  });

  it("gives the same id and another contentHash when only the caller metadata differs", () => {
    const plain = reportIdentity(seed);
    const titled = reportIdentity(seed, { title: "另一个标题" });
    expect(titled.id).toBe(plain.id);
    expect(titled.contentHash).not.toBe(plain.contentHash);
  });
});
