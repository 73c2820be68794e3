import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestNotes } from "../../src/cli/ingest-notes.js";
import { readMetaFile } from "../../src/cli/meta-file.js";
import { extractReport } from "../../src/extract/index.js";

const dir = mkdtempSync(join(tmpdir(), "kg-meta-"));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe("kg ingest --meta", () => {
  it("reads CSV with quoted fields, paths relative to the meta file", () => {
    const file = write(
      "m.csv",
      'path,title,issuer,publishedAt,sourceUrl,replaces\na/b.txt,"标题, 含逗号",广东省人民政府,2022-01-20,http://x/1,report:aa report:bb\n',
    );
    expect(readMetaFile(file).get(join(dir, "a/b.txt"))).toEqual({
      meta: { title: "标题, 含逗号", issuer: "广东省人民政府", publishedAt: "2022-01-20", sourceUrl: "http://x/1" },
      replaces: ["report:aa", "report:bb"],
    });
  });

  it("reads JSON Lines", () => {
    const file = write("m.jsonl", '{"path":"/abs/r.txt","publishedAt":"2019-03-05","replaces":["report:cc"]}\n\n');
    expect(readMetaFile(file).get("/abs/r.txt")).toEqual({
      meta: { publishedAt: "2019-03-05" },
      replaces: ["report:cc"],
    });
  });

  it.each([
    ["m2.csv", "path,year\nr.txt,2019\n", /unknown column year/],
    ["m3.csv", "path,publishedAt\nr.txt,2019\n", /publishedAt must be YYYY-MM-DD/],
    ["m4.jsonl", "[1]\n", /not a JSON object/],
    ["m5.txt", "path\n", /\.csv or \.jsonl/],
  ])("refuses %s with a message saying what is wrong", (name, text, message) => {
    expect(() => readMetaFile(write(name, text))).toThrow(message);
  });
});

describe("the summary line of a file", () => {
  it("says what the text does not give, and how to give it", () => {
    const { report } = extractReport("各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n");
    expect(ingestNotes("r.txt", report)).toEqual([
      "no year found; pass --published or --meta",
      "no issuer found; pass --issuer or --meta",
      "no title line; title inferred: 政府工作报告",
    ]);
  });

  it("names a look-alike and the command that supersedes it", () => {
    const { report } = extractReport(
      "2026年浙江省政府工作报告\n各位代表：\n现在，我代表省人民政府向大会作政府工作报告。\n",
    );
    const notes = ingestNotes("new.txt", report, {
      reportId: report.id,
      status: "added",
      entities: 0,
      relations: 0,
      supersededIds: [],
      lookAlikes: [{ id: "report:old", title: "2026年浙江省政府工作报告", sourcePath: "/x/old.txt" }],
    });
    expect(notes).toEqual([
      'looks like report:old (2026年浙江省政府工作报告, /x/old.txt): kept both; if this is a new version of it, run kg ingest "new.txt" --replaces report:old',
    ]);
  });
});
