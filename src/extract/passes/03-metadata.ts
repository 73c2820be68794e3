/**
 * Pass 3: title, publication date, source line, report type and year, from the header lines and, for a
 * 政府工作报告 without a title line, from the speech itself (identity/: the session line, 我代表X人民政府, the
 * review heading …); caller metadata overrides each of them. A title built because the text has none is marked
 * `titleInferred`; a year or issuer the text does not give stays null (never a guess).
 */
import type { Doc, ReportHeader } from "../document.js";
import { arabicYears } from "../identity/chinese-numbers.js";
import { compactText, reportIdentityOfCompact } from "../identity/report-id.js";
import { issuerPlaceOf } from "../identity/report-issuer.js";
import { reportTypeOf } from "../identity/report-type.js";
import { sessionDate, yearOfWorkReport } from "../identity/report-year.js";
import { divisionsByCode } from "../lexicon/divisions.js";
import { linesOf, type Line } from "../util/lines.js";
import { jurisdictionOfText } from "./place-scan.js";

/** Page furniture of government web sites: short lines that are buttons, not text. */
const FURNITURE =
  /^(下载|打印|全屏|收藏|关闭|分享|分享到|【?字号[:]?|加大|还原|减小|大|中|小|】|【|返回|首页|当前位置.*|繁体|简体|无障碍.*|扫一扫.*|索引号.*|浏览量.*|浏览次数.*)$/;

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

const LABELED_DATE = /(发布日期|生成日期|发布时间|成文日期|日期|时间)[:]\s*/;
const DATE_ONLY_LINE = /^[\d.\-/年月日: ]{8,24}$/;
const SOURCE_LINE = /^[(]?(?:来源|稿源|供稿)[:]\s*(.{1,40}?)[)]?$/;
const ISSUER_LINE = /^(发布机构|发文机关|发布单位)[:]/;

/** Lines that are never a title: the speech (各位代表：, 我代表…), the session, date and speaker lines, captions. */
const NOT_A_TITLE = [
  /^各位代表/,
  /我代表|请予审议/,
  /[:;,。!?]$/,
  /^-*\s*\d{4}年\d{1,2}月\d{1,2}日/,
  /会议上$/,
  /(?:省长|市长|区长|县长|州长|旗长|主席|总理)\s*\S{1,4}(?:\s\S{1,2})?$/,
  /摄$|记者/,
  // section headings of the speech: 一、…, (一)…, 第一部分
  /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+部分)/,
];

function isTitleLine(l: Line): boolean {
  return !NOT_A_TITLE.some((re) => re.test(l.text));
}

function titleOf(lines: Line[]): { line?: Line; inferred: boolean } {
  const candidates = lines.filter((l) => !FURNITURE.test(l.text) && /[\u4e00-\u9fff]/.test(l.text));
  // the title comes before the speech: nothing after 各位代表 is one
  const speech = candidates.findIndex((l) => /^各位代表/.test(l.text));
  const early = candidates.slice(0, speech < 0 ? 8 : Math.min(8, speech)).filter(isTitleLine);
  const reportLine =
    early.find((l) => /(报告|通知|总结)$/.test(l.text) && l.text.length <= 80) ??
    early.find((l) => /报告|通知|总结|情况/.test(l.text) && l.text.length <= 80);
  if (reportLine) return { line: reportLine, inferred: false };
  // no title line: the first line (of a whole paragraph, its first sentence, at most 80 chars) stands for one
  const line = candidates.find((l) => l.text.length >= 6 && l.text.length <= 80) ?? candidates[0];
  if (!line || line.text.length <= 200) return { line, inferred: true };
  const stop = line.text.slice(0, 80).search(/[。!?]/);
  const length = stop > 0 ? stop : 80;
  return { line: { start: line.start, end: line.start + length, text: line.text.slice(0, length) }, inferred: true };
}

/** A title without a place or a government in it: 政府工作报告, 2019年政府工作报告. */
function namesNobody(title: string): boolean {
  return !/国务院/.test(title) && !jurisdictionOfText(title);
}

/** 2022年广东省政府工作报告, 2019年国务院政府工作报告: the usual published title, for a speech that has none. */
function workReportTitle(year: number | null, issuer: string | undefined, compact: string): string {
  let who = "";
  if (issuer) who = issuer.replace(/人民政府$/, "政府").replace(/政府$/, "");
  else {
    const place = issuerPlaceOf(compact);
    if (place) who = "national" in place ? "国务院" : divisionsByCode.get(place.code)!.name;
  }
  return `${year ? `${year}年` : ""}${who}政府工作报告`;
}

export function readMetadata(doc: Doc): Doc {
  const head = linesOf(doc.norm, Math.min(doc.norm.length, 4000), 20);
  const found = titleOf(head);
  const title = found.line;
  const spaceless = compactText(doc.text);
  const compact = arabicYears(spaceless);
  const callerTitle = doc.meta.title?.trim();
  const type = reportTypeOf(callerTitle ?? (found.inferred ? "" : (title?.text ?? "")), compact);
  const workReport = type === "政府工作报告";

  let publishedAt: string | null = workReport ? sessionDate(compact) : null;
  for (const l of publishedAt ? [] : head) {
    const m = LABELED_DATE.exec(l.text);
    if (m && (publishedAt = parseDate(l.text.slice(m.index)))) break;
  }
  publishedAt ??=
    head
      .filter((l) => DATE_ONLY_LINE.test(l.text))
      .map((l) => parseDate(l.text))
      .find(Boolean) ?? null;
  let source: string | null = null;
  for (const l of head) {
    const m = SOURCE_LINE.exec(l.text);
    if (m) source = m[1].trim();
  }
  const issuerLine = head.find((l) => ISSUER_LINE.test(l.text));
  // page furniture and the source/time lines of the page header carry no entities
  const furniture = head
    .filter(
      (l) => FURNITURE.test(l.text) || SOURCE_LINE.test(l.text) || /^(时间|日期|发布时间|发布日期)[:]/.test(l.text),
    )
    .map((l) => ({ start: l.start, end: l.end }));

  const callerDate = doc.meta.publishedAt ? (parseDate(doc.meta.publishedAt) ?? doc.meta.publishedAt) : null;
  const titleText = callerTitle || (title && !found.inferred ? doc.text.slice(title.start, title.end).trim() : "");
  const { year, yearFrom } = yearOf(titleText, callerDate, publishedAt, workReport, compact);
  const inferredTitle = !titleText && workReport ? workReportTitle(year, doc.meta.issuer?.trim(), compact) : null;

  // A 政府工作报告 whose title names nobody (a bare 政府工作报告 line): the speech says whose it is. The issuer and
  // jurisdiction passes read it as caller metadata would be read; `issuerInferred` says it was not the caller's.
  let meta = doc.meta;
  let issuerInferred: string | undefined;
  if (workReport && !meta.issuer?.trim() && titleText && !inferredTitle && namesNobody(titleText)) {
    const place = issuerPlaceOf(compact);
    if (place) {
      issuerInferred = "national" in place ? "国务院" : `${divisionsByCode.get(place.code)!.name}人民政府`;
      meta = { ...meta, issuer: issuerInferred };
    }
  }

  const identity = reportIdentityOfCompact(spaceless, doc.meta);
  const header: ReportHeader = {
    reportId: identity.id,
    contentHash: identity.contentHash,
    callerMeta: doc.meta,
    title: titleText || inferredTitle || (title ? doc.text.slice(title.start, title.end).trim() : ""),
    titleSpan: callerTitle || inferredTitle ? undefined : title && { start: title.start, end: title.end },
    titleInferred: !callerTitle && (found.inferred || !title),
    reportType: type,
    publishedAt: callerDate ?? publishedAt,
    source,
    year,
    yearFrom,
    issuerLine: issuerLine && { start: issuerLine.start, end: issuerLine.end },
    furniture,
    ...(issuerInferred ? { issuerInferred } : {}),
  };
  return { ...doc, meta, header };
}

/**
 * The year: the one in the title (caller's or the text's); else, from a publication date, the year before it
 * (reports on a year are published after it) or, for a 政府工作报告, its own year (the year it is delivered);
 * else, for a 政府工作报告, what the speech says (identity/report-year.ts). `yearFrom` says which.
 */
function yearOf(
  title: string,
  callerDate: string | null,
  textDate: string | null,
  workReport: boolean,
  compact: string,
) {
  const titleYear = /((?:19|20)\d{2})年/.exec(title.replace(/年度/, "年"));
  if (titleYear) return { year: +titleYear[1], yearFrom: "title" };
  const fromDate = (date: string) => +date.slice(0, 4) - (workReport ? 0 : 1);
  if (callerDate && /^\d{4}/.test(callerDate)) return { year: fromDate(callerDate), yearFrom: "publishedAt" };
  if (workReport) {
    const said = yearOfWorkReport(compact);
    if (said) return { year: said.year, yearFrom: `${said.weak ? "weak: " : ""}${said.basis.join("; ")}` };
  }
  if (textDate) return { year: fromDate(textDate), yearFrom: "publishedAt" };
  return { year: null, yearFrom: null };
}
