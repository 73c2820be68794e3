import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";

const dir = new URL("../fixtures/corpus/", import.meta.url);
const files = readdirSync(dir).sort();
const read = (name: string) => readFileSync(new URL(name, dir));
const FURNITURE = ["下载", "打印", "全屏", "收藏", "字号", "加大", "还原", "减小", "来源", "时间", "首页", "您的位置"];

describe("the 28 provincial government work reports of 2026 (tests/fixtures/corpus)", () => {
  it("has all 28 copies", () => expect(files).toHaveLength(28));

  it.each(files)("extracts %s without error, with no entity from page furniture", (name) => {
    const result = extractReport(read(name));
    expect(result.report.jurisdiction).toBe(name.split("-")[0]);
    for (const e of result.entities) {
      for (const m of e.mentions)
        expect(
          FURNITURE.some((w) => m.text === w || m.text.startsWith(`${w}:`) || m.text.startsWith(`${w}：`)),
          `${e.id} ${m.text}`,
        ).toBe(false);
      expect(FURNITURE).not.toContain(e.name);
    }
    const header = result.entities.flatMap((e) => e.mentions).filter((m) => m.start < 60);
    expect(header.map((m) => m.text)).not.toContain("湖南日报");
  });

  // checked by hand against the text of the two reports
  it.each([
    ["湖南省-2026-政府工作报告.txt", "湖南省人民政府", "agency:湖南省人民政府", "省人民政府"],
    ["湖南省-2026-政府工作报告.txt", "中共湖南省委员会", "agency:中共湖南省委员会", "中共湖南省委"],
    ["湖南省-2026-政府工作报告.txt", "湖南省长沙市", "jurisdiction:430100", "长沙"],
    [
      "湖南省-2026-政府工作报告.txt",
      "湖南省国民经济和社会发展第十五个五年规划纲要",
      "law:湖南省国民经济和社会发展第十五个五年规划纲要",
      "《湖南省国民经济和社会发展第十五个五年规划纲要（草案）》",
    ],
    ["北京市-2026-政府工作报告.txt", "中共北京市委员会", "agency:中共北京市委员会", "中共北京市委"],
    [
      "北京市-2026-政府工作报告.txt",
      "中国人民政治协商会议北京市委员会",
      "agency:中国人民政治协商会议北京市委员会",
      "市政协",
    ],
    ["北京市-2026-政府工作报告.txt", "北京市通州区", "jurisdiction:110112", "通州区"],
    [
      "北京市-2026-政府工作报告.txt",
      "中共北京市委关于制定北京市国民经济和社会发展第十五个五年规划的建议",
      "law:中共北京市委关于制定北京市国民经济和社会发展第十五个五年规划的建议",
      "《中共北京市委关于制定北京市国民经济和社会发展第十五个五年规划的建议》",
    ],
  ])("finds in %s: %s", (file, name, id, mention) => {
    const entity = extractReport(read(file)).entities.find((e) => e.id === id);
    expect(entity?.name).toBe(name);
    expect(entity?.mentions.map((m) => m.text)).toContain(mention);
  });

  it("reads the header of the Hunan report: title, issuer, source, delivery date (the session line, not the page's 时间); the body ends before 相关报道", () => {
    const buf = read("湖南省-2026-政府工作报告.txt");
    const { report } = extractReport(buf);
    expect(report).toMatchObject({
      title: "2026年湖南省政府工作报告",
      issuer: "湖南省人民政府",
      source: "湖南日报",
      publishedAt: "2026-02-03",
      year: 2026,
      reportType: "政府工作报告",
      titleInferred: false,
    });
    expect(buf.toString("utf8").slice(report.bodyEnd)).toContain("相关报道");
  });
});
