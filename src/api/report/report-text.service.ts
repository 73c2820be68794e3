/**
 * Reading a report's stored text (graph/model.ts ReportText): an excerpt by offsets and the text around an evidence
 * sentence, both bounded so a client reads around a sentence without being handed a whole report each time.
 * Offsets are UTF-16 code units, as every evidence `start`/`end` and MENTIONS span counts them.
 */
import { BadUserInputError } from "../errors.js";
import type { Evidence, EvidenceContext } from "../common/evidence.type.js";

/** The longest excerpt: a few paragraphs, enough to read around any sentence; the whole text is Report.text. */
export const MAX_EXCERPT_CHARS = 2000;
/** The most Evidence.context adds on each side of the sentence (so both sides together fit an excerpt). */
export const MAX_CONTEXT_CHARS = MAX_EXCERPT_CHARS / 2;

/** Checks excerpt(start:, end:) before the text is read: what is wrong whatever the text. */
export function checkExcerptRange(start: number, end: number): void {
  if (start < 0) throw new BadUserInputError(`excerpt: start must be 0 or more, got ${start}`, { argument: "start" });
  if (end < start)
    throw new BadUserInputError(`excerpt: end (${end}) must not be before start (${start})`, { argument: "end" });
  if (end - start > MAX_EXCERPT_CHARS)
    throw new BadUserInputError(
      `excerpt: ${end - start} characters asked for (end - start), at most ${MAX_EXCERPT_CHARS}: ask for several excerpts, or for the report's text`,
      { argument: "end", max: MAX_EXCERPT_CHARS },
    );
}

/** text.slice(start, end) of a range checkExcerptRange accepted; an end past the text is refused, not cut. */
export function excerptOf(reportId: string, text: string, start: number, end: number): string {
  if (end > text.length)
    throw new BadUserInputError(
      `excerpt: end ${end} is past the end of the text of ${reportId}, which has ${text.length} characters`,
      { argument: "end", max: text.length },
    );
  return text.slice(start, end);
}

export function checkContextChars(chars: number): void {
  if (chars < 0 || chars > MAX_CONTEXT_CHARS)
    throw new BadUserInputError(`context: chars must be from 0 to ${MAX_CONTEXT_CHARS}, got ${chars}`, {
      argument: "chars",
      max: MAX_CONTEXT_CHARS,
    });
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Up to `chars` characters on each side of the evidence sentence; null when its offsets do not fit the text. */
export function contextOf(text: string, evidence: Evidence, chars: number): EvidenceContext | null {
  const { start, end } = evidence;
  if (start < 0 || end < start || end > text.length) return null;
  let from = Math.max(0, start - chars);
  let to = Math.min(text.length, end + chars);
  // never half a character outside the BMP (a surrogate pair) at either edge
  if (from < start && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to > end && isLowSurrogate(text.charCodeAt(to))) to--;
  return {
    before: text.slice(from, start),
    sentence: text.slice(start, end),
    after: text.slice(end, to),
    start: from,
    end: to,
  };
}
