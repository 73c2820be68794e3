/** The word lists of program-cues.tsv, as the program rules use them. */
import { readTsv } from "../../lexicon/tsv.js";
import { Trie } from "../../util/trie.js";

const LISTS = new Map(readTsv("program-cues.tsv").map(([rule, words]) => [rule, words.split(",").filter(Boolean)]));
const list = (rule: string): string[] => LISTS.get(rule) ?? [];

/** What a head word says about the name before it. */
export type CueKind = "cue" | "event" | "designation";

export const QUOTED_TAIL = list("quoted_tail");
export const QUOTED_CONFIRM = list("quoted_confirm");
export const QUOTED_VERBS = list("quoted_verbs");
export const PLUS_PROGRAMS = list("plus_programs");
export const DESIGNATION_START = list("designation_start");
export const DESIGNATION_SCHEME_VERBS = new Set(list("designation_scheme_verb"));
export const GENERIC_START = list("generic_start");
export const LEFT_BOUNDARY = new Set(list("left_boundary"));
export const WEAK_BOUNDARY = new Set(list("weak_boundary"));
export const GENERIC_CORE = new Set(list("generic_core"));
export const CONSTRUCTION_WORDS = list("construction_word");
export const CONSTRUCTION_INSIDE = list("construction_inside");
export const DESIGNATION_BOUNDARY = new Set(list("designation_boundary"));
export const CONSTRUCTION_VERBS = new Set(list("construction_verb"));
export const FOLLOW_OK = new Set(list("follow_ok"));
export const ABBREVIATED_EVENTS = new Set(list("abbreviated_event"));
export const HELD_EVENTS = new Set(list("held_event"));
export const HELD_EVENT_START = list("held_event_start");
export const HELD_EVENT_VERBS = new Set(list("held_event_verb"));

export const HEAD_CUES = new Trie<CueKind>();
for (const w of list("bare_cue")) HEAD_CUES.add(w, "cue");
for (const w of list("event_cue")) HEAD_CUES.add(w, "event");
for (const w of list("designation_cue")) HEAD_CUES.add(w, "designation");

const lastChars = new WeakMap<Set<string>, Set<number>>();

/** Longest entry of `words` (a Set) ending at `end` in `s`, trying lengths 4..1. */
export function wordEndingAt(words: Set<string>, s: string, end: number, maxLen = 4): string | undefined {
  // most positions end no word: one look at the last character before any slicing
  let last = lastChars.get(words);
  if (!last) lastChars.set(words, (last = new Set([...words].map((w) => w.charCodeAt(w.length - 1)))));
  if (end < 1 || !last.has(s.charCodeAt(end - 1))) return undefined;
  for (let n = Math.min(maxLen, end); n >= 1; n--) {
    const w = s.slice(end - n, end);
    if (words.has(w)) return w;
  }
  return undefined;
}
