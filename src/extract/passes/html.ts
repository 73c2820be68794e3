/**
 * HTML to text for pages saved from government web sites: the report without the site around it. Scripts,
 * styles, forms and the page's chrome go (navigation, header, footer, breadcrumbs, share bars, related links,
 * by tag, role, class/id, or because a block is nearly all links); block elements and table cells become line
 * breaks, so cells never run together; the labels of the page's info bar (来源：, 发布时间：…) each start a
 * line, so 03-metadata reads the source and date; the <title> loses its site suffix (…_政务公开_…门户网站).
 * Entities are decoded. Linear in the page's size (html-tree.ts).
 */
import { parseHtml, type HtmlElement, type HtmlNode } from "./html-tree.js";

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return true;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|br|span|body|head|table|td|li|a)\b/gi);
  return (tags?.length ?? 0) >= 5;
}

const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "nav",
  "header",
  "footer",
  "aside",
  "iframe",
  "svg",
  "select",
  "form",
  "template",
  "button",
  "textarea",
  "object",
  "map",
]);
const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "tr",
  "td",
  "th",
  "table",
  "tbody",
  "thead",
  "caption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "main",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "dl",
  "center",
  "hr",
  "address",
  "figure",
  "figcaption",
]);

/**
 * Class and id words of site chrome, as the CMSs of government sites name them (English and pinyin: dqwz 当前位置,
 * fx 分享, xgwz 相关文章, yqlj 友情链接, wzdt 网站地图). Matched against each word of a class or id split at - and _,
 * except header/head/top, which must be the whole name: an article's own header (`article-header`) holds its title.
 */
const CHROME_PART =
  /^(nav|navbar|navigation|menu|menus|submenu|footer|foot|bottom|copyright|breadcrumb|breadcrumbs|crumb|crumbs|position|location|weizhi|dqwz|share|bdshare|fenxiang|fx|related|relate|xgwz|xgxx|xglj|links|friendlinks|yqlj|sidebar|sidenav|search|login|toolbar|wzdt|sitemap|skip)$/i;
const CHROME_WHOLE = /^(header|head|top|top-?bar|top-?nav|site-header|page-header|gov-header)$/i;

function isChrome(e: HtmlElement): boolean {
  if (DROPPED.has(e.tag)) return true;
  if (e.attrs.role && /^(navigation|banner|contentinfo|search|menu|menubar)$/i.test(e.attrs.role)) return true;
  if (e.attrs.hidden !== undefined || /display\s*:\s*none/i.test(e.attrs.style ?? "")) return true;
  const names = `${e.attrs.class ?? ""} ${e.attrs.id ?? ""}`.split(/\s+/).filter(Boolean);
  return names.some((n) => CHROME_WHOLE.test(n) || n.split(/[-_]/).some((part) => CHROME_PART.test(part)));
}

interface LinkStats {
  text: number;
  linked: number;
  links: number;
}

/** Characters of text under each element (whitespace aside), how many sit inside links, and its links: one pass. */
function linkStatsOf(root: HtmlElement): WeakMap<HtmlElement, LinkStats> {
  const stats = new WeakMap<HtmlElement, LinkStats>();
  const visit = (e: HtmlElement, inLink: boolean): LinkStats => {
    const acc = { text: 0, linked: 0, links: e.tag === "a" ? 1 : 0 };
    if (!DROPPED.has(e.tag)) {
      for (const c of e.children) {
        if (typeof c === "string") {
          const n = c.replace(/\s+|&nbsp;/g, "").length;
          acc.text += n;
          if (inLink || e.tag === "a") acc.linked += n;
        } else {
          const s = visit(c, inLink || e.tag === "a");
          acc.text += s.text;
          acc.linked += s.linked;
          acc.links += s.links;
        }
      }
    }
    stats.set(e, acc);
    return acc;
  };
  visit(root, false);
  return stats;
}

const LINK_BLOCKS = new Set(["ul", "ol", "div", "table", "dl", "p", "section", "td", "tr", "span"]);

/** A list or block that is nearly all links is navigation (menus, 相关链接, 上一篇/下一篇), whatever its name. */
function isLinkBlock(e: HtmlElement, stats: WeakMap<HtmlElement, LinkStats>): boolean {
  const s = LINK_BLOCKS.has(e.tag) ? stats.get(e) : undefined;
  return !!s && s.links >= 3 && s.linked >= 0.7 * s.text;
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  middot: "·",
  hellip: "…",
  times: "×",
  divide: "÷",
  deg: "°",
  plusmn: "±",
  permil: "‰",
  bull: "•",
  copy: "©",
  reg: "®",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** A segment of a <title> that names the site or a channel of it, not the page: 政务公开, …人民政府门户网站, 首页. */
const SITE_SEGMENT =
  /(网站|门户|网|首页|主页|频道|栏目|政务公开|信息公开|公开目录|通知公告|公示公告|新闻中心|新闻动态|工作动态|要闻|政策文件|国务院文件|法治政府建设|规划计划|人民政府|政府|gov\.cn)$/i;
/** Separators sites put between the page's title and their own names: _ | ｜, and dashes unless between digits (2021-2035年). */
const TITLE_SEPARATOR = /(\s*[_|｜]\s*|\s+[-－–—]{1,2}\s+|(?<!\d)[-－](?!\d))/;

/** 关于…的报告_政务公开_荆州市沙市区人民政府门户网站 → 关于…的报告: site and channel segments cut from both ends. */
export function pageTitle(title: string): string {
  // odd indices are the separators, kept so the title keeps its own dashes
  const tokens = title.trim().split(TITLE_SEPARATOR);
  let from = 0;
  let to = (tokens.length + 1) / 2;
  while (to - from > 1 && SITE_SEGMENT.test(tokens[2 * (to - 1)]!.trim())) to--;
  while (to - from > 1 && SITE_SEGMENT.test(tokens[2 * from]!.trim())) from++;
  return tokens
    .slice(2 * from, 2 * to - 1)
    .join("")
    .trim();
}

/** Labels of a page's info bar; each starts its own line so that `来源：X` is a line of its own. */
const INFO_LABEL =
  /[ \t\u3000]+(?=(?:来源|稿源|信息来源|发布时间|发布日期|发文日期|时间|日期|作者|编辑|责任编辑|浏览次数|浏览量|点击数|阅读次数|访问量|字号)\s*[:：])/g;

function textOf(node: HtmlNode, out: string[], stats: WeakMap<HtmlElement, LinkStats>): void {
  if (typeof node === "string") {
    out.push(node);
    return;
  }
  if (node.tag === "title") {
    const title = decodeEntities(node.children.join("")).replace(/\s+/g, " ").trim();
    out.push("\n", pageTitle(title), "\n");
    return;
  }
  if (node.tag !== "#root" && (isChrome(node) || isLinkBlock(node, stats))) {
    out.push("\n");
    return;
  }
  const block = BLOCK.has(node.tag);
  if (block) out.push("\n");
  for (const c of node.children) textOf(c, out, stats);
  if (block) out.push("\n");
}

const SOURCE_BREAK = /[ \t]*[\r\n]+[ \t]*/g;
const HAN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const joinBreak = (_: string, at: number, s: string, length = _.length) =>
  at > 0 && HAN.test(s[at - 1]!) && HAN.test(s[at + length] ?? "") ? "" : " ";

export function htmlToText(html: string): string {
  const parts: string[] = [];
  const root = parseHtml(html);
  textOf(root, parts, linkStatsOf(root));
  // a line break inside a text node is a space in HTML, and nothing between two Chinese characters
  const text = parts.map((p) => (p === "\n" ? p : p.replace(SOURCE_BREAK, joinBreak))).join("");
  return decodeEntities(text)
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \t\r\f\v\u00a0]+/g, " ")
        .trim()
        .replace(INFO_LABEL, "\n"),
    )
    .flatMap((line) => line.split("\n").map((l) => l.trim()))
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}
