import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";

/** Every jurisdiction mention as `canonical name <- text@start-end`, in text order. */
function places(text: string, issuer?: string): string[] {
  const result = extractReport(text, issuer ? { issuer } : {});
  return result.entities
    .filter((e) => e.type === "Jurisdiction")
    .flatMap((e) => e.mentions.map((m) => ({ name: e.name, ...m })))
    .sort((a, b) => a.start - b.start)
    .map((m) => `${m.name} <- ${m.text}@${m.start}-${m.end}`);
}

describe("county stems count only inside lists of places of the report's province", () => {
  it("reads a 、-list of three stems (珲春、集安、延吉)", () => {
    expect(places("推进珲春、集安、延吉等地开放。", "吉林省人民政府")).toEqual([
      "吉林省延边朝鲜族自治州珲春市 <- 珲春@2-4",
      "吉林省通化市集安市 <- 集安@5-7",
      "吉林省延边朝鲜族自治州延吉市 <- 延吉@8-10",
    ]);
  });

  it("reads the stems of autonomous counties (连南、连山、乳源)", () => {
    expect(places("推动连南、连山、乳源等民族地区发展。", "广东省人民政府")).toEqual([
      "广东省清远市连南瑶族自治县 <- 连南@2-4",
      "广东省清远市连山壮族瑶族自治县 <- 连山@5-7",
      "广东省韶关市乳源瑶族自治县 <- 乳源@8-10",
    ]);
  });

  it("reads a city short name that is also a word when it stands in a list of cities (深圳、珠海、中山)", () => {
    expect(places("深圳、珠海、中山正在处置疫情。", "广东省人民政府")).toEqual([
      "广东省深圳市 <- 深圳@0-2",
      "广东省珠海市 <- 珠海@3-5",
      "广东省中山市 <- 中山@6-8",
    ]);
  });

  it("does not read a stem standing alone, or a list of two stems only", () => {
    expect(places("支持延吉建设。", "吉林省人民政府")).toEqual([]);
    expect(places("连南、连山发展。", "广东省人民政府")).toEqual([]);
  });

  it("does not read stems of another province (a 江苏 list 太湖、钟山、云龙湖 names no county)", () => {
    expect(places("建设太湖、钟山、云龙湖等实验室。", "江苏省人民政府")).toEqual([]);
  });

  it("reads a stem right after the place it lies in (云南鲁甸、景谷; 金华(义乌)), also in a national report", () => {
    expect(places("云南鲁甸、景谷等地发生地震。")).toEqual([
      "云南省 <- 云南@0-2",
      "云南省昭通市鲁甸县 <- 鲁甸@2-4",
      "云南省普洱市景谷傣族彝族自治县 <- 景谷@5-7",
    ]);
    expect(places("高质量建设金华（义乌）中欧班列集结中心。", "浙江省人民政府")).toEqual([
      "浙江省金华市 <- 金华@5-7",
      "浙江省金华市义乌市 <- 义乌@8-10",
    ]);
  });
});

describe("a stem or a word-like short name also names its place with a cue beside it", () => {
  it("reads the place a disaster is named after, in the report's province or, in a national report, anywhere", () => {
    expect(places("陇西5.6级地震灾后重建有序推进。", "甘肃省人民政府")).toEqual(["甘肃省定西市陇西县 <- 陇西@0-2"]);
    expect(places("抗击汶川特大地震。")).toEqual(["四川省阿坝藏族羌族自治州汶川县 <- 汶川@2-4"]);
  });

  it("reads a word-like short name joined by a dash or 和 to a city of its province (西宁—海东)", () => {
    expect(places("加快西宁—海东都市圈一体化进程。", "青海省人民政府")).toEqual([
      "青海省西宁市 <- 西宁@2-4",
      "青海省海东市 <- 海东@5-7",
    ]);
  });

  it("does not read a short name joined to a city of another province (杭州和阿里巴巴; 西宁和山南)", () => {
    expect(places("杭州和阿里巴巴合作。", "浙江省人民政府")).toEqual(["浙江省杭州市 <- 杭州@0-2"]);
    expect(places("支持西宁和山南加快发展。", "青海省人民政府")).toEqual(["青海省西宁市 <- 西宁@2-4"]);
  });

  it("reads a list of two county stems when the clause goes on to speak of counties (宜川、平利等5个县区)", () => {
    expect(places("宜川、平利等5个县区被命名为国家生态文明建设示范区。", "陕西省人民政府")).toEqual([
      "陕西省延安市宜川县 <- 宜川@0-2",
      "陕西省安康市平利县 <- 平利@3-5",
    ]);
    expect(places("宜川、平利发展较快。", "陕西省人民政府")).toEqual([]);
  });
});

describe("townships named in full", () => {
  it("reads a township in a provincial report when no other township of the province has its name", () => {
    expect(places("闽宁镇荣获“全国脱贫攻坚楷模”称号。", "宁夏回族自治区人民政府")).toEqual([
      "宁夏回族自治区银川市永宁县闽宁镇 <- 闽宁镇@0-3",
    ]);
  });

  it("does not read a township name that several townships of the province share, or a planning term", () => {
    expect(places("推进城关镇建设。", "甘肃省人民政府")).toEqual([]);
    expect(places("聚焦县城周边、中心镇和中心村。", "云南省人民政府")).toEqual([]);
  });
});

describe("the country, the SARs, 台湾 and foreign countries", () => {
  it("reads 中国 as the country only before a function word or punctuation, and 新中国", () => {
    expect(places("中国的发展没有过不去的坎。新中国成立70周年。")).toEqual([
      "中华人民共和国 <- 中国@0-2",
      "中华人民共和国 <- 新中国@13-16",
    ]);
  });

  it.each([
    "习近平新时代中国特色社会主义思想",
    "办好中国国际进口博览会",
    "中国共产党成立一百周年",
    "“读懂中国”国际会议",
    "中国电子集团总部迁驻深圳",
  ])("does not read 中国 inside a proper name or formula: %s", (text) =>
    expect(places(text).filter((p) => p.startsWith("中华人民共和国"))).toEqual([]),
  );

  it("reads the SARs and 台湾 by their short names", () => {
    expect(places("香港、澳门一定能与祖国内地同发展。向台湾同胞致意。")).toEqual([
      "香港特别行政区 <- 香港@0-2",
      "澳门特别行政区 <- 澳门@3-5",
      "台湾省 <- 台湾@18-20",
    ]);
  });

  it("reads foreign countries by their short and full names, under their ISO codes", () => {
    const result = extractReport("积极应对美国加征关税。同朝鲜民主主义人民共和国友好。");
    const countries = result.entities.filter(
      (e) => e.type === "Jurisdiction" && e.level === "national" && e.mentions.length,
    );
    expect(countries.map((e) => [e.id, e.name, e.mentions.map((m) => `${m.text}@${m.start}`)])).toEqual([
      ["jurisdiction:US", "美国", ["美国@4"]],
      ["jurisdiction:KP", "朝鲜", ["朝鲜民主主义人民共和国@12"]],
    ]);
  });

  it.each([
    ["隆重庆祝中国共产党成立一百周年", "重庆"],
    ["拓展欧美国家市场", "美国"],
    ["面向太平洋、印度洋的航空区域", "印度"],
    ["肇庆宁德时代锂电池制造基地", "宁德"],
    ["朝鲜族群众", "朝鲜"],
  ])("does not read a name across a word boundary or inside a company: %s", (text, name) => {
    expect(places(text, "广东省人民政府").filter((p) => p.includes(`<- ${name}@`))).toEqual([]);
  });

  it("reads a district name that is also a common term (解放区, 和平区) only right after its city", () => {
    expect(places("河南及其他老解放区。建立印度洋和平区。")).toEqual(["河南省 <- 河南@0-2"]);
    expect(places("焦作市解放区、天津市和平区。")).toEqual([
      "河南省焦作市 <- 焦作市@0-3",
      "河南省焦作市解放区 <- 解放区@3-6",
      "天津市 <- 天津市@7-10",
      "天津市和平区 <- 和平区@10-13",
    ]);
  });

  it("reads 佛山 in 佛山市场主体 (the 市 begins 市场)", () => {
    expect(places("推动佛山市场主体发展。", "广东省人民政府")).toEqual(["广东省佛山市 <- 佛山@2-4"]);
  });
});

describe("areas governed as one unit", () => {
  it("reads 雄安新区 under 河北省 and 深汕特别合作区 under 深圳市", () => {
    expect(places("高标准建设雄安新区。")).toEqual(["河北省雄安新区 <- 雄安新区@5-9"]);
    expect(places("提升深汕特别合作区建设水平。", "广东省人民政府")).toEqual([
      "广东省深圳市深汕特别合作区 <- 深汕特别合作区@2-9",
    ]);
  });
});

describe("places inside the names of zones", () => {
  it("does not read a place right before a zone type (海南自贸港, 杭州综保区) as a mention of the place", () => {
    expect(places("主动对接京津冀、长江经济带、海南自贸港发展。", "广西壮族自治区人民政府")).toEqual([]);
    expect(places("杭州综保区成功获批。", "浙江省人民政府")).toEqual([]);
  });

  it("reads a country before 自贸区: a free trade agreement names the country", () => {
    expect(places("中国与冰岛、瑞士自贸区启动。")).toContain("瑞士 <- 瑞士@6-8");
  });
});
