/**
 * The pure half of `kg import`: the CSV dialect, one report's records from the loader's rows, and the merge of
 * shared entities. Expected values follow the loader's Cypher (src/graph/load/queries.ts): toInteger for years,
 * offsets and counts, numbers as floats elsewhere, coalesce on entity properties, the sorted union of aliases.
 */
import { describe, expect, it } from "vitest";
import { extractReport, extractReportAndText } from "../../src/extract/index.js";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { groupByShape, nodeLine, relationshipLine, typedValue, typedValues } from "../../src/graph/import/csv.js";
import { CsvFiles } from "../../src/graph/import/csv-files.js";
import { encodeGroup } from "../../src/graph/import/encoded-lines.js";
import { reportRecords } from "../../src/graph/import/report-records.js";
import { SharedEntities } from "../../src/graph/import/shared-entities.js";
import { reportRows } from "../../src/graph/load/rows.js";
import { INTEGER_PROPERTIES } from "../../src/graph/model.js";
import { seedText } from "./fixtures/seed-fixture.js";

const US = "\u001f";

describe("the neo4j-admin CSV dialect", () => {
  it.each([
    ["start", 2243, { type: "long", value: 2243 }],
    ["year", 2016.7, { type: "long", value: 2016 }],
    ["value", 19, { type: "double", value: 19 }],
    ["inForce", true, { type: "boolean", value: true }],
    ["name", "区政府", { type: "string", value: "区政府" }],
    ["spans", [1, 4], { type: "double[]", value: [1, 4] }],
  ] as const)("types %s = %j as the loader stores it", (key, value, expected) => {
    expect(typedValue(key, value as never, INTEGER_PROPERTIES)).toEqual({ key, ...expected });
  });

  it("leaves out an empty array (CSV has no empty array) and refuses an array that mixes types", () => {
    expect(typedValues({ aliases: [], name: "甲" }, INTEGER_PROPERTIES)).toEqual([
      { key: "name", type: "string", value: "甲" },
    ]);
    expect(() => typedValue("x", [1, "a"], INTEGER_PROPERTIES)).toThrow(/mixes/);
  });

  it("quotes strings, doubles quotes, joins arrays with U+001F and says when a field holds a line break", () => {
    const values = typedValues({ aliases: ["a;b", 'say "x"'], sentence: "一\n二" }, INTEGER_PROPERTIES);
    expect(nodeLine("Agency:Entity", "agency:甲", values)).toEqual({
      shape: "nodes|Agency:Entity|id:ID,aliases:string[],sentence:string",
      line: `"agency:甲","a;b${US}say ""x""","一\n二"`,
      multiline: true,
    });
    expect(relationshipLine("ISSUED_BY", "report:1", "agency:甲", [])).toEqual({
      shape: "relationships|ISSUED_BY|:START_ID,:END_ID",
      line: '"report:1","agency:甲"',
      multiline: false,
    });
  });

  it("refuses what CSV would turn into something else: [''] and an element holding the delimiter", () => {
    expect(() => nodeLine("Law:Entity", "law:x", typedValues({ aliases: [""] }, INTEGER_PROPERTIES))).toThrow();
    expect(() => nodeLine("Law:Entity", "law:x", typedValues({ aliases: [`a${US}b`] }, INTEGER_PROPERTIES))).toThrow(
      /U\+001F/,
    );
  });
});

describe("the lines a worker posts, grouped by shape", () => {
  const lines = [
    { shape: "nodes|Report|id:ID", line: '"report:1"', multiline: false },
    { shape: "relationships|MENTIONS|:START_ID,:END_ID", line: '"report:1","agency:甲"', multiline: false },
    { shape: "nodes|Metric:Entity|id:ID,name:string", line: '"metric:1","一\n二"', multiline: true },
    { shape: "relationships|MENTIONS|:START_ID,:END_ID", line: '"report:1","law:乙"', multiline: false },
  ];

  it("keeps the shapes in the order they first appear and each shape's lines in order", () => {
    expect(groupByShape(lines)).toEqual([
      { shape: "nodes|Report|id:ID", lines: ['"report:1"'], multiline: false },
      {
        shape: "relationships|MENTIONS|:START_ID,:END_ID",
        lines: ['"report:1","agency:甲"', '"report:1","law:乙"'],
        multiline: false,
      },
      { shape: "nodes|Metric:Entity|id:ID,name:string", lines: ['"metric:1","一\n二"'], multiline: true },
    ]);
  });

  it("writes the same files and importer arguments as the lines written one by one", () => {
    const root = mkdtempSync(path.join(tmpdir(), "kg-csv-groups-"));
    const written = (name: string, write: (csv: CsvFiles) => void) => {
      const csv = new CsvFiles(path.join(root, name));
      write(csv);
      csv.close();
      const dir = path.join(root, name);
      const files = readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), "utf8")]);
      return { files, args: csv.importArguments().map((a) => a.replaceAll(dir, "DIR")) };
    };
    try {
      const oneByOne = written("lines", (csv) => lines.forEach((l) => csv.write(l)));
      expect(written("groups", (csv) => groupByShape(lines).forEach((g) => csv.writeGroup(g)))).toEqual(oneByOne);
      expect(oneByOne.files.map(([f]) => f)).toContain("001-relationships-MENTIONS.csv");
      expect(oneByOne.args).toContain("--multiline-fields=DIR/002-nodes-Metric-Entity.csv");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the encoded lines a worker posts", () => {
  it("are written as their strings, across the file buffer's growth and flushes, lone surrogates as U+FFFD", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kg-csv-encoded-"));
    try {
      const shape = "nodes|Metric:Entity|id:ID,name:string";
      // groups of 1 to 3,000 lines of 2- and 3-byte characters: over 1 MB in all, one group alone over 1 MB
      const groups = [1, 700, 3000, 20, 2500].map((count, g) => ({
        shape,
        lines: Array.from(
          { length: count },
          (_, i) => `"metric:${g}-${i}","指标${"é".repeat(i % 7)}${"数".repeat(150)}"`,
        ),
        multiline: false,
      }));
      groups[1]!.lines[3] = '"metric:lone","\ud800"';
      const csv = new CsvFiles(dir);
      for (const group of groups) csv.writeEncoded(encodeGroup(group));
      csv.close();
      const expected = groups
        .flatMap((g) => g.lines)
        .map((l) => `${l}\n`)
        .join("")
        .replace("\ud800", "\ufffd");
      expect(Buffer.byteLength(expected)).toBeGreaterThan(2 << 20);
      expect(readFileSync(path.join(dir, "000-nodes-Metric-Entity.csv"), "utf8")).toBe(expected);
      expect(csv.counts().nodes).toBe(6221);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("count each line's UTF-16 code units for the longest line", () => {
    const group = encodeGroup({ shape: "s", lines: ["ab", "数数数"], multiline: true });
    expect({ lines: group.lines, longestLine: group.longestLine, multiline: group.multiline }).toEqual({
      lines: 2,
      longestLine: 3,
      multiline: true,
    });
    expect(Buffer.from(group.bytes).toString("utf8")).toBe("ab\n数数数\n");
  });
});

describe("one report's records", () => {
  const rows = reportRows(extractReport(seedText()), { sourcePath: "/seed.txt", ingestedAt: "2026-12-02T00:00:00Z" });
  const records = reportRecords(rows);
  const shapes = (prefix: string) => [
    ...new Set(records.lines.map((l) => l.shape).filter((s) => s.startsWith(prefix))),
  ];

  it("writes the Report node with integer year and bodyEnd, as setReportProperties does", () => {
    const [report] = records.lines.filter((l) => l.shape.startsWith("nodes|Report|"));
    expect(report!.shape).toMatch(/,year:long(,|$)/);
    expect(report!.shape).toMatch(/,bodyEnd:long(,|$)/);
    expect(report!.line.startsWith(`"${rows.reportId}",`)).toBe(true);
  });

  it("writes MENTIONS with an integer count and integer spans, one per entity", () => {
    const mentionShapes = shapes("relationships|MENTIONS|");
    expect(mentionShapes.every((s) => s.includes(",count:long"))).toBe(true);
    expect(mentionShapes.every((s) => !s.includes(",spans:") || s.includes(",spans:long[]"))).toBe(true);
    expect(records.lines.filter((l) => l.shape.startsWith("relationships|MENTIONS|"))).toHaveLength(rows.entityCount);
  });

  it("writes metrics itself (their ids are the report's) with the report's id, and hands the others to the merge", () => {
    const metrics = records.lines.filter((l) => l.shape.startsWith("nodes|Metric:Entity|"));
    expect(metrics).toHaveLength(rows.entities.Metric.length);
    expect(metrics.length).toBeGreaterThan(0);
    expect(shapes("nodes|Metric:Entity|").every((s) => /report:string/.test(s) && /value:double/.test(s))).toBe(true);
    expect(records.shared.map((r) => r.id).sort()).toEqual(
      ["Agency", "Law", "Program", "Jurisdiction"].flatMap((l) => rows.entities[l as "Agency"].map((r) => r.id)).sort(),
    );
  });

  it("hands the report's text on for after the import, as no CSV line, and counts its ReportText node", () => {
    const { extracted, text } = extractReportAndText(seedText());
    const withText = reportRecords(reportRows(extracted, { text }));
    expect(withText.text).toBe(text);
    expect(withText.lines.filter((l) => l.shape.includes("ReportText"))).toEqual([]);
    expect(withText.nodes).toBe(records.nodes + 1);
    expect(records.text).toBeNull();
  });

  it("writes the metadata the caller gave as callerMetadata, the JSON string kg ingest stores, and none without", () => {
    const meta = { title: "2019年工作报告", publishedAt: "2019-03-05", issuer: "宜昌市夷陵区人民政府" };
    const given = reportRows(extractReport(seedText(), meta));
    expect(given.report.callerMetadata).toBe(JSON.stringify(meta));
    const [report] = reportRecords(given).lines.filter((l) => l.shape.startsWith("nodes|Report|"));
    expect(report!.shape).toMatch(/,callerMetadata:string(,|$)/);
    expect(report!.line).toContain(`"${JSON.stringify(meta).replace(/"/g, '""')}"`);
    expect(rows.report.callerMetadata).toBeUndefined();
  });

  it("writes evidence offsets as integers", () => {
    const evidence = shapes("relationships|").filter((s) => /\|(IMPLEMENTS|CONDUCTS|ISSUED)\|/.test(s));
    expect(evidence.length).toBeGreaterThan(0);
    for (const shape of evidence) expect(shape).toMatch(/end:long.*start:long/);
  });
});

describe("shared entities across reports", () => {
  const agency = (name: string, props: Record<string, string>, aliases: string[]) => ({
    label: "Agency" as const,
    id: "agency:甲",
    name,
    props,
    aliases,
  });
  const line = (merge: SharedEntities) => [...merge.lines()].map((l) => l.line);

  it("keeps the later report's name and properties, a property it does not give, and the sorted union of aliases", () => {
    const merge = new SharedEntities();
    merge.add([agency("甲", { short: "甲局", kind: "department" }, ["乙", "甲局"])], []);
    merge.add([agency("甲", { short: "甲" }, ["丙"])], []);
    // aliasText, aliases, kind, name, short: the columns in key order; 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532
    expect(line(merge)).toEqual([`"agency:甲","丙 乙 甲局","丙${US}乙${US}甲局","department","甲","甲"`]);
  });

  it("names a node only a report's issuer link made after the link, and an entity row after it wins", () => {
    const merge = new SharedEntities();
    merge.add([], [{ label: "Agency", id: "agency:甲", name: "甲（发文）" }]);
    merge.add([], [{ label: "Agency", id: "agency:甲", name: "甲（再发文）" }]);
    expect(line(merge)).toEqual([`"agency:甲","甲（发文）"`]);
    merge.add([agency("甲", {}, [])], []);
    expect(line(merge)).toEqual([`"agency:甲","甲"`]);
  });

  it("links a succession pair once both agencies are stored, whichever report named the other, and once only", () => {
    const pair = { from: "agency:甲", to: "agency:乙", year: 2018, how: "renamed", basis: "方案" };
    const body = (id: string, name: string) => ({ label: "Agency" as const, id, name, props: {}, aliases: [] });
    const merge = new SharedEntities();
    merge.add([body("agency:甲", "甲")], [], [pair]);
    expect(line(merge)).toEqual([`"agency:甲","甲"`]);
    merge.add([body("agency:乙", "乙")], [], [pair, { ...pair, how: "merged" }]);
    const lines = [...merge.lines()];
    expect(lines.at(-1)).toEqual({
      shape: "relationships|SUCCEEDED_BY|:START_ID,:END_ID,basis:string,how:string,source:string,year:long",
      line: `"agency:甲","agency:乙","方案","renamed","lexicon",2018`,
      multiline: false,
    });
    expect(lines).toHaveLength(3);
  });
});
