/** Which characters a program name may hold, on the folded text. */
import { isCjkAt } from "../../util/text.js";

/** Characters that never sit inside a name: punctuation, quote and book marks, and a few function words (by code unit). */
const NAME_STOP = new Set([..."的、,;:。!?“”《》\"' \n等了是在其各"].map((c) => c.charCodeAt(0)));

/** CJK, ASCII letters and digits, and the + × . of names like 互联网+, 数据要素×, 数字政府2.0. */
const DENG = "等".charCodeAt(0);
/** 等 inside a word (等级, 高等, 平等, 中等, 均等, 初等): no list ends there (协同等, 对等 are too often X + 等) */
const DENG_BEFORE = new Set([..."高中平均初"].map((c) => c.charCodeAt(0)));

export function isNameChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const k = s.charCodeAt(i); // codes, not s[i]: called at most positions of a text, and s[i] allocates a string
  if (k === DENG) return s.charCodeAt(i + 1) === 0x7ea7 /* 级 */ || DENG_BEFORE.has(s.charCodeAt(i - 1));
  if (NAME_STOP.has(k)) return false;
  if (isCjkAt(s, i)) return true;
  return (
    (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 0x2b || k === 0xd7 || k === 0x2e
  );
}

/** A digit run followed by a classifier (2场, 1596个): a count, not the start of a name. */
const COUNT = /^[0-9.]+(?:[万千百亿]?[个项场批家座条所宗支次余多亩吨]级?|[万亿届年])?/;
const CLASSIFIER = new Set("个项场批家座条所宗支次余多");

/** Offset past a leading count or classifier (2场活动 → 活动), or 0. */
export function countPrefix(name: string, prevChar: string): number {
  const m = COUNT.exec(name);
  if (m && m[0].length && !/[届年]$/.test(m[0]) && !/[+×]/.test(name[m[0].length] ?? "")) return m[0].length;
  if (CLASSIFIER.has(name[0]) && /[0-9一二三四五六七八九十百千万两几]/.test(prevChar)) return 1;
  return 0;
}
