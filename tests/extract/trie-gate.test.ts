import { describe, expect, it } from "vitest";
import { Trie } from "../../src/extract/util/trie.js";
import { gateOf } from "../../src/extract/util/trie-gate.js";

/**
 * A text of 2,048 characters or more is scanned through its gate (trie-gate.ts); each expected value here is a plain
 * reference scan that tries every key at every position by String.startsWith, so a gate that rejects a position where
 * a key starts (stale, another trie's, off by one at the text's end, split surrogate pairs) shows as a missing hit.
 */
type Hit = [start: number, end: number, key: string];

/** Leftmost-longest, non-overlapping matches in text[from, to) by trying every key at every position. */
function referenceScan(keys: readonly string[], text: string, from = 0, to = text.length): Hit[] {
  const hits: Hit[] = [];
  for (let pos = from; pos < to;) {
    const key = referenceAll(keys, text, pos, to)[0];
    if (key) {
      hits.push(key);
      pos = key[1];
    } else pos++;
  }
  return hits;
}

/** Every key starting at pos and ending at or before limit, longest first. */
function referenceAll(keys: readonly string[], text: string, pos: number, limit = text.length): Hit[] {
  return [...new Set(keys)]
    .filter((k) => pos + k.length <= limit && text.startsWith(k, pos))
    .sort((a, b) => b.length - a.length)
    .map((k) => [pos, pos + k.length, k]);
}

const hitsOf = (hits: readonly { start: number; end: number; value: string }[]): Hit[] =>
  hits.map((h) => [h.start, h.end, h.value]);

/**
 * A trie of the keys. A process gates 16 tries at most (one bit each) and every later one goes without a gate, where
 * these tests would pass whatever the gate did: this file makes fewer.
 */
let made = 0;
function trieOf(keys: readonly string[]): Trie<string> {
  if (++made > 16) throw new Error("more than 16 tries in one file: the later ones are not gated");
  const trie = new Trie<string>();
  for (const k of keys) trie.add(k, k);
  return trie;
}

/** A seeded generator (mulberry32): `pick(n)` in [0, n), `textOf(alphabet, n)` n of the alphabet's characters. */
function randomSource(seed: number) {
  const pick = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
  const textOf = (alphabet: readonly string[], n: number) =>
    Array.from({ length: n }, () => alphabet[pick(alphabet.length)]).join("");
  /** up to `count` distinct keys of 1 to `max` characters */
  const keysOf = (alphabet: readonly string[], count: number, max: number) => [
    ...new Set(Array.from({ length: count }, () => textOf(alphabet, 1 + pick(max)))),
  ];
  return { textOf, keysOf };
}

/** scan over [from, to), allAt and longestAt at every position (with and without a limit): each as the reference. */
function expectAsReference(trie: Trie<string>, keys: readonly string[], text: string, from = 0, to = text.length) {
  const reference = referenceScan(keys, text, from, to);
  // keys of two or more characters found, so the gate's pair table is tried, not only its single characters
  expect(reference.filter(([start, end]) => end - start > 1).length).toBeGreaterThan(5);
  expect(hitsOf(trie.scan(text, from, to))).toEqual(reference);
  const all: Hit[][] = [];
  const longest: (Hit | undefined)[] = [];
  const limited: (Hit | undefined)[] = [];
  for (let pos = from; pos < to; pos++) {
    all.push(hitsOf(trie.allAt(text, pos, to)));
    const hit = trie.longestAt(text, pos);
    longest.push(hit && [hit.start, hit.end, hit.value]);
    const short = trie.longestAt(text, pos, Math.min(to, pos + 2));
    limited.push(short && [short.start, short.end, short.value]);
  }
  const positions = Array.from({ length: to - from }, (_, i) => from + i);
  expect(all).toEqual(positions.map((pos) => referenceAll(keys, text, pos, to)));
  expect(longest).toEqual(positions.map((pos) => referenceAll(keys, text, pos)[0]));
  expect(limited).toEqual(positions.map((pos) => referenceAll(keys, text, pos, Math.min(to, pos + 2))[0]));
  // asked last: made here first, it would hide a gate made wrongly by the trie's own calls
  expect(gateOf(text)).toBeDefined();
}

const HAN = [..."甲乙丙丁戊"];

describe("Trie on a text long enough for a gate", () => {
  it("finds what trying every key finds, over the whole text and over a range inside it", () => {
    const { textOf, keysOf } = randomSource(11);
    const keys = keysOf(HAN, 40, 4);
    const trie = trieOf(keys);
    const text = textOf(HAN, 5000);
    expectAsReference(trie, keys, text);
    expectAsReference(trie, keys, text, 5, text.length - 5);
  });

  it("finds every key on one line of 200,000 characters without a line break, up to its last character", () => {
    const { textOf, keysOf } = randomSource(5);
    const alphabet = [..."甲乙丙丁戊，。、 "];
    // 戊 alone is a key, so the last character is one whatever the text: the gate must cover every position
    const keys = [...keysOf(alphabet, 30, 5), "戊"];
    const trie = trieOf(keys);
    const text = textOf(alphabet, 199_999) + "戊";
    expect(text).toHaveLength(200_000);
    expect(text).not.toMatch(/[\n\r]/);
    expect(hitsOf(trie.scan(text))).toEqual(referenceScan(keys, text));
    expect(hitsOf(trie.scan(text)).at(-1)).toEqual([199_999, 200_000, "戊"]);
    expectAsReference(trie, keys, text, 199_000, 200_000);
    expectAsReference(trie, keys, text, 100_000, 101_000);
  });

  it("finds keys with surrogate pairs, lone surrogates, and BMP pairs that share their first two code units' slot", () => {
    // 𠮷 is D842 DFB7; 䱂俷 (4C42 4FB7) has the same low 10 bits of both, so the same pair slot
    const alphabet = ["𠮷", "𪚥", "𠀀", "\uD842", "\uDFB7", "䱂", "俷", "甲"];
    const { textOf, keysOf } = randomSource(23);
    const keys = [...keysOf(alphabet, 30, 3), "𠮷", "\uDFB7甲", "䱂俷甲"];
    const trie = trieOf(keys);
    const text = textOf(alphabet, 3000);
    expect(text.length).toBeGreaterThan(3000);
    expectAsReference(trie, keys, text);
    // a range that starts and ends inside a surrogate pair
    const inside = text.indexOf("𪚥") + 1;
    expectAsReference(trie, keys, text, inside, text.lastIndexOf("𠀀") + 1);
  });

  it("never takes the gate of another text: two texts of one length, scanned in turn", () => {
    const { textOf, keysOf } = randomSource(31);
    const keys = keysOf(HAN, 20, 3);
    const trie = trieOf(keys);
    const first = textOf(HAN, 4000);
    // the same text with a key written over every hundredth position: hits where the first has none
    const second = [...first].map((c, i) => (i % 100 === 0 ? "乙" : c)).join("");
    trie.add("乙", "乙");
    const withOne = [...keys, "乙"];
    expect(second).toHaveLength(first.length);
    expect(referenceScan(withOne, second)).not.toEqual(referenceScan(withOne, first));
    for (const text of [first, second, first, second]) expectAsReference(trie, withOne, text);
  });

  it("keeps each trie's own hits when several scan the same text in turn", () => {
    const { textOf, keysOf } = randomSource(41);
    const text = textOf(HAN, 3000);
    const placeKeys = keysOf(HAN, 15, 4);
    // other keys on the same characters: the two tries' gate bits are set at many of the same positions
    const formKeys = keysOf(HAN, 15, 4).filter((k) => !placeKeys.includes(k));
    const places = trieOf(placeKeys);
    const forms = trieOf(formKeys);
    expectAsReference(places, placeKeys, text);
    expectAsReference(forms, formKeys, text);
    expect(hitsOf(places.scan(text))).toEqual(referenceScan(placeKeys, text));
    expect(hitsOf(forms.scan(text))).toEqual(referenceScan(formKeys, text));
  });

  it("finds a key added after the text's gate was made, in the same trie, in another, and in a trie made after", () => {
    const { textOf, keysOf } = randomSource(53);
    const text = textOf(HAN, 3000);
    // keys on three of the five characters: what is added later starts where none did
    const keys = keysOf([..."甲乙丙"], 8, 3);
    const otherKeys = keysOf([..."乙丙丁"], 8, 3);
    const trie = trieOf(keys);
    const other = trieOf(otherKeys);
    expectAsReference(trie, keys, text);
    expectAsReference(other, otherKeys, text);

    const added = text.slice(100, 107);
    for (const key of [added, "戊", "丁戊"]) trie.add(key, key);
    expect(referenceScan([...keys, added, "戊", "丁戊"], text)).not.toEqual(referenceScan(keys, text));
    expectAsReference(trie, [...keys, added, "戊", "丁戊"], text);

    for (const key of ["甲甲", "戊"]) other.add(key, key);
    expectAsReference(other, [...otherKeys, "甲甲", "戊"], text);
    expectAsReference(trie, [...keys, added, "戊", "丁戊"], text);

    const laterKeys = ["戊丁", "戊戊", text.slice(300, 305)];
    expectAsReference(trieOf(laterKeys), laterKeys, text);
  });
});
