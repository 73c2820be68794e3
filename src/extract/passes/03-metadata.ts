/**
 * Pass 3: title, publication date, source line and year reported on, from the header lines;
 * caller metadata overrides each of them.
 */
import type { Doc, ReportHeader, Span } from "../document.js";

/** Page furniture of government web sites: short lines that are buttons, not text. */
const FURNITURE = /^(下载|打印|全屏|收藏|关闭|分享|分享到|【?字号[:]?|加大|还原|减小|大|中|小|】|【|返回|首页|当前位置.*|繁体|简体|无障碍.*|扫一扫.*|索引号.*|浏览量.*|浏览次数.*)$/;

const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [/(\d{4})年(\d{1,2})月(\d{1,2})日/, (m) => [+m[1], +m[2], +m[3]]],
  [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, (m) => [+m[1], +m[2], +m[3]]],
  // 06.03.2017: day.month.year, as European-style CMS date lines write it
  [/(\d{1,2})\.(\d{1,2})\.(\d{4})/, (m) => [+m[3], +m[2], +m[1]]],
];

export function parseDate(text: string): string | null {
  for (const [re, parts] of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return null;
}

interface Line extends Span {
  text: string;
}

export function linesOf(norm: string, limit: number, max = Infinity): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < limit && lines.length < max; ) {
    let end = norm.indexOf("\n", start);
    if (end < 0 || end > limit) end = limit;
    const raw = norm.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) lines.push({ start: start + lead, end: start + lead + text.length, text });
    start = end + 1;
  }
  return lines;
}

const LABELED_DATE = /(发布日期|生成日期|发布时间|成文日期|日期|时间)[:]\s*/;
const DATE_ONLY_LINE = /^[\d.\-/年月日: ]{8,24}$/;
const SOURCE_LINE = /^[(]?(?:来源|稿源|供稿)[:]\s*(.{1,40}?)[)]?$/;
const SOURCE_CREDIT = /[(]([^()\n]{2,40}供稿)[)]\s*$/;
const ISSUER_LINE = /^(发布机构|发文机关|发布单位)[:]/;

function titleOf(lines: Line[]): Line | undefined {
  const candidates = lines.filter((l) => !FURNITURE.test(l.text) && /[\u4e00-\u9fff]/.test(l.text));
  const early = candidates.slice(0, 8);
  const reportLine =
    early.find((l) => /(报告|通知|总结)$/.test(l.text) && l.text.length <= 80) ??
    early.find((l) => /报告|通知|总结|情况/.test(l.text) && l.text.length <= 80);
  const line = reportLine ?? candidates.find((l) => l.text.length >= 6 && l.text.length <= 80) ?? candidates[0];
  if (!line || line.text.length <= 200) return line;
  // a first line that is a whole paragraph: its first sentence (at most 80 chars) stands for the title
  const stop = line.text.slice(0, 80).search(/[。!?]/);
  const length = stop > 0 ? stop : 80;
  return { start: line.start, end: line.start + length, text: line.text.slice(0, length) };
}

export function readMetadata(doc: Doc): Doc {
  const head = linesOf(doc.norm, Math.min(doc.norm.length, 4000), 20);
  const title = titleOf(head);
  let publishedAt: string | null = null;
  for (const l of head) {
    const m = LABELED_DATE.exec(l.text);
    if (m && (publishedAt = parseDate(l.text.slice(m.index)))) break;
  }
  publishedAt ??= head.filter((l) => DATE_ONLY_LINE.test(l.text)).map((l) => parseDate(l.text)).find(Boolean) ?? null;
  let source: string | null = null;
  for (const l of head) {
    const m = SOURCE_LINE.exec(l.text);
    if (m) source = m[1].trim();
  }
  const issuerLine = head.find((l) => ISSUER_LINE.test(l.text));
  // page furniture and the source/time lines of the page header carry no entities
  const furniture = head
    .filter((l) => FURNITURE.test(l.text) || SOURCE_LINE.test(l.text) || /^(时间|日期|发布时间|发布日期)[:]/.test(l.text))
    .map((l) => ({ start: l.start, end: l.end }));

  const header: ReportHeader = {
    title: doc.meta.title?.trim() || (title ? doc.text.slice(title.start, title.end).trim() : ""),
    titleSpan: doc.meta.title ? undefined : title && { start: title.start, end: title.end },
    publishedAt: doc.meta.publishedAt ? parseDate(doc.meta.publishedAt) ?? doc.meta.publishedAt : publishedAt,
    source,
    year: null,
    issuerLine: issuerLine && { start: issuerLine.start, end: issuerLine.end },
    furniture,
  };
  const titleYear = /((?:19|20)\d{2})年/.exec(header.title.replace(/年度/, "年"));
  header.year = titleYear ? +titleYear[1] : header.publishedAt ? +header.publishedAt.slice(0, 4) - 1 : null;
  return { ...doc, header };
}

/** The source credit at the end of the body (e.g. "荆州沙市区政府法制办供稿"), found by pass 4. */
export function sourceCreditIn(line: string): string | null {
  return SOURCE_CREDIT.exec(line)?.[1] ?? null;
}
