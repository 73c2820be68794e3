/**
 * A character trie for dictionary lookups over long texts: one walk per start position,
 * bounded by the longest key, so scanning is linear in the text (no per-position regexes).
 */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

export interface TrieHit<T> {
  start: number;
  end: number;
  value: T;
}

const NO_HITS: readonly never[] = [];

export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  /** first characters of all keys, for a fast skip of positions that cannot start a key */
  private readonly firstChars = new Set<number>();

  /** Adds a key; a later value for the same key replaces the earlier one unless `keepFirst`. */
  add(key: string, value: T, keepFirst = false): void {
    if (!key) return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    if (keepFirst && node.value !== undefined) return;
    node.value = value;
    this.firstChars.add(key.charCodeAt(0));
  }

  get(key: string): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i));
    return node?.value;
  }

  /** The longest key starting at `pos` (ending at or before `limit`), if any. */
  longestAt(text: string, pos: number, limit = text.length): TrieHit<T> | undefined {
    if (!this.firstChars.has(text.charCodeAt(pos))) return undefined;
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieHit<T> | undefined;
    for (let i = pos; i < limit; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) best = { start: pos, end: i + 1, value: node.value };
    }
    return best;
  }

  /** Every key starting at `pos`, longest first. */
  allAt(text: string, pos: number, limit = text.length): readonly TrieHit<T>[] {
    let hits: TrieHit<T>[] | undefined;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = pos; i < limit; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) (hits ??= []).push({ start: pos, end: i + 1, value: node.value });
    }
    return hits ? hits.reverse() : NO_HITS;
  }

  /** Leftmost-longest, non-overlapping matches in text[from, to). */
  scan(text: string, from = 0, to = text.length): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    for (let pos = from; pos < to;) {
      const hit = this.longestAt(text, pos, to);
      if (hit) {
        hits.push(hit);
        pos = hit.end;
      } else pos++;
    }
    return hits;
  }
}
