/** The word lists of pass 11, read once from lexicon/metric-units.tsv (each row's source is noted there). */
import { readTsv } from "../../lexicon/tsv.js";
import { Trie } from "../../util/trie.js";

const LISTS = new Map(readTsv("metric-units.tsv").map(([rule, words]) => [rule, words.split(",")]));
const list = (rule: string) => LISTS.get(rule) ?? [];
const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length);

export const UNITS = new Trie<string>();
for (const u of list("unit")) UNITS.add(u, u);
export const MULTIPLIERS = new Set(list("multiplier"));
export const AFTER_NUMBER = new Set(list("after_number"));
export const BEFORE_NUMBER = longestFirst(list("before_number"));
export const AFTER_UNIT = longestFirst(list("after_unit"));
export const LABEL_TRIM = longestFirst(list("label_trim"));
export const COUNT_UNITS = new Set(list("count_unit"));
export const RIGHT_STOP = longestFirst(list("right_stop"));
export const VERB_ONLY = new Set(list("verb_only"));
export const SHARED_HEADS = longestFirst(list("shared_head"));
export const CHANGE_WORDS = longestFirst(list("change_word"));
export const TARGET_CUES_SENTENCE = list("target_cue_sentence");
export const TARGET_CUES_CLAUSE = list("target_cue_clause");
export const NOT_LABELS = new Set(list("not_label"));
export const CONTINUES = new Set(list("continues"));
