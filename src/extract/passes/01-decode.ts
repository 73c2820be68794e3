/**
 * Pass 1: bytes -> text. Detects UTF-8, UTF-16 (with or without BOM), GBK/GB18030 and Big5, and rejects binary
 * input, all before any work proportional to a too-large input. A text whose encoding cannot be told is refused,
 * never decoded into mojibake. HTML is reduced to its text (html.ts).
 */
import iconv from "iconv-lite";
import { ExtractError, formatMegabytes } from "../errors.js";
import { doubleByteStats, plausibleText } from "./encoding-sniff.js";
import { looksLikeHtml, htmlToText } from "./html.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface DecodedReport {
  text: string;
  encoding: Encoding;
  html: boolean;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const BINARY_MAGIC: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["ZIP archive (docx/xlsx?)", [0x50, 0x4b, 0x03, 0x04]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["gzip archive", [0x1f, 0x8b]],
  ["old Word/Excel document", [0xd0, 0xcf, 0x11, 0xe0]],
];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

function tooLarge(bytes: number, maxBytes: number): ExtractError {
  return new ExtractError(
    "TOO_LARGE",
    `input is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(maxBytes)} (set MAX_REPORT_MB)`,
  );
}

/** Share of U+FFFD replacement characters; high means the guessed encoding is wrong. */
function replacementShare(text: string): number {
  let bad = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) bad++;
  return text.length ? bad / text.length : 0;
}

function decodeBytes(buf: Buffer): { text: string; encoding: Encoding } {
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return { text: buf.subarray(3).toString("utf8"), encoding: "utf-8" };
  if (startsWith(buf, [0xff, 0xfe])) return { text: iconv.decode(buf.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (startsWith(buf, [0xfe, 0xff])) return { text: iconv.decode(buf.subarray(2), "utf-16be"), encoding: "utf-16be" };
  for (const [what, magic] of BINARY_MAGIC) {
    if (startsWith(buf, magic)) throw new ExtractError("NOT_TEXT", `input is a ${what}, not a text report`);
  }
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return decodeUtf16WithoutBom(buf);
  const utf8 = buf.toString("utf8");
  const utf8Bad = replacementShare(utf8);
  if (utf8Bad === 0) return { text: utf8, encoding: "utf-8" };
  const legacy = decodeDoubleByte(buf);
  if (!(legacy instanceof ExtractError) && legacy && replacementShare(legacy.text) < utf8Bad) return legacy;
  // A few broken bytes in an otherwise UTF-8 text: keep it, with U+FFFD where the bytes were.
  if (utf8Bad < 0.01) return { text: utf8, encoding: "utf-8" };
  if (legacy instanceof ExtractError) throw legacy;
  throw new ExtractError("UNKNOWN_ENCODING", "input is neither UTF-8, UTF-16, GBK/GB18030 nor Big5 text");
}

/** NUL bytes: UTF-16 when one byte order reads as a report (ASCII's high bytes are the NULs), else binary. */
function decodeUtf16WithoutBom(buf: Buffer): { text: string; encoding: Encoding } {
  if (buf.length % 2 === 0) {
    for (const order of ["utf-16le", "utf-16be"] as const) {
      const text = iconv.decode(buf, order);
      if (replacementShare(text) === 0 && plausibleText(text)) return { text, encoding: order };
    }
  }
  throw new ExtractError("NOT_TEXT", "input contains NUL bytes; it is binary, not a text report");
}

/**
 * GBK/GB18030 or Big5: most double-byte text decodes without error both ways, so the reading with more common
 * characters wins (encoding-sniff.ts). Null when neither reading is clean; for a Big5-looking text that Big5
 * cannot decode cleanly, the refusal to give (unless the text is nearly UTF-8) rather than GBK mojibake.
 */
function decodeDoubleByte(buf: Buffer): { text: string; encoding: Encoding } | ExtractError | null {
  const stats = doubleByteStats(buf);
  if (stats.big5Common > stats.gbCommon) {
    if (!iconv.encodingExists("big5"))
      return new ExtractError(
        "UNKNOWN_ENCODING",
        "input looks like Big5 (traditional Chinese), which this build cannot decode; convert it to UTF-8",
      );
    const big5 = iconv.decode(buf, "big5");
    if (replacementShare(big5) < 0.001) return { text: big5, encoding: "big5" };
    return new ExtractError(
      "UNKNOWN_ENCODING",
      "input looks like Big5 (traditional Chinese) but has bytes Big5 does not allow; convert it to UTF-8",
    );
  }
  const gb = iconv.decode(buf, "gb18030");
  return replacementShare(gb) < 0.001 ? { text: gb, encoding: "gb18030" } : null;
}

/** Share of control characters other than tab, newline, carriage return and form feed. */
function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) n++;
  }
  return sample.length ? n / sample.length : 0;
}

export function decodeReport(input: Buffer | Uint8Array | string, maxBytes = DEFAULT_MAX_BYTES): DecodedReport {
  let text: string;
  let encoding: Encoding = "utf-8";
  if (typeof input === "string") {
    // a JS string is UTF-16; its UTF-8 size is at most 3 bytes per code unit
    if (input.length > maxBytes || Buffer.byteLength(input, "utf8") > maxBytes)
      throw tooLarge(Buffer.byteLength(input, "utf8"), maxBytes);
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (buf.length > maxBytes) throw tooLarge(buf.length, maxBytes);
    if (buf.length === 0) throw new ExtractError("EMPTY_INPUT", "input is empty");
    ({ text, encoding } = decodeBytes(buf));
  }
  if (!text.trim()) throw new ExtractError("EMPTY_INPUT", "input is empty or only whitespace");
  if (controlShare(text) > 0.05)
    throw new ExtractError("NOT_TEXT", "input is mostly control characters, not a text report");
  const html = looksLikeHtml(text);
  if (html) text = htmlToText(text);
  if (!text.trim()) throw new ExtractError("EMPTY_INPUT", "the HTML page has no text");
  return { text, encoding, html };
}
