import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import type { Section } from "../../src/extract/types.js";

const at = (text: string, s: string) => {
  const i = text.indexOf(s);
  if (i < 0) throw new Error(`not in the text: ${s}`);
  return i;
};
const shape = (sections: Section[]) =>
  sections.map(({ id, heading, level, kind, start, end }) => ({ id, heading, level, kind, start, end }));

describe("sections of a 法治政府建设 report", () => {
  const text = [
    "沙市区人民政府关于2016年法治政府建设工作的报告",
    "一、2016年主要工作",
    "区政府推进依法行政。",
    "二、存在的问题",
    "部分执法人员法治意识不强。",
    "三、2017年工作打算",
    "区政府将深化政务公开。",
    "",
  ].join("\n");

  it("classes the headings as work, problem and plan (the year after the report's is the plan), with exact spans", () => {
    const { sections } = extractReport(text);
    const [one, two, three] = [at(text, "一、"), at(text, "二、"), at(text, "三、")];
    expect(shape(sections)).toEqual([
      { id: "s1", heading: "一、2016年主要工作", level: 1, kind: "work", start: one, end: two },
      { id: "s2", heading: "二、存在的问题", level: 1, kind: "problem", start: two, end: three },
      { id: "s3", heading: "三、2017年工作打算", level: 1, kind: "plan", start: three, end: text.length - 1 },
    ]);
  });
});

describe("sections of a 政府工作报告", () => {
  const text = [
    "2026年某某省政府工作报告",
    "各位代表：",
    "一、2025年工作回顾",
    "过去一年，全省地区生产总值增长5.5%。",
    "同时也要看到，发展中还存在不少困难和问题。一是有效需求不足；二是部分企业经营困难。我们将直面问题，全力解决。",
    "一年来的成绩来之不易。国务院部署的各项任务全面完成。",
    "二、2026年主要工作",
    "今年将扩大有效投资。",
    "三、加强政府自身建设",
    "坚持依法行政。",
    "附件",
    "名词解释",
    "1.新质生产力：以创新起主导作用的先进生产力。",
    "",
  ].join("\n");
  const result = extractReport(text);
  const admission = at(text, "同时也要看到");
  const admissionEnd = at(text, "\n一年来");

  it("classes the review as work, the year delivered and the sections after it as plans, and the glossary as other", () => {
    expect(shape(result.sections)).toEqual([
      {
        id: "s1",
        heading: "一、2025年工作回顾",
        level: 1,
        kind: "work",
        start: at(text, "一、"),
        end: at(text, "二、"),
      },
      { id: "s1.1", heading: "同时也要看到", level: 5, kind: "problem", start: admission, end: admissionEnd },
      // 2026年主要工作: the year decides over the words 主要工作; 加强政府自身建设 has no cue and follows a plan
      {
        id: "s2",
        heading: "二、2026年主要工作",
        level: 1,
        kind: "plan",
        start: at(text, "二、"),
        end: at(text, "三、"),
      },
      {
        id: "s3",
        heading: "三、加强政府自身建设",
        level: 1,
        kind: "plan",
        start: at(text, "三、"),
        end: at(text, "附件"),
      },
      { id: "s4", heading: "附件", level: 0, kind: "other", start: at(text, "附件"), end: text.length - 1 },
      {
        id: "s4.1",
        heading: "1.新质生产力：以创新起主导作用的先进生产力",
        level: 3,
        kind: "other",
        start: at(text, "1.新质"),
        end: text.length - 1,
      },
    ]);
  });

  it("marks the sentences of the admitting paragraph as problem, and only those", () => {
    const problem = result.entities.flatMap((e) => e.mentions).filter((m) => m.section === "s1.1");
    expect(problem.every((m) => m.start >= admission && m.end <= admissionEnd)).toBe(true);
    const after = result.entities
      .flatMap((e) => e.mentions)
      .filter((m) => m.start > admissionEnd && m.start < at(text, "二、"));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((m) => m.section === "s1")).toBe(true);
  });
});

describe("paragraphs that do not admit problems", () => {
  it.each([
    ["a turn of speech without a problem", "我们高兴地看到，全省经济持续回升向好。"],
    ["problems solved, not admitted", "区政府着力解决群众反映强烈的问题，办结率100%。"],
    [
      "a turn too late in the sentence",
      "过去一年，在省委的坚强领导下，全省上下团结奋斗，攻坚克难，推动经济社会发展取得了显著成效，人民群众也看到了实实在在的变化和需要解决的问题。",
    ],
  ])("makes no section of %s", (_, paragraph) => {
    expect(extractReport(`一、2025年工作回顾\n${paragraph}\n`).sections.map((s) => s.level)).toEqual([1]);
  });
});
