import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ExtractError, decodeReport, extractReport } from "../../src/extract/index.js";

const bad = (name: string) => readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url));
const seed = readFileSync(new URL("../../seeds/000_183ecd7d30420280.txt", import.meta.url), "utf8");
// an old report with few ASCII characters: its NUL bytes in UTF-16 are as often from 一 (U+4E00) as from ASCII
const national1957 = readFileSync(
  new URL("../fixtures/corpus-national/国务院-1957-政府工作报告.txt", import.meta.url),
  "utf8",
);
/** the texts tests/fixtures/bad/make.mjs encodes */
const REPORT =
  "沙市区人民政府关于2016年法治政府建设工作的报告\n\n区卫计局贯彻落实《中华人民共和国行政诉讼法》,开展打击非法行医行动,立案19起。\n";
const TRADITIONAL =
  "沙市區人民政府關於2016年法治政府建設工作的報告\n\n區衛計局貫徹落實《中華人民共和國行政訴訟法》，開展打擊非法行醫行動，立案19起。區人民政府堅持依法行政，全面推進政務公開。\n";
const ids = (r: ReturnType<typeof extractReport>) => r.entities.map((e) => e.id).sort();

function refusal(run: () => unknown): ExtractError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    return error as ExtractError;
  }
  throw new Error("expected the input to be refused");
}

describe("text in an encoding it does not name", () => {
  it.each([
    ["report.utf16le.txt", "utf-16le"],
    ["report.utf16be.txt", "utf-16be"],
  ])("reads %s (UTF-16 without a byte-order mark) as the same report as its UTF-8 copy", (file, encoding) => {
    expect(decodeReport(bad(file))).toEqual({ text: REPORT, encoding, html: false });
    expect(ids(extractReport(bad(file)))).toEqual(ids(extractReport(REPORT)));
  });

  it.each([
    ["the seed", seed],
    ["the 1957 national report", national1957],
  ])("reads %s in UTF-16 without a byte-order mark, either byte order", (_, text) => {
    expect(decodeReport(iconv.encode(text, "utf-16le")).text).toBe(text);
    expect(decodeReport(iconv.encode(text, "utf-16be")).text).toBe(text);
  });

  it("reads Big5 as Big5, not as GBK mojibake, and finds only what the text says", () => {
    const decoded = decodeReport(bad("report.big5.txt"));
    expect(decoded).toEqual({ text: TRADITIONAL, encoding: "big5", html: false });
    const result = extractReport(bad("report.big5.txt"));
    expect(ids(result)).toEqual(ids(extractReport(TRADITIONAL)));
    for (const m of result.entities.flatMap((e) => e.mentions)) expect(TRADITIONAL.slice(m.start, m.end)).toBe(m.text);
  });

  it("still reads GBK as GBK, also a long text with traditional characters in it", () => {
    const gbk = iconv.encode(national1957, "gbk");
    expect(decodeReport(gbk)).toMatchObject({ text: iconv.decode(gbk, "gbk"), encoding: "gb18030" });
    expect(decodeReport(iconv.encode(REPORT, "gbk"))).toMatchObject({ text: REPORT, encoding: "gb18030" });
  });

  it("refuses Big5 with bytes Big5 does not allow in one line, instead of reading it as something else", () => {
    const error = refusal(() => extractReport(bad("report.big5-broken.txt")));
    expect(error.code).toBe("UNKNOWN_ENCODING");
    expect(error.message).toBe(
      "input looks like Big5 (traditional Chinese) but has bytes Big5 does not allow; convert it to UTF-8",
    );
  });

  it("still refuses binary with NUL bytes, and UTF-16 cut in the middle of a character", () => {
    expect(refusal(() => extractReport(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)))).code).toBe(
      "NOT_TEXT",
    );
    expect(refusal(() => extractReport(bad("report.utf16le.txt").subarray(0, 51))).code).toBe("NOT_TEXT");
  });
});
