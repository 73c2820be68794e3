/**
 * Plain-text tables for a terminal: columns padded by display width (a Chinese character takes two columns, so
 * padding by string length would leave every column after a name ragged), the last column left unpadded.
 */

/** East Asian wide and fullwidth characters (CJK, kana, hangul, fullwidth forms, CJK punctuation). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** `text` cut to `width` columns, with … at the end when it was longer. */
export function truncateDisplay(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = WIDE.test(ch) ? 2 : 1;
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Rows under a header, two spaces between columns; `right` lists the columns aligned right (numbers). */
export function formatTable(header: string[], rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ""))));
  return all.map((row) =>
    row
      .map((cell, c) => {
        if (c === row.length - 1 && !right.has(c)) return cell;
        const pad = " ".repeat(widths[c]! - displayWidth(cell));
        return right.has(c) ? pad + cell : cell + pad;
      })
      .join("  "),
  );
}
