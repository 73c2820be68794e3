import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ExtractError, decodeReport, extractReport } from "../../src/extract/index.js";
import { offsetErrors } from "./evidence.js";

const seed = readFileSync(new URL("../../seeds/000_183ecd7d30420280.txt", import.meta.url), "utf8");
const idsOf = (r: ReturnType<typeof extractReport>) => r.entities.map((e) => e.id).sort();

function expectCode(run: () => unknown, code: string): ExtractError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe(code);
    expect((error as Error).message).not.toContain("\n");
    return error as ExtractError;
  }
  throw new Error(`expected ${code}`);
}

describe("bad and unusual input", () => {
  it.each([
    ["an empty buffer", Buffer.alloc(0), "EMPTY_INPUT"],
    ["an empty string", "", "EMPTY_INPUT"],
    ["whitespace only", " \n\t\u3000 \r\n", "EMPTY_INPUT"],
    ["PNG bytes", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "NOT_TEXT"],
    ["zip bytes", Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), "NOT_TEXT"],
    ["random binary with NUL bytes", Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37) % 256)), "NOT_TEXT"],
    ["mostly control characters", "\u0001\u0002\u0003\u0004\u0005abc\u0006\u0007\u0008", "NOT_TEXT"],
  ])("rejects %s with a coded one-line error", (_what, input, code) => {
    expectCode(() => extractReport(input as Buffer | string), code);
  });

  it("rejects bytes that are neither UTF-8 nor GB18030 text", () => {
    // 0x80 and 0xFF are never valid lead bytes in GB18030, and never valid UTF-8
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0x80 : 0xff)));
    expectCode(() => extractReport(junk), "UNKNOWN_ENCODING");
  });

  it("keeps a UTF-8 text with a few invalid bytes, replacing them", () => {
    const bytes = Buffer.concat([
      Buffer.from(seed.slice(0, 2000)),
      Buffer.from([0xff, 0xfe, 0xc0]),
      Buffer.from(seed.slice(2000)),
    ]);
    const result = extractReport(bytes);
    expect(result.report.issuer).toBe("荆州市沙市区人民政府");
  });

  it("decodes a GBK copy of the seed to the same result as the UTF-8 one, report id included", () => {
    // GBK has no no-break space (U+00A0): a GBK copy writes a plain space there, which the report id ignores
    const gbk = iconv.encode(seed.replace(/\u00a0/g, " "), "gbk");
    expect(decodeReport(gbk).encoding).toBe("gb18030");
    expect(idsOf(extractReport(gbk))).toEqual(idsOf(extractReport(seed)));
    expect(extractReport(gbk).report.id).toBe(extractReport(seed).report.id);
  });

  it("decodes GB18030 and UTF-16 with a byte-order mark", () => {
    expect(decodeReport(iconv.encode(seed, "gb18030")).text).toBe(seed);
    expect(decodeReport(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seed, "utf-16le")])).text).toBe(seed);
    expect(decodeReport(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(seed, "utf-16be")])).text).toBe(seed);
  });

  it("reads an HTML page without its scripts, styles and navigation", () => {
    const html = `<!DOCTYPE html><html><head><title>x</title><style>.a{color:red}</style>
      <script>var 区政府 = "国务院";</script></head><body><nav>首页 区人社局 下载 打印</nav>
      <p>${seed.split("\n").slice(0, 10).join("</p>\n<p>")}</p><footer>主办单位：湖北省档案局</footer></body></html>`;
    const { text, html: wasHtml } = decodeReport(html);
    expect(wasHtml).toBe(true);
    expect(text).not.toMatch(/<|color:red|var /);
    const result = extractReport(html);
    expect(offsetErrors(text, result)).toEqual([]);
    expect(result.report.issuer).toBe("荆州市沙市区人民政府");
    expect(result.entities.find((e) => e.name.includes("档案局"))).toBeUndefined();
  });

  it("returns empty lists for a text that names nothing", () => {
    const result = extractReport("今天天气很好，我们去公园散步。\n晚上吃饭。");
    expect(result.entities).toEqual([]);
    expect(result.relations).toEqual([]);
  });

  it("handles a file that holds only a title", () => {
    const result = extractReport("荆州市沙市区人民政府关于2016年法治政府建设工作的报告");
    expect(result.report.title).toBe("荆州市沙市区人民政府关于2016年法治政府建设工作的报告");
    expect(result.report.year).toBe(2016);
    expect(result.report.jurisdiction).toBe("湖北省荆州市沙市区");
  });

  it("keeps offsets valid in a text with control characters", () => {
    const text = seed.slice(0, 1500).replace(/。/g, "。\u000b").replace("区政府", "区\u0001政府");
    expect(offsetErrors(text, extractReport(text))).toEqual([]);
  });

  it("skips unpaired 《 and “ and an extremely long 《…》 span", () => {
    const text = `区政府贯彻《行政诉讼法。区卫计局开展“打击行动,立案19起。\n区政府执行《${"很长".repeat(5000)}》。区政府贯彻落实《中华人民共和国政府信息公开条例》。`;
    const result = extractReport(text);
    expect(offsetErrors(text, result)).toEqual([]);
    const laws = result.entities.filter((e) => e.type === "Law").map((e) => e.name);
    expect(laws).toContain("中华人民共和国政府信息公开条例");
    expect(laws.every((l) => l.length < 100)).toBe(true);
  });

  it("refuses a 50 MB input with TOO_LARGE before decoding it", () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x41);
    const error = expectCode(() => extractReport(big), "TOO_LARGE");
    expect(error.message).toBe("input is 50.0 MB; the limit is 20.0 MB (set MAX_REPORT_MB)");
    expectCode(() => extractReport(Buffer.alloc(2048, 0x41), {}, { maxBytes: 1024 }), "TOO_LARGE");
  });

  // How fast is a benchmark's question (bench/); here: a 5 MB line with no sentence break is read at all.
  it("extracts a single 5 MB line with no line break", () => {
    const unit = seed.replace(/\n/g, " ");
    const line = unit.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(unit))).slice(0, 1_800_000);
    const result = extractReport(line);
    expect(result.entities.length).toBeGreaterThan(10);
  });

  it("lets caller metadata override what the text says", () => {
    const result = extractReport(seed, {
      title: "自定标题",
      publishedAt: "2017-04-01",
      issuer: "荆州市沙市区人民政府",
      sourceUrl: "http://example.org/r",
    });
    expect(result.report).toMatchObject({
      title: "自定标题",
      publishedAt: "2017-04-01",
      issuer: "荆州市沙市区人民政府",
      sourceUrl: "http://example.org/r",
    });
  });

  it("gives two different texts two report ids, whatever the metadata says", () => {
    const a = extractReport(seed, { sourceUrl: "http://example.org/r" });
    const b = extractReport(seed.replace("调解成功率99.2%", "调解成功率99.3%"), { sourceUrl: "http://example.org/r" });
    expect(b.report.id).not.toBe(a.report.id);
    expect(b.report.contentHash).not.toBe(a.report.contentHash);
    expect(extractReport(seed, { title: "自定标题", issuer: "荆州市沙市区人民政府" }).report.id).toBe(
      extractReport(seed).report.id,
    );
  });

  it("gives the same text with other whitespace, line breaks or full-width forms the same id and content hash", () => {
    const a = extractReport(seed).report;
    const variants = [
      seed.replace(/\n/g, "\r\n"),
      seed.replace(/\n/g, "\n\n　　"),
      seed.replace(/。/g, "。 ").replace(/,/g, "，"),
      `\ufeff${seed}\n\n`,
    ];
    for (const text of variants)
      expect(extractReport(text).report).toMatchObject({ id: a.id, contentHash: a.contentHash });
  });
});
