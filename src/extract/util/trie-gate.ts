/**
 * Which lexicon tries may have a key at each position of a long text, found in one pass for all of them.
 *
 * The passes test a report's text against about ten tries (place names, agency forms, law titles…), six of them by a
 * full scan and three at every position, and each test starts with two lookups at random places of that trie's own
 * tables (its first characters and its pairs of first characters), a few hundred KiB each: the time went to cache
 * misses, not work. Here each trie owns one bit of two shared tables, and a text's gate holds, per position, the bits
 * of the tries whose keys may start there: a key of two or more characters (by the pair of characters, as the trie's
 * own pair set says it) or of one (by the character). A trie then reads one small array in order instead.
 *
 * Only a rejection is taken from a gate: a set bit sends the trie to its own walk, so hits are exactly a plain
 * trie's. The last long text's gate is kept (the passes scan one text many times: one gate per report), and it stands
 * only for that text and those keys: it is used for a text equal to the one it was made of (strings compare by
 * content, and a gate depends on nothing else of a text), each trie reads only its own bit (a trie made later has no
 * key in it yet, and bit 0, once all 16 are taken, means no gate at all), and a key added to any gated trie drops it.
 * Positions are code units throughout, as in the trie: a surrogate pair is two positions and two characters of a key.
 */

/** gated tries at most: one bit of a Uint16 each */
const BITS = 16;
/** shorter texts (a title, an issuer line) are tested without a gate: building one would cost more than it saves */
const MIN_GATED_LENGTH = 2048;

/** by the pairSlot of a key's first two code units: the bits of the tries with such a key */
const pairBits = new Uint16Array(1 << 20);
/** by code unit: the bits of the tries with that one-character key */
const singleBits = new Uint16Array(0x10000);
let claimed = 0;

export interface TextGate {
  /** per position: bits of the tries with a key of 2+ characters that may start there */
  pairs: Uint16Array;
  /** per position: bits of the tries with the one-character key found there */
  singles: Uint16Array;
}

let gatedText: string | undefined;
let gate: TextGate | undefined;

/** The slot of a key's first two code units in a pair set (low 10 bits of each). */
export function pairSlot(first: number, second: number): number {
  return ((first & 0x3ff) << 10) | (second & 0x3ff);
}

/** A bit of its own for a new trie, or 0 once all are taken (that trie then goes without a gate). */
export function claimGateBit(): number {
  if (claimed >= BITS) return 0;
  return 1 << claimed++;
}

/** Records a key of the trie with `bit` (its first code unit, and the pair slot when it has two or more). */
export function noteKey(bit: number, first: number, slot: number | undefined): void {
  if (!bit) return;
  if (slot === undefined) singleBits[first]! |= bit;
  else pairBits[slot]! |= bit;
  gatedText = undefined;
  gate = undefined;
}

/** The gate of `text`, made on first use and kept while the same text is tested; undefined for a short text. */
export function gateOf(text: string): TextGate | undefined {
  if (text === gatedText) return gate;
  if (text.length < MIN_GATED_LENGTH) return undefined;
  const n = text.length;
  const pairs = new Uint16Array(n);
  const singles = new Uint16Array(n);
  let code = text.charCodeAt(0);
  for (let i = 0; i < n; i++) {
    singles[i] = singleBits[code]!;
    if (i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      pairs[i] = pairBits[pairSlot(code, next)]!;
      code = next;
    }
  }
  gatedText = text;
  gate = { pairs, singles };
  return gate;
}
