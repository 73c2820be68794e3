/** Character classes and small text helpers shared by the passes. */

export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

export function isCjkAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isCjk(text.charCodeAt(i));
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether /\s/ matches the code unit, without making a one-character string to test. */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

import { createHash } from "node:crypto";
export function hashHex(algo: "sha1" | "sha256", data: string): string {
  return createHash(algo).update(data, "utf8").digest("hex");
}
