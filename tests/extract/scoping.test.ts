/**
 * Whose a name is (issue 12, point 3): national names are one node, a jurisdiction's own names are
 * scoped to it. Pairs from the 28 provincial reports of 2026 (tests/fixtures/corpus), each checked by
 * reading the sentences quoted beside it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport, type ExtractedEntity, type ExtractedReport } from "../../src/extract/index.js";
import { readTsv } from "../../src/extract/lexicon/tsv.js";

const dir = new URL("../fixtures/corpus/", import.meta.url);
const cache = new Map<string, ExtractedReport>();
function corpus(province: string): ExtractedReport {
  let r = cache.get(province);
  if (!r) cache.set(province, (r = extractReport(readFileSync(new URL(`${province}-2026-政府工作报告.txt`, dir)))));
  return r;
}

/** the entity whose mentions include `surface` (as written, quotes and all) */
function mentioned(
  result: ExtractedReport,
  type: ExtractedEntity["type"],
  surface: string,
): ExtractedEntity | undefined {
  return result.entities.find((e) => e.type === type && e.mentions.some((m) => m.text.includes(surface)));
}

function idOf(result: ExtractedReport, type: ExtractedEntity["type"], surface: string): string {
  const e = mentioned(result, type, surface);
  expect(e, `${type} ${surface}`).toBeDefined();
  return e!.id;
}

describe("a program that is a jurisdiction's own is one node per jurisdiction", () => {
  it.each([
    // 上海: 实施乡村人才“百千万”工程; 福建: 实施放心消费“百千万”工程 — two provinces, two programs
    ["上海市", "福建省", "百千万", "program:310000:百千万工程", "program:350000:百千万工程"],
    // 天津 and 重庆 each name their own “十项行动”: two municipalities, two programs
    ["天津市", "重庆市", "“十项行动”", "program:120000:十项行动", "program:500000:十项行动"],
  ])("%s and %s: %s", (a, b, surface, idA, idB) => {
    expect(idOf(corpus(a), "Program", surface)).toBe(idA);
    expect(idOf(corpus(b), "Program", surface)).toBe(idB);
  });

  it("takes a program of the national list right after the report's own level as the report's: 省级“双高计划”", () => {
    // 贵州: 立项培育10所左右省级“双高建设计划”院校 — the province's selection, beside the national plan
    const r = extractReport("立项培育10所省级“双高计划”院校，3所学校入选国家“双高计划”。", {
      issuer: "贵州省人民政府",
    });
    expect(
      r.entities
        .filter((e) => e.type === "Program")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["program:520000:双高计划", "program:双高计划"]);
  });

  it("scopes a quoted nickname in a provincial report to the province (广东: “百千万工程”)", () => {
    const id = idOf(corpus("广东省"), "Program", "百千万工程");
    expect(id).toBe("program:440000:百千万工程");
  });
});

describe("a national program is one node, whichever province names it", () => {
  it.each([
    // 云南: 深入学习运用“千万工程”经验; 吉林: 学习运用“千万工程”经验 (国务院政府工作报告 2025)
    ["云南省", "吉林省", "千万工程", "program:千万工程"],
    // 上海: 深入实施“人工智能+”行动; 山西: 实施“人工智能+”“数据要素×”… — one program, one name
    ["上海市", "山西省", "人工智能+", "program:人工智能+行动"],
    // 北京: 优化实施“两重”项目; 安徽: 高质量实施“两重”项目 (国务院政府工作报告 2025)
    ["北京市", "安徽省", "两重", "program:两重"],
  ])("%s and %s: %s", (a, b, surface, id) => {
    expect(idOf(corpus(a), "Program", surface)).toBe(id);
    expect(idOf(corpus(b), "Program", surface)).toBe(id);
  });

  it("gives a national program its list name and keeps the report's form as an alias", () => {
    const e = mentioned(corpus("山西省"), "Program", "人工智能+");
    expect(e?.name).toBe("人工智能+行动");
    expect(e?.aliases.some((a) => a.includes("人工智能+"))).toBe(true);
  });

  it("takes every program of a State Council report as national", () => {
    const r = extractReport(
      "2018年政府工作报告\n\n现在，我代表国务院，向大会报告政府工作。我们深入开展打击侵权假冒专项行动。",
      {
        issuer: "国务院",
      },
    );
    expect(r.entities.filter((e) => e.type === "Program").map((e) => e.id)).toEqual(["program:打击侵权假冒专项行动"]);
  });

  it.each([
    // 北京: 做好第四次全国文物普查; 广东 hosts the 第十五届全国运动会; 青海: 第三轮中央生态环保督察
    ["扎实开展第四次全国文物普查。", "program:第四次全国文物普查"],
    ["成功举办第十五届全国运动会。", "program:第十五届全国运动会"],
    ["第三轮中央生态环保督察反馈问题整改完成。", "program:第三轮中央生态环保督察"],
  ])("takes a name that says it is the country's after its round as national: %s", (text, id) => {
    const r = extractReport(text, { issuer: "湖南省人民政府" });
    expect(r.entities.filter((e) => e.type === "Program").map((e) => e.id)).toEqual([id]);
  });

  it("takes a program of the list after the country's name as that program: 国家污染防治攻坚战成效考核", () => {
    // 甘肃: 连续三年获国家污染防治攻坚战成效考核优秀等次; 山东: 中央污染防治攻坚战成效考核连年获优
    const r = extractReport("连续三年获国家污染防治攻坚战成效考核优秀等次。", { issuer: "甘肃省人民政府" });
    const e = r.entities.find((x) => x.type === "Program");
    expect(e?.id).toBe("program:污染防治攻坚战");
    expect(e?.aliases).toContain("国家污染防治攻坚战");
  });

  it("takes a program the text calls the country's as national: 参与国家“东数西算”工程", () => {
    const r = extractReport("积极参与国家“东数西算”工程。", { issuer: "湖南省人民政府" });
    expect(r.entities.find((e) => e.type === "Program")?.id).toBe("program:东数西算工程");
    const own = extractReport("积极参与“东数西算”工程。", { issuer: "湖南省人民政府" });
    expect(own.entities.find((e) => e.type === "Program")?.id).toBe("program:430000:东数西算工程");
  });
});

describe("a local regulation never merges with the national one of the same short title", () => {
  it("重庆: 推动制定重庆市公平竞争审查条例 is 重庆's, not the State Council's 公平竞争审查条例", () => {
    const ids = corpus("重庆市")
      .entities.filter((e) => e.type === "Law")
      .map((e) => e.id);
    expect(ids).not.toContain("law:公平竞争审查条例");
    expect(ids.some((id) => /^law:(500000:|重庆市)/.test(id) && id.endsWith("公平竞争审查条例"))).toBe(true);
  });

  it("山东: 推动修订优化营商环境条例 (a province revises its own regulation) is 山东's", () => {
    const ids = corpus("山东省")
      .entities.filter((e) => e.type === "Law")
      .map((e) => e.id);
    expect(ids.some((id) => /^law:(370000:|山东省)/.test(id) && id.endsWith("优化营商环境条例"))).toBe(true);
    expect(ids).not.toContain("law:优化营商环境条例");
  });

  it("a national regulation that a report carries out stays national: 贯彻《优化营商环境条例》", () => {
    const r = extractReport("认真贯彻《优化营商环境条例》。", { issuer: "山东省人民政府" });
    expect(r.entities.find((e) => e.type === "Law")?.id).toBe("law:优化营商环境条例");
  });

  it("a national document known by its popular name stays national (天津: 落实好一揽子化债方案)", () => {
    const ids = corpus("天津市")
      .entities.filter((e) => e.type === "Law")
      .map((e) => e.id);
    expect(ids).toContain("law:一揽子化债方案");
    expect(ids).not.toContain("law:120000:一揽子化债方案");
  });

  it("a 法 is national wherever it is cited (only the NPC makes laws): 《民法典》 in a township's report", () => {
    const r = extractReport("组织学习《民法典》。", { issuer: "重庆市石柱土家族自治县黄水镇人民政府" });
    expect(r.entities.find((e) => e.type === "Law")?.id).not.toMatch(/^law:\d/);
  });
});

describe("a document whose title does not say whose it is belongs to its report's jurisdiction", () => {
  it("carries the GB/T 2260 code of the report's jurisdiction", () => {
    const text = "制定《关于加强基层治理的若干措施》。";
    const zj = extractReport(text, { issuer: "浙江省人民政府" });
    const gd = extractReport(text, { issuer: "广东省人民政府" });
    expect(zj.entities.find((e) => e.type === "Law")?.id).toBe("law:330000:关于加强基层治理的若干措施");
    expect(gd.entities.find((e) => e.type === "Law")?.id).toBe("law:440000:关于加强基层治理的若干措施");
  });

  it("an issuer named with the title gives the issuer's jurisdiction: 国务院办公厅《关于…的意见》 is national", () => {
    const r = extractReport("落实国务院办公厅《关于加强基层治理的意见》。", { issuer: "浙江省人民政府" });
    expect(r.entities.find((e) => e.type === "Law")?.id).toBe("law:关于加强基层治理的意见");
  });

  it("with no jurisdiction known, is scoped to its own report, never one global node", () => {
    const a = extractReport("我们制定了《关于加强基层治理的若干措施》。");
    const b = extractReport("去年我们制定了《关于加强基层治理的若干措施》。");
    const idA = a.entities.find((e) => e.type === "Law")?.id;
    const idB = b.entities.find((e) => e.type === "Law")?.id;
    expect(idA).toMatch(/^law:report-[0-9a-f]{16}:关于加强基层治理的若干措施$/);
    expect(idB).toMatch(/^law:report-[0-9a-f]{16}:/);
    expect(idA).not.toBe(idB);
  });

  it("a title that names its place or the country needs no scope", () => {
    const r = extractReport(
      "出台《浙江省海洋经济高质量发展促进条例》，落实《中共中央关于进一步全面深化改革的决定》。",
      {
        issuer: "浙江省人民政府",
      },
    );
    expect(
      r.entities
        .filter((e) => e.type === "Law")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["law:中共中央关于进一步全面深化改革的决定", "law:浙江省海洋经济高质量发展促进条例"]);
  });
});

describe("no node has a name that is only a kind word", () => {
  it.each([
    ["《纲要（草案）》提出了今后五年的目标。", "Law"],
    ["《决定》明确了任务。", "Law"],
    ["按照《方案》要求推进。", "Law"],
    ["深入开展提升行动。", "Program"],
    ["实施发展工程。", "Program"],
  ])("%s", (text, type) => {
    const r = extractReport(text, { issuer: "湖南省人民政府" });
    expect(r.entities.filter((e) => e.type === type)).toEqual([]);
  });
});

describe("the national programs list (src/extract/lexicon/national-programs.tsv)", () => {
  const NATIONAL = new URL("../fixtures/corpus-national/", import.meta.url);
  const rows = readTsv("national-programs.tsv").filter(([, , source]) => /国务院政府工作报告 \d{4}/.test(source));

  it.each(rows)("%s is named in the report its row cites", (name, variants, source) => {
    const year = /(\d{4})/.exec(source)![1];
    const text = readFileSync(new URL(`国务院-${year}-政府工作报告.txt`, NATIONAL), "utf8")
      .normalize("NFKC")
      .replace(/[“”"‘’]/g, "");
    const forms = [name, ...(variants ? variants.split(",") : [])].map((f) => f.normalize("NFKC"));
    expect(
      forms.some((f) => text.includes(f)),
      forms.join(" / "),
    ).toBe(true);
  });
});
