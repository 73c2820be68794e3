import { describe, expect, it } from "vitest";
import { extractReport, type ExtractedEntity, type ExtractedReport } from "../../src/extract/index.js";

const ISSUER = { issuer: "陕西省人民政府" };

function metrics(result: ExtractedReport): ExtractedEntity[] {
  return result.entities.filter((e) => e.type === "Metric");
}

/** label, value+unit, qualifier and kind of every figure, in text order */
function figures(text: string, meta = ISSUER): string[] {
  const result = extractReport(text, meta);
  return metrics(result)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((m) => [m.label, `${m.value}${m.unit}`, m.qualifier ?? "", m.kind].join(" ").trim().replace(/ +/g, " "));
}

describe("metric labels say what is counted", () => {
  it.each([
    ["城镇新增就业44.1万人。", ["城镇新增就业 44.1万人 result"]],
    ["地区生产总值增长5.1%。", ["地区生产总值增长 5.1% result"]],
    ["对25个区直部门进行了检查。", ["区直部门 25个 result"]],
    ["新增11个全国县域商业领跑县。", ["全国县域商业领跑县 11个 result"]],
    ["可可盖等11处煤矿建成试运转。", ["煤矿 11处 result"]],
    ["保留行政职权大项1658项。", ["保留行政职权大项 1658项 result"]],
    ["各执法部门对83个行政处罚案卷进行了评查。", ["行政处罚案卷 83个 result"]],
    ["基本消除国家挂牌督办的527条黑臭水体。", ["黑臭水体 527条 result"]],
    ["今年再开工27个项目。", ["项目 27个 result"]],
    ["累计2万家规模以上工业企业实现数字化转型。", ["规模以上工业企业 2万家 result"]],
    ["打造10个“云岭名方”。", ["云岭名方 10个 result"]],
    ["我们派出留学生6,435人。", ["我们派出留学生 6435人 result"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("gives each figure of a 分别 list its own label, with the list's shared head and change word", () => {
    expect(figures("工业、制造业、工业技改投资分别增长9.4%、13.3%、6.1%。")).toEqual([
      "工业投资增长 9.4% result",
      "制造业投资增长 13.3% result",
      "工业技改投资增长 6.1% result",
    ]);
    expect(figures("交通、水利投资分别达到845亿元、486.3亿元。")).toEqual([
      "交通投资 845亿元 result",
      "水利投资 486.3亿元 result",
    ]);
  });

  it("pairs a list with its figures without 分别 too, and shares the words when they do not pair", () => {
    expect(figures("国内游客人次、总花费增长5.6%、7.5%。")).toEqual([
      "国内游客人次增长 5.6% result",
      "总花费增长 7.5% result",
    ]);
    expect(figures("金融机构人民币存贷款余额分别增长6.9%、6.6%。")).toEqual([
      "金融机构人民币存贷款余额增长 6.9% result",
      "金融机构人民币存贷款余额增长 6.6% result",
    ]);
  });

  it("keeps the first word of a label that is also a qualifier (超长期)", () => {
    expect(figures("中央预算内投资、超长期特别国债分别增长64.8%、42.5%。")).toEqual([
      "中央预算内投资增长 64.8% result",
      "超长期特别国债增长 42.5% result",
    ]);
  });

  it("gives a bare change word after a figure that figure's label (32765亿元、增长4.1%)", () => {
    expect(figures("完成地区生产总值32765亿元、增长4.1%。")).toEqual([
      "完成地区生产总值 32765亿元 result",
      "完成地区生产总值增长 4.1% result",
    ]);
  });

  it("labels the second figure of 从…增加到… like the first", () => {
    expect(figures("技术合同成交额从1795亿元增加到5260亿元。")).toEqual([
      "技术合同成交额 1795亿元 result",
      "技术合同成交额 5260亿元 result",
    ]);
  });
});

describe("metric units and qualifiers", () => {
  it.each([
    ["外送电量1116亿千瓦时。", "外送电量 1116亿千瓦时 result"],
    ["粮食总产量达到1456.4亿斤。", "粮食总产量 1456.4亿斤 result"],
    ["新增产能3095万吨/年。", "新增产能 3095万吨/年 result"],
    ["年接待游客超过8亿人次。", "年接待游客 8亿人次 超过 result"],
    ["巡查了300多家医疗机构。", "医疗机构 300家 多 result"],
    ["完成投资3500亿元以上。", "完成投资 3500亿元 以上 result"],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });

  it("does not take a rate's base (每10万人) or the report's own parts (6个方面工作) for figures", () => {
    expect(figures("每10万人刑事案件数下降36.9%。一年来，主要做了6个方面工作。")).toEqual([
      "万人刑事案件数下降 36.9% result",
    ]);
  });
});

describe("results and targets are kept apart", () => {
  it("marks the figures of a goal statement as targets", () => {
    const text =
      "过去一年，地区生产总值增长5.1%。今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业40万人以上。";
    expect(figures(text)).toEqual([
      "地区生产总值增长 5.1% result",
      "地区生产总值增长 5% 左右 target",
      "城镇新增就业 40万人 以上 target",
    ]);
  });

  it("marks a figure after 力争 in its clause as a target, and only that clause", () => {
    expect(figures("粮食产量1347万吨，力争工业投资增长10%。")).toEqual([
      "粮食产量 1347万吨 result",
      "力争工业投资增长 10% target",
    ]);
  });

  it("gives a result and a target with the same label and value two nodes", () => {
    const result = extractReport("城镇新增就业40万人。今年的主要目标是城镇新增就业40万人。", ISSUER);
    expect(metrics(result).map((m) => m.kind)).toEqual(["result", "target"]);
  });
});

describe("each metric measures what it belongs to", () => {
  it("measures the program whose action the sentence goes on describing", () => {
    const text = "区卫计局继续开展打击非法行医行动,巡查了300多家医疗机构,立案19起。";
    const result = extractReport(text, { issuer: "荆州市沙市区人民政府" });
    const measured = result.relations.filter((r) => r.type === "MEASURES").map((r) => r.to);
    expect(measured).toEqual(["program:421002:打击非法行医行动", "program:421002:打击非法行医行动"]);
  });

  it("does not give a program the figures after its own figure's clause", () => {
    const text = "“先投后股”试点22项，科技成果转化企业新增1013家。";
    const result = extractReport(text, ISSUER);
    const to = Object.fromEntries(
      result.relations.filter((r) => r.type === "MEASURES").map((r) => [r.from.split(":").at(-1), r.to]),
    );
    expect(to).toEqual({ "22项": "program:610000:先投后股试点", "1013家": "agency:陕西省人民政府" });
  });

  it("keeps no figure that measures nothing (no program, no agency, no issuer)", () => {
    expect(metrics(extractReport("粮食产量1347万吨。"))).toEqual([]);
  });
});
