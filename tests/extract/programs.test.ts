import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";

const META = { issuer: "浙江省人民政府" };

/** every program mention as `name @ start-end "text"`, in text order */
function programs(text: string): string[] {
  const result = extractReport(text, META);
  return result.entities
    .filter((e) => e.type === "Program")
    .flatMap((e) => e.mentions.map((m) => ({ name: e.name, ...m })))
    .sort((a, b) => a.start - b.start)
    .map((m) => `${m.name} @ ${m.start}-${m.end} ${m.text}`);
}

describe("quoted program names", () => {
  it.each([
    ["a head word after the quote is part of the name", "深化“放管服”改革。", ["放管服改革 @ 2-9 “放管服”改革"]],
    [
      "two head words in a row both belong to it",
      "持续开展“减证便民”改革行动。",
      ["减证便民改革行动 @ 4-14 “减证便民”改革行动"],
    ],
    [
      "a head word a few characters on ends the name",
      "深入实施“415X”先进制造业集群培育工程。",
      ["415X先进制造业集群培育工程 @ 4-21 “415X”先进制造业集群培育工程"],
    ],
    [
      "a quote that ends in a head word stands alone",
      "深入实施“十项重大工程”，",
      ["十项重大工程 @ 4-12 “十项重大工程”"],
    ],
    ["a verb before the quote makes it a program", "实施“综合查一次”。", ["综合查一次 @ 2-9 “综合查一次”"]],
    ["a verb before a short modifier too", "推进北方地区“煤改气”。", ["煤改气 @ 6-11 “煤改气”"]],
    [
      "a word like 建设 after the quote confirms it without joining the name",
      "推进“数字财政”建设。",
      ["数字财政 @ 2-8 “数字财政”"],
    ],
  ])("%s", (_rule, text, expected) => {
    expect(programs(text)).toEqual(expected);
  });

  it("gives every quote of a run the evidence of one of them", () => {
    expect(programs("推动“征信通”“保险通”。")).toEqual(["征信通 @ 2-7 “征信通”", "保险通 @ 7-12 “保险通”"]);
    expect(programs("推行“标准地”、“带项目”供地。")).toEqual([
      "标准地 @ 2-7 “标准地”",
      "带项目供地 @ 8-15 “带项目”供地",
    ]);
  });

  it("gives a run the evidence of a member on the national list", () => {
    expect(programs("确需到现场办的要“一窗受理、限时办结”“最多跑一次”。")).toEqual([
      "一窗受理、限时办结 @ 8-19 “一窗受理、限时办结”",
      "最多跑一次 @ 19-26 “最多跑一次”",
    ]);
  });

  it.each([
    ["a service reform named by its words", "推动基层填表报数实现“一表通”。", ["一表通 @ 10-15 “一表通”"]],
    [
      "a title conferred (“…”称号)",
      "联合国旅游组织授予哈尔滨市“世界冰雪旅游卓越城市”称号。",
      ["世界冰雪旅游卓越城市 @ 13-25 “世界冰雪旅游卓越城市”"],
    ],
    ["a drive given more force (“…”力度)", "加大“双招双引”力度。", ["双招双引 @ 2-8 “双招双引”"]],
    ["a quote that ends in 联动", "灵活性改造“三改联动”。", ["三改联动 @ 5-11 “三改联动”"]],
  ])("takes %s", (_rule, text, expected) => {
    expect(programs(text)).toEqual(expected);
  });

  it("keeps the quoted name and not the category after 等", () => {
    expect(programs("开展了“学习宪法尊法守法”等法治宣传主题活动。")).toEqual([
      "学习宪法尊法守法 @ 3-13 “学习宪法尊法守法”",
    ]);
  });

  it.each([
    ["a quote used as an attribute", "发扬“钉钉子”的精神。"],
    ["a phrase with a comma", "实施“功成不必在我，功成必定有我”。"],
    ["a list of three short words", "推动“人、货、场、链”全方位优化。"],
    ["“A+B” pairs without a head word", "统筹推进“文化+科技”“文化+旅游”。"],
    ["a bare number", "实施“851”，"],
    ["a five-year-plan label", "推动“十五五”开好局。"],
    ["the popular name of a measure, which is a document", "落实“民营经济32条”。"],
    ["a quote with no verb before it and no head word after it", "关闭压缩“僵尸”应用71个。"],
    ["the ends of a range", "构建从“国门”到“家门”全链条防控体系。"],
    ["a quote before 等 and a long description", "加大“三区三州”等深度贫困地区支持力度。"],
    ["a one-character quote", "永葆“闯”劲，实施“创”。"],
    ["scare quotes after 所谓", "开展所谓“倾销”。"],
    ["a service word alone", "应用多跨协同的执法监管“一件事”场景。"],
  ])("leaves out %s", (_what, text) => {
    expect(programs(text)).toEqual([]);
  });

  it("takes a title won, after 获/获评", () => {
    expect(programs("杭州、温州双获“国际湿地城市”。")).toEqual(["国际湿地城市 @ 7-15 “国际湿地城市”"]);
  });

  it("takes “X+” names of national actions without a head word", () => {
    // the national programs list (national-programs.tsv) knows 人工智能+ as 人工智能+行动: one node for both
    expect(programs("深化拓展“人工智能+”。")).toEqual(["人工智能+行动 @ 4-11 “人工智能+”"]);
  });
});

describe("bare program names", () => {
  it.each([
    [
      "the verb before the name is its left edge",
      "继续开展打击非法行医行动。",
      ["打击非法行医行动 @ 4-12 打击非法行医行动"],
    ],
    [
      "a chain of head words is one name",
      "扩大长期护理保险制度试点，",
      ["长期护理保险制度试点 @ 2-12 长期护理保险制度试点"],
    ],
    [
      "a fragment after a weak verb extends over it",
      "国有企业改革攻坚深化提升行动顺利收官。",
      ["国有企业改革攻坚深化提升行动 @ 0-14 国有企业改革攻坚深化提升行动"],
    ],
    ["coordinated names stay apart", "全面建立河长制、湖长制。", ["河长制 @ 4-7 河长制", "湖长制 @ 8-11 湖长制"]],
    [
      "named events keep their ordinal and place",
      "成功举办杭州第19届亚运会、第4届亚残运会。",
      ["杭州第19届亚运会 @ 4-13 杭州第19届亚运会", "第4届亚残运会 @ 14-21 第4届亚残运会"],
    ],
    ["a title won through a scheme starts with 全国/国家", "获评全国文明城市。", ["全国文明城市 @ 2-8 全国文明城市"]],
    [
      "a named pilot zone",
      "推进国家数字经济创新发展试验区建设。",
      ["国家数字经济创新发展试验区 @ 2-15 国家数字经济创新发展试验区"],
    ],
    [
      "创建 before a title is a verb, not part of it",
      "安阳创建国家文物保护利用示范区。",
      ["国家文物保护利用示范区 @ 4-15 国家文物保护利用示范区"],
    ],
    [
      "a scope word before the name is left out",
      "率先开展全省全域无隐性债务试点。",
      ["全域无隐性债务试点 @ 6-15 全域无隐性债务试点"],
    ],
    [
      "an event name ends at its head word whatever follows",
      "第六届世界佛教论坛有序举办。",
      ["第六届世界佛教论坛 @ 0-9 第六届世界佛教论坛"],
    ],
    [
      "a preposition at the edge of the clause is left out",
      "把城市更新行动和消除隐患结合起来。",
      ["城市更新行动 @ 1-7 城市更新行动"],
    ],
    [
      "a name stops at the end of the name before it",
      "持续深化“三医联动”改革和公立医院综合改革。",
      ["三医联动改革 @ 4-12 “三医联动”改革", "公立医院综合改革 @ 13-21 公立医院综合改革"],
    ],
    [
      "普及 is a word, not a trailing 及",
      "新增全国学前教育普及普惠县18个。",
      ["全国学前教育普及普惠县 @ 2-13 全国学前教育普及普惠县"],
    ],
    ["a name in brackets", "深入实施土地综合整治（多田套合工程）。", ["多田套合工程 @ 11-17 多田套合工程"]],
    ["a count after a pilot ends its name", "实施规模化技改试点15个左右。", ["规模化技改试点 @ 2-9 规模化技改试点"]],
    [
      "等 inside a word (等级) is part of the name",
      "全面推行职业技能等级制度，",
      ["职业技能等级制度 @ 4-12 职业技能等级制度"],
    ],
    [
      "two characters after a weak verb before a pilot are the tail of a longer name",
      "开展可信数据空间创新发展试点，",
      ["可信数据空间创新发展试点 @ 2-14 可信数据空间创新发展试点"],
    ],
    [
      "a title after a verb of a creation scheme, without the 为 of 创建为",
      "所有地市创建为全国民族团结进步示范市。",
      ["全国民族团结进步示范市 @ 7-18 全国民族团结进步示范市"],
    ],
    [
      "a title whoever awards it, after 创建",
      "积极创建卫生健康高质量发展示范省，",
      ["卫生健康高质量发展示范省 @ 4-16 卫生健康高质量发展示范省"],
    ],
    [
      "a title inside a longer program's name",
      "深入实施现代化大农业示范基地建设工程，",
      ["现代化大农业示范基地建设工程 @ 4-18 现代化大农业示范基地建设工程"],
    ],
    [
      "a named scientific survey (…科考)",
      "推进西南及北部湾区综合科考。",
      ["西南及北部湾区综合科考 @ 2-13 西南及北部湾区综合科考"],
    ],
    [
      "a named campaign of …专项工作",
      "大力推进居民膳食营养健康改善与优化专项工作。",
      ["居民膳食营养健康改善与优化专项工作 @ 4-21 居民膳食营养健康改善与优化专项工作"],
    ],
    ["an abbreviated fair keeps its one character", "办好第23届东博会、峰会。", ["第23届东博会 @ 2-9 第23届东博会"]],
    [
      "a held event with its edition or a world-wide first word",
      "办好第八届世界浙商大会。世界运河大会成功举办。",
      ["第八届世界浙商大会 @ 2-11 第八届世界浙商大会", "世界运河大会 @ 12-18 世界运河大会"],
    ],
    [
      "a multi-sport game by its short name",
      "出席哈尔滨第九届亚冬会开幕式。",
      ["哈尔滨第九届亚冬会 @ 2-11 哈尔滨第九届亚冬会"],
    ],
    [
      "a named contest",
      "广西县级足球超级联赛等体育赛事如火如荼。",
      ["广西县级足球超级联赛 @ 0-10 广西县级足球超级联赛"],
    ],
  ])("%s", (_rule, text, expected) => {
    expect(programs(text)).toEqual(expected);
  });

  it.each([
    ["generic fields", "深化农村改革，推进事业单位改革，完善社会保障制度。"],
    ["construction works", "建设珠三角水资源配置工程，再开工一批重大水利工程。"],
    ["a fragment cut by a strong verb", "完善招投标制度。"],
    ["activities that are not campaigns", "严厉打击非法金融活动。"],
    ["counts before a head word", "开展2场活动。"],
    ["a reform named by a preposition phrase", "为全面深化改革提供保障。"],
    ["a city title without a scheme", "建设美丽文明城市。"],
    ["a document ending in 行动计划", "实施扩大中等收入群体行动计划。"],
    ["a count of reforms", "持续推进首批12项及第二批14项重点改革。"],
    ["a modifier made only of generic words", "深化农村综合改革。"],
    ["a modifier that ends in a verb", "以高水平开放带动改革。"],
    ["a kind of activity", "广泛开展群众体育活动。"],
    ["a congress addressed, and a meeting called", "我代表省人民政府向大会报告。召开全省高质量发展大会。"],
    ["周 in a longer word", "完成全省1000所学校周边道路改造。"],
    ["a facility named after a program", "国家深海科考中心建成。"],
    ["a count of works", "一大批重大工程加快实施。"],
    ["kinds of oversight", "发挥行政复议、行政督查等监督作用。"],
    ["activities and works counted, which are kinds", "开展专项公益服务活动5000场。实施清洁能源供暖工程22个。"],
    ["contests in general", "体育健儿在国际大赛上再创佳绩。"],
  ])("leaves out %s", (_what, text) => {
    expect(programs(text)).toEqual([]);
  });
});

describe("programs of the national list named without a head word", () => {
  it.each([
    [
      "the list's name alone, bare",
      "扩围实施消费品以旧换新，组织系列促消费活动。",
      ["消费品以旧换新 @ 4-11 消费品以旧换新"],
    ],
    [
      "a short form as the whole of a quotation",
      "抓好“两重”“两新”政策衔接落地。",
      ["两重 @ 2-6 “两重”", "两新 @ 6-10 “两新”"],
    ],
    [
      "a variant, under the list's name",
      "坚持和发展新时代“枫桥经验”，加强综治中心规范化建设。",
      ["新时代枫桥经验 @ 8-14 “枫桥经验”"],
    ],
    [
      "a form whose modifier the bare rule takes for a fragment (…性改革)",
      "三是深化供给侧结构性改革，实体经济活力不断释放。",
      ["供给侧结构性改革 @ 4-12 供给侧结构性改革"],
    ],
    [
      "a form the sentence runs on from",
      "高质量完成国有企业改革深化提升行动总体任务。",
      ["国有企业改革深化提升行动 @ 5-17 国有企业改革深化提升行动"],
    ],
  ])("%s", (_rule, text, expected) => {
    expect(programs(text)).toEqual(expected);
  });

  it.each([
    ["a short form inside a longer word", "加快两新一重建设。"],
    ["a form inside an agency's name", "国家乡村振兴局指导。"],
    ["a form that opens with a verb, which the bare rule judges", "严厉打击非法金融活动。"],
  ])("leaves out %s", (_what, text) => {
    expect(programs(text)).toEqual([]);
  });
});

describe("programs listed before one head word they share", () => {
  it.each([
    [
      "each item of a 、-list before 等专项行动, named with the head",
      "千企技改、制造业数字化转型等专项行动深入实施。",
      ["千企技改专项行动 @ 0-4 千企技改", "制造业数字化转型专项行动 @ 5-13 制造业数字化转型"],
    ],
    [
      "two items joined by 和, the first after its verb",
      "持续实施绿盾和巡山清套等专项行动。",
      ["绿盾专项行动 @ 4-6 绿盾", "巡山清套专项行动 @ 7-11 巡山清套"],
    ],
    [
      "a weak verb inside an item stays in it",
      "推动数字人民币、国家区块链创新应用等试点落户。",
      ["数字人民币试点 @ 2-7 数字人民币", "国家区块链创新应用试点 @ 8-17 国家区块链创新应用"],
    ],
    [
      "a verb between 等 and the head belongs to each name",
      "统筹推进数字治理能力、全民数字素养等提升行动。",
      ["数字治理能力提升行动 @ 4-10 数字治理能力", "全民数字素养提升行动 @ 11-17 全民数字素养"],
    ],
  ])("%s", (_rule, text, expected) => {
    expect(programs(text)).toEqual(expected);
  });

  it.each([
    ["items before a field word", "全面落实扩大电信、医疗、教育等领域开放试点。"],
    ["items before an industry word", "推动汽车、光伏、钢铁等产业提升行动。"],
    ["places before 等地", "杭州、宁波等地试点。"],
    ["items before a category of works", "推进南水北调、引江济淮等重大工程。"],
  ])("leaves out %s", (_what, text) => {
    expect(programs(text)).toEqual([]);
  });
});

describe("one name per program in a report", () => {
  it("folds full-width forms: 人工智能＋ and 人工智能+ are one name", () => {
    expect(programs("深化拓展“人工智能＋”。实施“人工智能+”行动。")).toEqual([
      "人工智能+行动 @ 4-11 “人工智能＋”",
      "人工智能+行动 @ 14-23 “人工智能+”行动",
    ]);
  });

  it("gives a name used without its head word the name with it", () => {
    expect(programs("实行“证照分离”改革。推进“证照分离”。")).toEqual([
      "证照分离改革 @ 2-10 “证照分离”改革",
      "证照分离改革 @ 13-19 “证照分离”",
    ]);
  });
});
