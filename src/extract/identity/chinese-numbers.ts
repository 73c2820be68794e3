/** Small Chinese numerals as reports write them: 第十三届, 第五次, 一九八五年 / 二〇〇一年 (digit by digit). */
const DIGITS: Record<string, number> = {
  〇: 0,
  "○": 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 .. 九十九 (十三, 二十, 二十一); Arabic digits pass through; null for anything else. */
export function smallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return +text;
  if (text === "一百") return 100;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || !text) return null;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]]! : null;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

/** Years written digit by digit in Chinese (一九八五年) become Arabic (1985年); other text is kept. */
export function arabicYears(text: string): string {
  // the four characters before each 年 (what /[〇○零一二三四五六七八九]{4}(?=年)/g matches): found from the 年s, far
  // fewer than the positions such a regex tries
  let out = "";
  let copied = 0;
  for (let at = text.indexOf("年", 4); at !== -1; at = text.indexOf("年", at + 1)) {
    const digits = text.slice(at - 4, at);
    if (!YEAR_DIGITS.test(digits)) continue;
    out += text.slice(copied, at - 4) + [...digits].map((c) => DIGITS[c]).join("");
    copied = at;
  }
  return copied ? out + text.slice(copied) : text;
}

const YEAR_DIGITS = /^[〇○零一二三四五六七八九]{4}$/;
