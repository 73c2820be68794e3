/**
 * Byte-level guesses for the encodings a report can come in without saying so (used by 01-decode.ts):
 * UTF-16 without a byte-order mark, and GBK/GB18030 versus Big5 for legacy double-byte text. Wrong readings
 * often decode without an error, so the choice is made on which reading gives the characters a report is made
 * of: a wrong guess would be silent mojibake, and entities found in it.
 */

/** The first bytes looked at; enough for any decision, and bounded for large inputs. */
const SAMPLE_BYTES = 65536;

/** Code points a Chinese report is made of; random 16-bit units fall outside them about two times in three. */
function plausibleCode(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c < 0x7f) ||
    (c >= 0xa0 && c < 0x250) ||
    (c >= 0x2000 && c < 0x2800) ||
    (c >= 0x3000 && c < 0x3100) ||
    (c >= 0x3200 && c < 0x4dc0) ||
    (c >= 0x4e00 && c < 0xa000) ||
    (c >= 0xf900 && c < 0xfb00) ||
    (c >= 0xfe30 && c < 0xfe50) ||
    (c >= 0xff00 && c < 0xfff0)
  );
}

/**
 * True when (nearly) every character of the decoded sample is one a report uses; surrogate pairs count as one.
 * UTF-16 read in the wrong byte order fails it (中 U+4E2D becomes U+2D4E, a newline U+0A00), and so does binary.
 */
export function plausibleText(text: string): boolean {
  const n = Math.min(text.length, SAMPLE_BYTES / 2);
  let bad = 0;
  let count = 0;
  for (let i = 0; i < n; i++, count++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        continue;
      }
    }
    if (!plausibleCode(c)) bad++;
  }
  return count > 0 && bad <= 0.02 * count;
}

export interface DoubleByteStats {
  /** double-byte characters in the sample */
  pairs: number;
  /** pairs that are common characters read as GB2312 level 1 (lead 0xB0–0xD7, trail 0xA1–0xFE) */
  gbCommon: number;
  /** pairs that are common characters read as Big5 (常用字, 0xA440–0xC67E) */
  big5Common: number;
}

/**
 * Reads the sample as a stream of double-byte characters (GB18030's four-byte forms skipped) and counts the
 * pairs that would be common characters in each encoding. Simplified text in GBK is mostly GB2312 level 1;
 * traditional text in Big5 is mostly Big5's 常用字, which read as GBK land largely in rare and non-Chinese rows.
 */
export function doubleByteStats(buf: Uint8Array): DoubleByteStats {
  const n = Math.min(buf.length, SAMPLE_BYTES);
  const stats = { pairs: 0, gbCommon: 0, big5Common: 0 };
  for (let i = 0; i < n;) {
    const lead = buf[i]!;
    if (lead < 0x81 || lead === 0xff || i + 1 >= n) {
      i++;
      continue;
    }
    const trail = buf[i + 1]!;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4; // a GB18030 four-byte character
      continue;
    }
    stats.pairs++;
    if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe) stats.gbCommon++;
    const big5Trail = (trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe);
    if (big5Trail && lead >= 0xa4 && (lead < 0xc6 || (lead === 0xc6 && trail <= 0x7e))) stats.big5Common++;
    i += 2;
  }
  return stats;
}
