/**
 * CSV lines as the bytes the files get: a `kg import` worker encodes its report's lines (one UTF-8 block per shape)
 * and its text's record, and transfers the blocks to the main thread, which only copies bytes into the files. Encoding,
 * joining and the structured clone of hundreds of small strings were most of the main thread's work per report, and
 * on 2 cores that work is taken from the workers. Pure.
 */
import { reportTextLine, type CsvGroup } from "./csv.js";

/** One shape's lines of a report, each ended by "\n", UTF-8 encoded. */
export interface EncodedGroup {
  shape: string;
  bytes: Uint8Array<ArrayBuffer>;
  lines: number;
  /** the longest line's UTF-16 code units (CsvFiles bounds the importer's read buffer by them) */
  longestLine: number;
  /** a line holds a line break inside a quoted field */
  multiline: boolean;
}

const encoder = new TextEncoder();

/**
 * A group's lines as bytes; a lone surrogate becomes U+FFFD, as when the string itself is written. The bytes have an
 * ArrayBuffer of their own, so they can be transferred.
 */
export function encodeGroup(group: CsvGroup): EncodedGroup {
  let longestLine = 0;
  for (const line of group.lines) longestLine = Math.max(longestLine, line.length);
  return {
    shape: group.shape,
    bytes: encoder.encode(`${group.lines.join("\n")}\n`),
    lines: group.lines.length,
    longestLine,
    multiline: group.multiline,
  };
}

/** A report's text as its (:ReportText) record, "\n" ended, in bytes with an ArrayBuffer of their own. */
export function encodeReportText(id: string, text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${reportTextLine(id, text)}\n`);
}
