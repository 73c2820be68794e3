import { describe, expect, it } from "vitest";
import { Trie } from "../../src/extract/util/trie.js";

/** Leftmost-longest matches by trying every key at every position: what the trie must reproduce. */
function naiveScan(keys: string[], text: string): [number, number, string][] {
  const hits: [number, number, string][] = [];
  for (let pos = 0; pos < text.length;) {
    const key = keys.filter((k) => text.startsWith(k, pos)).sort((a, b) => b.length - a.length)[0];
    if (key) {
      hits.push([pos, pos + key.length, key]);
      pos += key.length;
    } else pos++;
  }
  return hits;
}

function trieOf(keys: string[]): Trie<string> {
  const trie = new Trie<string>();
  for (const k of keys) trie.add(k, k);
  return trie;
}

describe("Trie", () => {
  it("finds the longest key at a position, and nothing past the limit", () => {
    const trie = trieOf(["荆州", "荆州市", "荆州市沙市区"]);
    expect(trie.longestAt("荆州市沙市区司法局", 0)).toEqual({ start: 0, end: 6, value: "荆州市沙市区" });
    expect(trie.longestAt("荆州市沙市区司法局", 0, 5)).toEqual({ start: 0, end: 3, value: "荆州市" });
    expect(trie.longestAt("荆州市", 1)).toBeUndefined();
    expect(trie.longestAt("荆州市", 3)).toBeUndefined();
  });

  it("lists every key at a position, longest first", () => {
    const trie = trieOf(["局", "局长", "局长办公会"]);
    expect(trie.allAt("局长办公会议", 0).map((h) => h.value)).toEqual(["局长办公会", "局长", "局"]);
  });

  it("matches one-character keys where no longer key starts with the next character", () => {
    const trie = trieOf(["省", "省委"]);
    expect(trie.scan("省市省委").map((h) => [h.start, h.end, h.value])).toEqual([
      [0, 1, "省"],
      [2, 4, "省委"],
    ]);
  });

  it("reads past the pair filter when other text shares a key's slot (一二 and 䨀二: same low 10 bits)", () => {
    const trie = trieOf(["䨀二三", "一"]);
    expect(trie.scan("一二四䨀二三").map((h) => [h.start, h.end, h.value])).toEqual([
      [0, 1, "一"],
      [3, 6, "䨀二三"],
    ]);
  });

  it("gives the same leftmost-longest matches as trying every key, on random text", () => {
    const alphabet = "甲乙丙丁戊";
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = (max: number) => Array.from({ length: 1 + random(max) }, () => alphabet[random(5)]).join("");
    const keys = [...new Set(Array.from({ length: 40 }, () => word(4)))];
    const trie = trieOf(keys);
    for (let round = 0; round < 50; round++) {
      const text = word(60);
      expect(trie.scan(text).map((h) => [h.start, h.end, h.value])).toEqual(naiveScan(keys, text));
    }
  });

  it("replaces a key's value unless asked to keep the first", () => {
    const trie = new Trie<number>();
    trie.add("北京", 1);
    trie.add("北京", 2);
    trie.add("上海", 1);
    trie.add("上海", 2, true);
    expect([trie.get("北京"), trie.get("上海"), trie.get("北"), trie.get("")]).toEqual([2, 1, undefined, undefined]);
  });
});
