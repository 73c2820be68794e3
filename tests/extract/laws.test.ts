import { describe, expect, it } from "vitest";
import { emptyDoc } from "../../src/extract/document.js";
import { runPasses } from "../../src/extract/pipeline.js";

interface Found {
  text: string;
  start: number;
  canonical: string;
  kind: string;
}

/** Laws of a small report: a title line that gives the year and the place, then the body. */
function laws(
  body: string,
  title = "2022年广东省政府工作报告",
): { found: Found[]; text: string; inForce: Map<string, boolean | null> } {
  const text = `${title}\n\n各位代表：${body}`;
  const doc = runPasses(emptyDoc(text, {}));
  return {
    text,
    found: doc.laws.map((l) => ({ text: l.text, start: l.start, canonical: l.canonical, kind: l.kind })),
    inForce: new Map(doc.laws.map((l) => [l.canonical, l.inForce])),
  };
}

/** the expected law: `mention` at its first occurrence in the text */
function at(text: string, mention: string, canonical: string, kind: string, nth = 0): Found {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(mention, start + 1);
  expect(start, `${mention} in the text`).toBeGreaterThanOrEqual(0);
  return { text: mention, start, canonical, kind };
}

describe("bare national laws match only at word boundaries", () => {
  it.each(["完善公司法人治理结构。", "加强安全生产法律法规宣传。", "提供会计法律咨询服务。"])(
    "finds no law in %s",
    (body) => {
      expect(laws(body).found).toEqual([]);
    },
  );

  it("still finds a law followed by a clause break or by 规定 (the law provides)", () => {
    const { found, text } = laws("修订公司法。依照安全生产法规定追责。");
    expect(found).toEqual([
      at(text, "公司法", "中华人民共和国公司法", "law"),
      at(text, "安全生产法", "中华人民共和国安全生产法", "law"),
    ]);
  });
});

describe("titles in 《》 are documents unless they are works", () => {
  it("takes a title with no document head (《告台湾同胞书》)", () => {
    const { found, text } = laws("纪念《告台湾同胞书》发表40周年。");
    expect(found).toEqual([at(text, "《告台湾同胞书》", "告台湾同胞书", "normative_document")]);
  });

  it.each([
    "推出话剧《孔子》、《于成龙》。",
    "《山海情》《生万物》等作品热播。",
    "持续打造《向前一步》品牌栏目。",
    "编纂《河西走廊通史》。",
  ])("leaves out the works in %s", (body) => {
    expect(laws(body).found).toEqual([]);
  });

  it("folds full-width brackets and dashes in the canonical title", () => {
    const { found, text } = laws("实施《法治政府建设实施纲要（2021—2025年）》。");
    expect(found).toEqual([
      at(text, "《法治政府建设实施纲要（2021—2025年）》", "法治政府建设实施纲要(2021-2025年)", "plan"),
    ]);
  });

  it("drops a title that is only a kind of document (《实施办法》)", () => {
    expect(laws("施行我省《实施办法》。").found).toEqual([]);
  });

  it("expands a 《…法》 with no place in front to the national law, in the lexicon or not", () => {
    const { found, text } = laws("推动《国家公园法》实施，贯彻落实民营经济促进法，保障平等。");
    expect(found).toEqual([
      at(text, "《国家公园法》", "中华人民共和国国家公园法", "law"),
      at(text, "民营经济促进法", "中华人民共和国民营经济促进法", "law"),
    ]);
  });
});

describe("documents cited bare after a verb", () => {
  it("takes the title from the verb to the document head", () => {
    const { found, text } = laws("出台推进汕头潮州历史文化保护和利用行动方案，落实粤港澳大湾区发展规划纲要。");
    expect(found).toEqual([
      at(text, "推进汕头潮州历史文化保护和利用行动方案", "推进汕头潮州历史文化保护和利用行动方案", "plan"),
      at(text, "粤港澳大湾区发展规划纲要", "粤港澳大湾区发展规划纲要", "plan"),
    ]);
  });

  it("splits a list of titles at each head and drops the item that is no document", () => {
    const { found, text } = laws(
      "推动出台横琴合作区条例以及放宽市场准入特别措施、鼓励类产业目录、企业和个人所得税优惠政策。",
    );
    expect(found).toEqual([
      at(text, "横琴合作区条例", "广东省横琴合作区条例", "local_regulation"),
      at(text, "放宽市场准入特别措施", "放宽市场准入特别措施", "normative_document"),
      at(text, "鼓励类产业目录", "鼓励类产业目录", "normative_document"),
    ]);
  });

  it("splits two titles joined by 和", () => {
    const { found, text } = laws("制定碳达峰碳中和实施意见和碳达峰实施方案。");
    expect(found.map((f) => f.text)).toEqual(["碳达峰碳中和实施意见", "碳达峰实施方案"]);
    expect(found[1]).toEqual(at(text, "碳达峰实施方案", "碳达峰实施方案", "plan"));
  });

  it.each([
    "落实有关规定。",
    "严格落实各项措施。",
    "并制定整治方案。",
    "出台22项省级支持措施。",
    "一企一策制定转型方案。",
    "实施全民参保计划。",
  ])("takes no vague reference or kind of plan as a title: %s", (body) => {
    expect(laws(body).found).toEqual([]);
  });

  it("scopes 我省 and 全省 titles to the report's province, leaving 我省 out of the span", () => {
    const { found, text } = laws("制定我省减轻企业负担十项措施，编制全省历史文化保护传承体系规划。");
    expect(found).toEqual([
      at(text, "减轻企业负担十项措施", "广东省减轻企业负担十项措施", "normative_document"),
      at(text, "全省历史文化保护传承体系规划", "广东省历史文化保护传承体系规划", "plan"),
    ]);
  });

  it("takes what follows 等 when the list names the fields one document covers", () => {
    const { found, text } = laws("制定汽车、家电等消费品以旧换新实施细则，举办促消费活动。");
    expect(found).toEqual([at(text, "消费品以旧换新实施细则", "消费品以旧换新实施细则", "normative_document")]);
    expect(laws("出台硅光、6G等领域未来产业培育方案。").found).toEqual([]);
  });

  it("takes a document named as the subject of its clause, before 深入实施 or 正式签署", () => {
    const { found, text } = laws("农产品加工业高质量发展三年行动计划深入实施，黑瞎子岛中俄联合保护开发规划正式签署。");
    expect(found).toEqual([
      at(text, "农产品加工业高质量发展三年行动计划", "农产品加工业高质量发展三年行动计划", "plan"),
      at(text, "黑瞎子岛中俄联合保护开发规划", "黑瞎子岛中俄联合保护开发规划", "plan"),
    ]);
    expect(laws("整治方案深入实施。").found).toEqual([]);
  });

  it("takes a regulation that is not national, cited in a province's report, as that province's", () => {
    const { found, text } = laws("实施科学技术普及条例，提升全民科学素质。");
    expect(found).toEqual([at(text, "科学技术普及条例", "广东省科学技术普及条例", "local_regulation")]);
  });
});

describe("five-year plans resolve to the plan of the right jurisdiction", () => {
  const ZJ = "2026年浙江省政府工作报告";
  const OUTLINE = "浙江省国民经济和社会发展第十五个五年规划纲要";

  it("gives a province's 《纲要(草案)》 and “十五五”规划纲要 that province's outline, and its 省委 建议 the proposal", () => {
    const { found, text } = laws("审议《纲要（草案）》。编制“十五五”规划纲要，落实省委“十五五”规划建议。", ZJ);
    expect(found).toEqual([
      at(text, "《纲要（草案）》", OUTLINE, "plan"),
      at(text, "“十五五”规划纲要", OUTLINE, "plan"),
      at(
        text,
        "省委“十五五”规划建议",
        "中共浙江省委关于制定浙江省国民经济和社会发展第十五个五年规划的建议",
        "party_document",
      ),
    ]);
  });

  it("gives 国家“十四五”规划 the national outline in a province's report", () => {
    const { found, text } = laws("纳入国家“十四五”规划。");
    expect(found).toEqual([
      at(text, "国家“十四五”规划", "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "plan"),
    ]);
  });

  it("emits nothing for a plan reference when the report's jurisdiction is unknown", () => {
    expect(laws("审议《纲要（草案）》，实现“十五五”规划目标。", "政府工作报告").found).toEqual([]);
  });
});

describe("Party documents and popular names", () => {
  it("names both the eight rules and their implementing rules in 中央八项规定及其实施细则", () => {
    const { found, text } = laws("严格落实中央八项规定及其实施细则精神。");
    expect(found).toEqual([
      at(text, "中央八项规定及其实施细则", "中共中央政治局关于改进工作作风、密切联系群众的八项规定", "party_document"),
      at(text, "中央八项规定及其实施细则", "中共中央政治局贯彻落实中央八项规定实施细则", "party_document"),
    ]);
  });

  it("keeps a quoted nickname of a package of measures as given", () => {
    const { found, text } = laws("迭代升级我省“民营经济32条”，落实国家“13条政策”。");
    expect(found).toEqual([
      at(text, "“民营经济32条”", "民营经济32条", "normative_document"),
      at(text, "“13条政策”", "13条政策", "normative_document"),
    ]);
  });

  it("picks the version of a named document issued by the report's year", () => {
    expect(laws("全面落实法治政府建设实施纲要。").found[0].canonical).toBe("法治政府建设实施纲要(2021-2025年)");
    expect(laws("全面落实法治政府建设实施纲要。", "2018年广东省政府工作报告").found[0].canonical).toBe(
      "法治政府建设实施纲要(2015-2020年)",
    );
  });
});

describe("law kinds", () => {
  it.each([
    ["出台《广东省重大行政决策程序规定》。", "rule"],
    ["通过《浙江省海洋经济高质量发展促进条例》。", "local_regulation"],
    ["落实《优化营商环境条例》。", "administrative_regulation"],
    ["制定《关于支持浙江大学加快迈向世界一流大学前列的若干措施》。", "normative_document"],
    ["学习《中共浙江省委关于制定浙江省国民经济和社会发展第十五个五年规划的建议》。", "party_document"],
    ["维护宪法权威。", "law"],
  ])("%s -> %s", (body, kind) => {
    expect(laws(body).found.map((f) => f.kind)).toEqual([kind]);
  });
});

describe("a place's regulation never merges into the national one of the same short title", () => {
  it("keeps 《广东省优化营商环境条例》 and a bare 广东省优化营商环境条例 the province's", () => {
    const { found } = laws("落实《广东省优化营商环境条例》，宣传广东省优化营商环境条例。");
    expect(found.map((f) => [f.canonical, f.kind])).toEqual([
      ["广东省优化营商环境条例", "local_regulation"],
      ["广东省优化营商环境条例", "local_regulation"],
    ]);
  });

  it("reads 自治区 right before a regulation as the report's own region", () => {
    const { found, text } = laws("出台自治区优化营商环境条例。", "2026年新疆维吾尔自治区政府工作报告");
    expect(found).toEqual([at(text, "自治区优化营商环境条例", "新疆维吾尔自治区优化营商环境条例", "local_regulation")]);
  });

  it("keeps a regulation the lexicon lacks national in a national report", () => {
    const { found, text } = laws("研究制定生态保护补偿条例。", "2021年国务院政府工作报告");
    expect(found).toEqual([at(text, "生态保护补偿条例", "生态保护补偿条例", "administrative_regulation")]);
  });

  it("takes a regulation passed by a city's congress as the city's", () => {
    const { found, text } = laws("提请市人大常委会审议通过城市更新条例。", "2026年天津市政府工作报告");
    expect(found).toEqual([at(text, "城市更新条例", "天津市城市更新条例", "local_regulation")]);
  });

  it("keeps the national regulation in a national report", () => {
    const { found } = laws("落实优化营商环境条例。", "2021年国务院政府工作报告");
    expect(found.map((f) => f.canonical)).toEqual(["优化营商环境条例"]);
  });
});

describe("law validity in the report's year", () => {
  it("says in force for a law the lexicon lists only in later amendments (行政诉讼法 in 2016)", () => {
    const { inForce } = laws("贯彻实施行政诉讼法和行政复议法。", "2016年广东省政府工作报告");
    expect(inForce.get("中华人民共和国行政诉讼法")).toBe(true);
    expect(inForce.get("中华人民共和国行政复议法")).toBe(true);
  });

  it("does not say in force for a law the report speaks of as still to be made", () => {
    const { inForce } = laws("加快制定外商投资法。", "2016年国务院政府工作报告");
    expect(inForce.get("中华人民共和国外商投资法")).toBeNull();
    expect(laws("编纂民法典。", "2016年国务院政府工作报告").inForce.get("中华人民共和国民法典")).toBeNull();
  });

  it("says in force for 民法典 after its adoption, whatever undated rows the lexicon has", () => {
    expect(laws("实施好民法典。", "2022年国务院政府工作报告").inForce.get("中华人民共和国民法典")).toBe(true);
  });

  it("does not say when the report's year is unknown", () => {
    expect(laws("贯彻实施行政诉讼法。", "政府工作报告").inForce.get("中华人民共和国行政诉讼法")).toBeNull();
  });
});

describe("packages of measures and bare 意见 cited after a verb", () => {
  it("takes …政策措施, …便利化措施 and N条措施 titles", () => {
    const { found, text } = laws("出台支持低空经济发展政策措施，落实科技金融十二条措施，出台跨境贸易便利化措施。");
    expect(found).toEqual([
      at(text, "支持低空经济发展政策措施", "支持低空经济发展政策措施", "normative_document"),
      at(text, "科技金融十二条措施", "科技金融十二条措施", "normative_document"),
      at(text, "跨境贸易便利化措施", "跨境贸易便利化措施", "normative_document"),
    ]);
  });

  it.each(["制定调整国民收入分配格局的政策措施。", "落实一揽子增量政策措施。", "出台促进消费系列政策措施。"])(
    "leaves the described or plural measures in %s",
    (body) => {
      expect(laws(body).found).toEqual([]);
    },
  );

  it("takes a bare 意见 whose words name its topic (…发展意见, …机制意见)", () => {
    const { found, text } = laws("制定实施乡村产业发展意见，落实诉调对接工作机制意见。");
    expect(found).toEqual([
      at(text, "乡村产业发展意见", "乡村产业发展意见", "normative_document"),
      at(text, "诉调对接工作机制意见", "诉调对接工作机制意见", "normative_document"),
    ]);
  });

  it("leaves feedback after a verb (落实审议意见, 落实整改意见)", () => {
    expect(laws("认真落实审议意见，落实整改意见。").found).toEqual([]);
  });
});

describe("a list of titles that shares one head", () => {
  it("names one plan per item, each at its own span", () => {
    const { found, text } = laws("实施数字经济提速、制造业焕新升级等行动计划。");
    expect(found).toEqual([
      at(text, "数字经济提速", "数字经济提速行动计划", "plan"),
      at(text, "制造业焕新升级", "制造业焕新升级行动计划", "plan"),
    ]);
  });

  it("keeps a list of short place names as one title (广州、深圳两大都市圈发展规划)", () => {
    const { found, text } = laws("编制广州、深圳两大都市圈发展规划。");
    expect(found).toEqual([at(text, "广州、深圳两大都市圈发展规划", "广州、深圳两大都市圈发展规划", "plan")]);
  });
});

describe("adverbs after the verb", () => {
  it("keep 加快 and 进一步 when they open the title", () => {
    const { found, text } = laws("制定实施加快建设海洋强省总体方案，落实进一步促进旅游消费政策措施。");
    expect(found).toEqual([
      at(text, "加快建设海洋强省总体方案", "加快建设海洋强省总体方案", "plan"),
      at(text, "进一步促进旅游消费政策措施", "进一步促进旅游消费政策措施", "normative_document"),
    ]);
  });

  it("drop 加快 when a verb follows it", () => {
    const { found, text } = laws("落实加快制定海洋强省建设实施方案。");
    expect(found).toEqual([at(text, "海洋强省建设实施方案", "海洋强省建设实施方案", "plan")]);
  });
});

describe("a title that wraps a 《》 law", () => {
  it("is the report's province's implementing measures, beside the law", () => {
    const { found, text } = laws("出台《中华人民共和国黄河保护法》实施办法。");
    expect(found).toEqual([
      at(
        text,
        "《中华人民共和国黄河保护法》实施办法",
        "广东省实施《中华人民共和国黄河保护法》办法",
        "local_regulation",
      ),
      at(text, "《中华人民共和国黄河保护法》", "中华人民共和国黄河保护法", "law"),
    ]);
  });

  it("is the law's own regulation in a national report", () => {
    const { found, text } = laws("制定《中华人民共和国黄河保护法》实施条例。", "2024年国务院政府工作报告");
    expect(found[0]).toEqual(
      at(text, "《中华人民共和国黄河保护法》实施条例", "中华人民共和国黄河保护法实施条例", "administrative_regulation"),
    );
  });
});

describe("a regulation opened by a place's short name", () => {
  it("is that place's, and so are the regulations listed right after it", () => {
    const { found, text } = laws("推动内蒙古草原保护条例、湿地保护条例等地方立法。", "2026年内蒙古自治区政府工作报告");
    expect(found).toEqual([
      at(text, "内蒙古草原保护条例", "内蒙古草原保护条例", "local_regulation"),
      at(text, "湿地保护条例", "内蒙古湿地保护条例", "local_regulation"),
    ]);
  });
});

describe("an unpaired book mark", () => {
  it("never pairs with a 》 of a later sentence: the bare law inside is still found", () => {
    const { found, text } = laws("区政府贯彻《行政诉讼法,开展“双随机一公开工作。区卫计局落实》规定”。");
    expect(found).toEqual([at(text, "行政诉讼法", "中华人民共和国行政诉讼法", "law")]);
  });
});
