/** The non-blank lines of a text, trimmed, with their offsets (passes 3 and 4 read headers and footers by line). */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines starting before `limit` (cut at it), at most `max` of them. */
export function linesOf(norm: string, limit: number, max = Infinity): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < limit && lines.length < max;) {
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
