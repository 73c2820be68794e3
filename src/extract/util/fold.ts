/**
 * Char-for-char folding: full-width ASCII (，（）：０-９Ａ-Ｚ) to ASCII, dashes to "-", odd spaces and
 * control characters to " ". The result has the same length as the input, so offsets found
 * in the folded text are valid in the original.
 */
function foldCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  switch (c) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0xfeff: // stray BOM
      return 0x20;
    case 0x2014: // — em dash
    case 0x2013: // – en dash
    case 0x2015: // ― horizontal bar
    case 0x2212: // − minus
      return 0x2d;
    default:
      if (c < 0x20 && c !== 0x0a) return 0x20; // control chars (tab, CR included) to space
      if (c === 0x7f) return 0x20;
      return c;
  }
}

export function foldText(text: string): string {
  const n = text.length;
  // names and titles (folded one by one, thousands a report) mostly hold nothing to fold: no copy for them
  let unchanged = 0;
  while (unchanged < n && foldCode(text.charCodeAt(unchanged)) === text.charCodeAt(unchanged)) unchanged++;
  if (unchanged === n) return text;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = foldCode(text.charCodeAt(i));
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString("utf16le");
}
