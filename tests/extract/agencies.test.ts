import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";

/** Every agency mention as `canonical name <- text@start-end`, in text order (the issuer known only from metadata is left out). */
function bodies(text: string, issuer?: string): string[] {
  const result = extractReport(text, issuer ? { issuer } : {});
  return result.entities
    .filter((e) => e.type === "Agency")
    .flatMap((e) => e.mentions.map((m) => ({ name: e.name, ...m })))
    .sort((a, b) => a.start - b.start || a.name.localeCompare(b.name))
    .map((m) => `${m.name} <- ${m.text}@${m.start}-${m.end}`);
}

const GD = "广东省人民政府";

describe("Party bodies", () => {
  it("splits 纪委监委 into the discipline commission and the supervision commission of the same place", () => {
    expect(bodies("省纪委监委加强监督。", GD)).toEqual([
      "中共广东省纪律检查委员会 <- 省纪委@0-3",
      "广东省监察委员会 <- 监委@3-5",
    ]);
  });

  it("reads the Politburo and its standing committee, not the 政治局 of 政治局面", () => {
    expect(bodies("专门主持召开中央政治局常委会会议研究部署。经中共中央政治局讨论通过。安定团结的政治局面。")).toEqual([
      "中国共产党中央委员会政治局常务委员会 <- 中央政治局常委会@6-14",
      "中国共产党中央委员会政治局 <- 中共中央政治局@22-29",
    ]);
  });

  it("reads 政法委 and the 全面依法治省 committee and its office under the provincial committee", () => {
    expect(bodies("省委政法委牵头，省委全面依法治省委员会召开会议，省委依法治省办印发方案。", GD)).toEqual([
      "中共广东省委政法委员会 <- 省委政法委@0-5",
      "中共广东省委全面依法治省委员会 <- 省委全面依法治省委员会@8-19",
      "中共广东省委全面依法治省委员会办公室 <- 省委依法治省办@24-31",
    ]);
  });

  it("reads 省委 and 省政府 written together as two bodies", () => {
    expect(bodies("省委省政府高度重视。", GD)).toEqual([
      "中共广东省委员会 <- 省委@0-2",
      "广东省人民政府 <- 省政府@2-5",
    ]);
  });
});

describe("the bodies of new areas and zones", () => {
  it("reads a zone's 管委会 with the verbs before it taken off, and 执委会 after it as the same zone's", () => {
    expect(bodies("组建运行横琴合作区管委会、执委会和省委派出机构。", GD)).toEqual([
      "横琴合作区管理委员会 <- 横琴合作区管委会@4-12",
      "横琴合作区执行委员会 <- 执委会@13-16",
      "中共广东省委员会 <- 省委@17-19",
    ]);
  });

  it("reads the 党工委 and 管委会 of a new area", () => {
    expect(bodies("高标准建设雄安新区党工委、管委会。")).toEqual([
      "中共雄安新区工作委员会 <- 雄安新区党工委@5-12",
      "雄安新区管理委员会 <- 管委会@13-16",
    ]);
  });

  it("starts a zone's name at the place it is named after", () => {
    expect(bodies("支持广州开发区管委会改革。", GD)).toEqual(["广州开发区管理委员会 <- 广州开发区管委会@2-10"]);
  });
});

describe("people's congresses", () => {
  it("reads 省人大及其常委会 as the congress and its standing committee", () => {
    expect(bodies("在省人大及其常委会监督下。", GD)).toEqual([
      "广东省人民代表大会 <- 省人大及其常委会@1-9",
      "广东省人民代表大会常务委员会 <- 省人大及其常委会@1-9",
    ]);
  });

  it("gives a CPPCC committee listed after a congress the level said once for both (省人大、政协)", () => {
    expect(bodies("省人大、政协和社会各界有效监督。", GD)).toEqual([
      "广东省人民代表大会 <- 省人大@0-3",
      "中国人民政治协商会议广东省委员会 <- 政协@4-6",
    ]);
    expect(bodies("人大、政协和社会各界有效监督。", GD)).toEqual([]);
  });

  it("reads a congress named with its term (省十三届人大, 浙江省第十四届人民代表大会)", () => {
    expect(bodies("省十三届人大四次会议。", GD)).toEqual(["广东省人民代表大会 <- 省十三届人大@0-6"]);
    expect(bodies("浙江省第十四届人民代表大会第四次会议")).toEqual([
      "浙江省人民代表大会 <- 浙江省第十四届人民代表大会@0-13",
    ]);
  });
});

describe("provincial departments and central bodies", () => {
  it("reads 厅 named with the province left out", () => {
    expect(bodies("省生态环境厅、省自然资源厅联合印发。", GD)).toEqual([
      "广东省生态环境厅 <- 省生态环境厅@0-6",
      "广东省自然资源厅 <- 省自然资源厅@7-13",
    ]);
  });

  it("names a province's 国资委 as the government's commission, by whichever short form (省国资委, 省政府国资委)", () => {
    expect(bodies("省国资委、省政府国资委监管企业利润增长。", GD)).toEqual([
      "广东省人民政府国有资产监督管理委员会 <- 省国资委@0-4",
      "广东省人民政府国有资产监督管理委员会 <- 省政府国资委@5-11",
    ]);
    expect(bodies("市国资委监管企业营收增长。", "杭州市人民政府")).toEqual([
      "杭州市国有资产监督管理委员会 <- 市国资委@0-4",
    ]);
  });

  it("reads the provincial high court, Party committee offices and government offices by their short names", () => {
    expect(
      bodies(
        "省高院、省委编办、省委网信办、省政府研究室、省法律顾问室、省药监局、省地方金融监管局。",
        "湖北省人民政府",
      ),
    ).toEqual([
      "湖北省高级人民法院 <- 省高院@0-3",
      "湖北省机构编制委员会办公室 <- 省委编办@4-8",
      "中共湖北省委网络安全和信息化委员会办公室 <- 省委网信办@9-14",
      "湖北省人民政府研究室 <- 省政府研究室@15-21",
      "湖北省人民政府法律顾问室 <- 省法律顾问室@22-28",
      "湖北省药品监督管理局 <- 省药监局@29-33",
      "湖北省地方金融监督管理局 <- 省地方金融监管局@34-42",
    ]);
  });

  it("reads State Council bodies by their short names", () => {
    expect(bodies("国家发展改革委、国务院国资委、国家卫健委、中央军委支持。", GD)).toEqual([
      "中华人民共和国国家发展和改革委员会 <- 国家发展改革委@0-7",
      "国务院国有资产监督管理委员会 <- 国务院国资委@8-14",
      "中华人民共和国国家卫生健康委员会 <- 国家卫健委@15-20",
      "中央军事委员会 <- 中央军委@21-25",
    ]);
  });

  it("reads bodies of earlier reforms in older reports (国家计委, 铁道部)", () => {
    expect(bodies("国务院已责成国家计委和铁道部研究。")).toEqual([
      "中华人民共和国国务院 <- 国务院@0-3",
      "中华人民共和国国家计划委员会 <- 国家计委@6-10",
      "中华人民共和国铁道部 <- 铁道部@11-14",
    ]);
  });

  it("reads 中华人民共和国国务院 in a title as the State Council, not a 人民政府", () => {
    const result = extractReport("1957年中华人民共和国国务院政府工作报告\n\n各位代表：\n");
    expect(result.report.issuer).toBe("中华人民共和国国务院");
    expect(bodies("认真贯彻落实《中华人民共和国政府信息公开条例》。")).toEqual([]);
  });

  it("does not read 中办 inside 集中办公 or 高中办学", () => {
    expect(bodies("开展集中办公，提升高中办学能力。", GD)).toEqual([]);
  });
});

describe("the SAR governments", () => {
  it("names them 特别行政区政府 and splits 香港、澳门特别行政区政府 into two", () => {
    expect(bodies("全力支持香港、澳门特别行政区政府依法施政。")).toEqual([
      "澳门特别行政区政府 <- 香港、澳门特别行政区政府@4-16",
      "香港特别行政区政府 <- 香港、澳门特别行政区政府@4-16",
    ]);
  });
});

describe("words that look like bodies", () => {
  it.each([
    ["开创山东建设新局。", "山东省人民政府"],
    ["区共建内蒙古牛羊肉交易中心。", "内蒙古自治区人民政府"],
    ["朝鲜半岛局势缓和。", undefined],
  ])("%s names no agency", (text, issuer) => {
    expect(bodies(text, issuer)).toEqual([]);
  });
});
