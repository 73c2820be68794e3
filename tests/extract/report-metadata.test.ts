/**
 * Report metadata from the text: on the 80 corpus reports with and without their title lines, the year (the year a
 * 政府工作报告 is delivered) and the issuer are read from the text, and what the text does not say stays null.
 * The measure for the README is scripts/report-metadata-score.ts on the same files.
 */
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import { corpusFiles, dropTitleLines } from "./support/corpus-files.js";

const files = corpusFiles();
// The 1964 copy is a news summary of the report (周恩来总理在报告中首先指出…): no session line, no 我代表, no review
// heading; the text does not say its year or who delivers it, so both stay null instead of a guess.
const SILENT = new Set(["国务院-1964-政府工作报告.txt"]);

describe("the 80 corpus reports as published (with their title lines)", () => {
  it.each(files.map((f) => [f.name, f] as const))("%s: year and issuer", (_name, file) => {
    const { report } = extractReport(file.text);
    expect({ year: report.year, issuer: report.issuer, type: report.reportType }).toEqual({
      year: file.year,
      issuer: file.issuer,
      type: "政府工作报告",
    });
    expect(report.titleInferred).toBe(false);
  });
});

describe("the 80 corpus reports without their title lines", () => {
  it.each(files.map((f) => [f.name, f] as const))("%s: year and issuer from the speech, or null", (name, file) => {
    const { report } = extractReport(dropTitleLines(file));
    const want = SILENT.has(name) ? { year: null, issuer: null } : { year: file.year, issuer: file.issuer };
    expect({ year: report.year, issuer: report.issuer }).toEqual(want);
  });

  it("builds a title marked inferred when the text has none", () => {
    const gd = files.find((f) => f.name.startsWith("广东省"))!;
    expect(extractReport(dropTitleLines(gd)).report).toMatchObject({
      title: "2026年广东省政府工作报告",
      titleInferred: true,
      jurisdiction: "广东省",
    });
    const sc = files.find((f) => f.name === "国务院-2019-政府工作报告.txt")!;
    expect(extractReport(dropTitleLines(sc)).report).toMatchObject({
      title: "2019年国务院政府工作报告",
      titleInferred: true,
      yearFrom: expect.stringContaining("2018年工作回顾"),
    });
  });

  it("lets caller metadata win over what the speech says", () => {
    const sc = files.find((f) => f.name === "国务院-2019-政府工作报告.txt")!;
    const { report } = extractReport(dropTitleLines(sc), { publishedAt: "2020-05-22", issuer: "湖北省人民政府" });
    expect(report).toMatchObject({
      year: 2020,
      publishedAt: "2020-05-22",
      issuer: "湖北省人民政府",
      yearFrom: "publishedAt",
    });
  });
});

describe("a text that does not say its year or issuer", () => {
  it("gets null for both, never a guess", () => {
    const { report } = extractReport(
      "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一年来，我们坚持稳中求进。\n",
    );
    expect(report).toMatchObject({
      year: null,
      issuer: null,
      reportType: "政府工作报告",
      titleInferred: true,
      title: "政府工作报告",
    });
  });
});
