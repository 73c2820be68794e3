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

import { createHash } from "node:crypto";
export function hashHex(algo: "sha1" | "sha256", data: string): string {
  return createHash(algo).update(data, "utf8").digest("hex");
}
