import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeReport, extractReport, extractReportAndText } from "../../src/extract/index.js";
import { offsetErrors } from "./evidence.js";

const fixtures = new URL("../fixtures/", import.meta.url);
const files = [
  new URL("../../seeds/000_183ecd7d30420280.txt", import.meta.url),
  ...readdirSync(new URL("dev-reports/", fixtures))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => new URL(`dev-reports/${f}`, fixtures)),
  ...readdirSync(new URL("corpus/", fixtures)).map((f) => new URL(`corpus/${f}`, fixtures)),
];

describe("evidence offsets", () => {
  it.each(files.map((f) => [decodeURIComponent(f.pathname.split("/").pop() ?? ""), f]))(
    "every mention, relation and heading of %s equals the text at its offsets",
    (_name, file) => {
      const buf = readFileSync(file as URL);
      const result = extractReport(buf);
      expect(offsetErrors(decodeReport(buf).text, result)).toEqual([]);
    },
  );

  it.each([
    ["the seed (plain text)", files[0]!],
    ["an HTML page (the text left after the markup)", new URL("html/gov-report-page.html", fixtures)],
  ])("extractReportAndText gives the text every offset of %s indexes, as the loader stores it", (_what, file) => {
    const { extracted, text } = extractReportAndText(readFileSync(file));
    expect(extracted).toEqual(extractReport(readFileSync(file)));
    expect(offsetErrors(text, extracted)).toEqual([]);
    expect(extracted.relations.length).toBeGreaterThan(0);
  });

  it("keeps offsets valid when the text has full-width punctuation instead of folded ASCII", () => {
    const folded = readFileSync(files[0], "utf8");
    const fullWidth = folded.replace(/,/g, "，").replace(/\(/g, "（").replace(/\)/g, "）").replace(/:/g, "：");
    const a = extractReport(folded);
    const b = extractReport(fullWidth);
    expect(offsetErrors(fullWidth, b)).toEqual([]);
    expect(b.entities.map((e) => e.id).sort()).toEqual(a.entities.map((e) => e.id).sort());
  });
});
