/**
 * Pass 4: where the report body ends. Web copies carry related headlines, editor credits and
 * page footers after the report; everything after bodyEnd is kept out of entities and relations.
 */
import type { Doc } from "../document.js";
import { linesOf } from "../util/lines.js";

/**
 * Lines that start the page footer: the body ends before them. News and government sites (相关报道 … Copyright),
 * and Wikisource's licence box (本作品是中华人民共和国的法律、法规… / 本作品在全世界都属于公有领域… / Public domain),
 * which every copy of a report taken from Wikisource carries after the text.
 */
const FOOTER_LINE =
  /^(相关报道|相关链接|相关新闻|相关阅读|相关文章|延伸阅读|责任编辑|编辑[:]|【?责任编辑|上一篇|下一篇|【打印|【关闭|关闭窗口|打印本页|扫一扫|分享到|附件下载|网站地图|主办单位|版权所有|Copyright|本作品(是|在|于|属于|来自|采用)|Public domain$)/i;

/** The source credit that ends a body (e.g. "(荆州沙市区政府法制办供稿)"). */
const SOURCE_CREDIT = /[(]([^()\n]{2,40}供稿)[)]\s*$/;

function sourceCreditIn(line: string): string | null {
  return SOURCE_CREDIT.exec(line)?.[1] ?? null;
}

export function findBodyEnd(doc: Doc): Doc {
  const lines = linesOf(doc.norm, doc.norm.length);
  // footers are searched in the later part only, so header furniture (分享到 ...) cannot end the body
  const firstEligible = Math.floor(lines.length / 3);
  let bodyEnd = lines.length ? lines[lines.length - 1].end : 0;
  let source = doc.header.source;
  for (let i = firstEligible; i < lines.length; i++) {
    const credit = sourceCreditIn(lines[i].text);
    if (credit) {
      bodyEnd = lines[i].end;
      source = doc.header.source ?? credit;
      break;
    }
    if (FOOTER_LINE.test(lines[i].text)) {
      bodyEnd = i > 0 ? lines[i - 1].end : lines[i].start;
      break;
    }
  }
  return { ...doc, bodyEnd, header: { ...doc.header, source } };
}
