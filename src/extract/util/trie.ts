/**
 * A character trie for dictionary lookups over long texts: one walk per start position,
 * bounded by the longest key, so scanning is linear in the text (no per-position regexes).
 *
 * Most positions of a Chinese text start some key of a large lexicon (34 000 place names begin with
 * 2 500 different characters) but few start two characters of one: the first character is looked up in
 * a table indexed by its code unit, and a bit set of the keys' first two characters (hashed to 2^20
 * slots) rejects most positions before any Map lookup. Both only skip work: hits are those of a plain trie.
 */
interface TrieNode<T> {
  /**
   * The only child while a node has one, and its code unit: most nodes of long keys (place names, law titles) do,
   * and a walk then compares a number instead of hashing it into a Map. `next` holds the children from the second on.
   */
  onlyCode: number;
  only: TrieNode<T> | undefined;
  next: Map<number, TrieNode<T>> | undefined;
  value: T | undefined;
}

function newNode<T>(value?: T): TrieNode<T> {
  return { onlyCode: -1, only: undefined, next: undefined, value };
}

function childOf<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  if (node.only !== undefined) return node.onlyCode === code ? node.only : undefined;
  return node.next?.get(code);
}

/** The child of `node` for `code`, made when missing. */
function childFor<T>(node: TrieNode<T>, code: number): TrieNode<T> {
  const existing = childOf(node, code);
  if (existing) return existing;
  const child = newNode<T>();
  if (node.only === undefined && node.next === undefined) {
    node.only = child;
    node.onlyCode = code;
  } else {
    if (node.only !== undefined) {
      node.next = new Map([[node.onlyCode, node.only]]);
      node.only = undefined;
      node.onlyCode = -1;
    }
    node.next!.set(code, child);
  }
  return child;
}

export interface TrieHit<T> {
  start: number;
  end: number;
  value: T;
}

const NO_HITS: readonly never[] = [];
const CODE_UNITS = 0x10000;
const PAIR_BITS = 20;

/** The slot of a key's first two code units in the pair bit set (low 10 bits of each). */
function pairSlot(first: number, second: number): number {
  return ((first & 0x3ff) << 10) | (second & 0x3ff);
}

export class Trie<T> {
  /** the node of each first character, by code unit */
  private readonly firstLevel: (TrieNode<T> | undefined)[] = new Array<TrieNode<T> | undefined>(CODE_UNITS).fill(
    undefined,
  );
  /** bit set over pairSlot of every key's first two characters */
  private readonly pairs = new Uint8Array((1 << PAIR_BITS) >> 3);

  /** Adds a key; a later value for the same key replaces the earlier one unless `keepFirst`. */
  add(key: string, value: T, keepFirst = false): void {
    if (!key) return;
    const first = key.charCodeAt(0);
    let node = this.firstLevel[first];
    if (!node) this.firstLevel[first] = node = newNode();
    if (key.length > 1) {
      const slot = pairSlot(first, key.charCodeAt(1));
      this.pairs[slot >> 3] |= 1 << (slot & 7);
    }
    for (let i = 1; i < key.length; i++) node = childFor(node, key.charCodeAt(i));
    if (keepFirst && node.value !== undefined) return;
    node.value = value;
  }

  get(key: string): T | undefined {
    if (!key) return undefined;
    let node = this.firstLevel[key.charCodeAt(0)];
    for (let i = 1; i < key.length && node; i++) node = childOf(node, key.charCodeAt(i));
    return node?.value;
  }

  /**
   * Whether some key starts with the character at pos: false at most positions, so longestAt and allAt (called at
   * every position by the passes' own scans) test it first, before any other work.
   */
  private startsWith(text: string, pos: number): boolean {
    return this.firstLevel[text.charCodeAt(pos)] !== undefined;
  }

  /** Whether a key of two or more characters, ending at or before `limit`, may start at pos (the pair bit set). */
  private pairAt(text: string, pos: number, limit: number): boolean {
    if (pos + 1 >= limit) return false;
    const slot = pairSlot(text.charCodeAt(pos), text.charCodeAt(pos + 1));
    return (this.pairs[slot >> 3] & (1 << (slot & 7))) !== 0;
  }

  /** The node of text[pos] when a key of two or more characters may start at pos, or one of one character ends there. */
  private startAt(text: string, pos: number, limit: number): TrieNode<T> | undefined {
    if (pos >= limit) return undefined;
    const node = this.firstLevel[text.charCodeAt(pos)];
    if (!node || pos + 1 >= limit || this.pairAt(text, pos, limit)) return node;
    // no key starts with these two characters: only a one-character key can match here
    return node.value !== undefined ? newNode(node.value) : undefined;
  }

  /** The longest key starting at `pos` (ending at or before `limit`), if any. */
  longestAt(text: string, pos: number, limit = text.length): TrieHit<T> | undefined {
    if (!this.startsWith(text, pos)) return undefined;
    let node = this.startAt(text, pos, limit);
    let best: TrieNode<T> | undefined;
    let bestEnd = -1;
    for (let i = pos + 1; node; i++) {
      if (node.value !== undefined) {
        best = node;
        bestEnd = i;
      }
      if (i >= limit) break;
      node = childOf(node, text.charCodeAt(i));
    }
    return best ? { start: pos, end: bestEnd, value: best.value as T } : undefined;
  }

  /** Every key starting at `pos`, longest first. */
  allAt(text: string, pos: number, limit = text.length): readonly TrieHit<T>[] {
    if (!this.startsWith(text, pos)) return NO_HITS;
    let hits: TrieHit<T>[] | undefined;
    let node = this.startAt(text, pos, limit);
    for (let i = pos + 1; node; i++) {
      if (node.value !== undefined) (hits ??= []).push({ start: pos, end: i, value: node.value });
      if (i >= limit) break;
      node = childOf(node, text.charCodeAt(i));
    }
    return hits ? hits.reverse() : NO_HITS;
  }

  /**
   * Leftmost-longest, non-overlapping matches in text[from, to). The two tests of startAt are made here first, in
   * the loop: most positions start no key or only a one-character one, and are passed without a call to longestAt
   * (the scans of a report visit each of its characters about ten times).
   */
  scan(text: string, from = 0, to = text.length): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    for (let pos = from; pos < to;) {
      const node = this.firstLevel[text.charCodeAt(pos)];
      if (node === undefined) {
        pos++;
        continue;
      }
      if (!this.pairAt(text, pos, to)) {
        if (node.value !== undefined) hits.push({ start: pos, end: pos + 1, value: node.value });
        pos++;
        continue;
      }
      const hit = this.longestAt(text, pos, to);
      if (hit) {
        hits.push(hit);
        pos = hit.end;
      } else pos++;
    }
    return hits;
  }
}
