import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeReport, extractReport } from "../../src/extract/index.js";
import { pageTitle } from "../../src/extract/passes/html.js";

// A report page as government sites serve it (written for this test after the usual TRS/CMS layout): top bar,
// header with search, menu, breadcrumb, side column, the 信息公开 table, title, info bar (来源/发布时间/浏览次数/字号),
// the report with a table, share bar, print/close, 上一篇/下一篇, 相关文章, 友情链接, footer, scripts.
const page = readFileSync(new URL("../fixtures/html/gov-report-page.html", import.meta.url));
const TITLE = "沙市区人民政府关于2016年法治政府建设工作的报告";
/** words only the page's chrome has: menus, breadcrumb, side column, share bar, neighbours, related, links, footer, scripts */
const CHROME = [
  "欢迎访问",
  "无障碍",
  "搜索",
  "政务服务",
  "互动交流",
  "走进沙市",
  "当前位置",
  "政府信息公开指南",
  "分享到",
  "微博",
  "上一篇",
  "下一篇",
  "公安分局",
  "教育局",
  "相关文章",
  "区人社局",
  "区民政局",
  "社会救助暂行办法",
  "区审计局",
  "友情链接",
  "湖北省人民政府",
  "主办单位",
  "承办单位",
  "政务服务和大数据管理局",
  "版权所有",
  "ICP",
  "网站地图",
  "门户网站",
  "_政务公开",
];

describe("a report page saved from a government web site", () => {
  const { text, html } = decodeReport(page);
  const result = extractReport(page);

  it("keeps the report and drops the site around it", () => {
    expect(html).toBe(true);
    for (const word of CHROME) expect(text, word).not.toContain(word);
    expect(text).toContain("一是部分行政执法人员法治意识不强；二是行政复议和应诉工作有待加强。");
  });

  it("takes the title from <title> without the site's suffix, and the source and date from the info bar", () => {
    expect(text.split("\n")[0]).toBe(TITLE);
    expect(result.report).toMatchObject({
      title: TITLE,
      source: "沙市区司法局",
      publishedAt: "2017-03-06",
      year: 2016,
    });
  });

  it("keeps table cells apart, one per line", () => {
    const lines = text.split("\n");
    for (const cell of ["单位", "行政处罚案件", "区卫计局", "19", "区市场监管局", "42", "发布机构：", "沙市区司法局"])
      expect(lines).toContain(cell);
  });

  it("joins a paragraph the page's source wrapped between two Chinese characters, without a space", () => {
    expect(text).toContain("（2015—2020年）》，全面推进依法行政。");
  });

  it("finds the agencies the report names, and none from the chrome", () => {
    const agencies = result.entities
      .filter((e) => e.type === "Agency" && e.mentions.length > 0)
      .map((e) => e.name)
      .sort();
    expect(agencies).toEqual(
      [
        "中共荆州市沙市区委员会",
        "荆州市沙市区人民政府",
        "荆州市沙市区司法局",
        "荆州市沙市区卫生和计划生育局",
        "荆州市沙市区市场监督管理局",
      ].sort(),
    );
    const mentioned = result.entities.flatMap((e) => e.mentions.map((m) => m.text)).join(" ");
    for (const word of CHROME) expect(mentioned, word).not.toContain(word);
  });
});

describe("site chrome without names", () => {
  it("drops a navigation column of an old table layout because it is all links", () => {
    const old = `<html><body><table><tr><td><a href="/">首页</a><br><a href="/a">区人社局</a><br><a href="/b">区民政局</a><br><a href="/c">区审计局</a></td>
      <td><p>区政府贯彻落实《中华人民共和国行政诉讼法》。</p><p>详见<a href="/d">附件</a>。</p></td></tr></table></body></html>`;
    expect(decodeReport(old).text).toBe("区政府贯彻落实《中华人民共和国行政诉讼法》。\n\n详见附件。");
  });
});

describe("page titles", () => {
  it.each([
    [
      "沙市区人民政府关于2016年法治政府建设工作的报告_政务公开_荆州市沙市区人民政府门户网站",
      "沙市区人民政府关于2016年法治政府建设工作的报告",
    ],
    [
      "国务院关于印发法治政府建设实施纲要（2021-2025年）的通知_国务院文件_中国政府网",
      "国务院关于印发法治政府建设实施纲要（2021-2025年）的通知",
    ],
    ["2023年政府工作报告 - 北京市人民政府", "2023年政府工作报告"],
    ["首页 | 关于2024年度法治政府建设情况的报告 | 某某县人民政府", "关于2024年度法治政府建设情况的报告"],
    ["坚持依法治国——在某会议上的讲话", "坚持依法治国——在某会议上的讲话"],
    ["中华人民共和国国务院", "中华人民共和国国务院"],
  ])("cuts the site from %s", (title, want) => expect(pageTitle(title)).toBe(want));
});
