/**
 * Pass 10: programs. Quoted names with a cue word after them (“双随机一公开”监管机制), quoted
 * names right after 实施/推行/开展, and unquoted names ending in 行动/活动/改革/制度/工程 whose left
 * edge is a verb, punctuation or an agency (区卫计局继续开展|打击非法行医行动).
 */
import type { Doc, ProgramMention } from "../document.js";
import { readTsv } from "../lexicon/tsv.js";
import { isCjkAt } from "../util/text.js";
import { Trie } from "../util/trie.js";

const LISTS = new Map(readTsv("program-cues.tsv").map(([rule, words]) => [rule, words.split(",")]));
const list = (rule: string) => LISTS.get(rule) ?? [];
const QUOTED_TAIL = list("quoted_tail");
const QUOTED_VERBS = list("quoted_verbs");
const GENERIC_START = list("generic_start");
const BARE_CUES = new Trie<string>();
for (const cue of list("bare_cue")) BARE_CUES.add(cue, cue);
const LEFT_BOUNDARY = new Set(list("left_boundary"));
const NAME_STOP = new Set("的与及、,;:。!?()“”《》\"' \n等了是在其各");
const MAX_QUOTE = 40;
const MAX_TAIL = 10;
const MAX_BARE = 14;

function tailAfterQuote(norm: string, from: number): number {
  for (let i = from; i < from + MAX_TAIL && isCjkAt(norm, i) && !NAME_STOP.has(norm[i]); i++) {
    for (const cue of QUOTED_TAIL) if (norm.startsWith(cue, i + 1 - cue.length) && i + 1 - from >= cue.length) return i + 1;
  }
  return -1;
}

function quotedPrograms(doc: Doc): ProgramMention[] {
  const { norm, text, bodyEnd } = doc;
  const out: ProgramMention[] = [];
  for (let open = norm.indexOf("“"); open >= 0 && open < bodyEnd; open = norm.indexOf("“", open + 1)) {
    const window = norm.slice(open, Math.min(bodyEnd, open + MAX_QUOTE + 1));
    const rel = window.indexOf("”");
    // A name never spans a sentence or holds another opening mark: an unpaired “ must not pair with a later ”.
    if (rel < 0 || /[\n。!?;！？；“]/.test(window.slice(1, rel))) continue;
    const close = open + rel;
    const inner = text.slice(open + 1, close);
    const tailEnd = tailAfterQuote(norm, close + 1);
    if (tailEnd > 0) {
      out.push({ start: open, end: tailEnd, text: text.slice(open, tailEnd), name: inner + text.slice(close + 1, tailEnd) });
    } else if (QUOTED_VERBS.some((v) => norm.startsWith(v, open - v.length) || norm.startsWith(v + "了", open - v.length - 1))) {
      out.push({ start: open, end: close + 1, text: text.slice(open, close + 1), name: inner });
    }
  }
  return out;
}

function isBoundaryEnd(norm: string, i: number): boolean {
  return LEFT_BOUNDARY.has(norm.slice(i - 2, i)) || LEFT_BOUNDARY.has(norm.slice(i - 3, i));
}

/** Left edge of a bare name ending at `end`: a verb, punctuation, an agency, or the length cap. */
function leftEdge(doc: Doc, cueStart: number, agencyEnds: Set<number>): number {
  const { norm } = doc;
  let i = cueStart;
  while (i > cueStart - MAX_BARE && isCjkAt(norm, i - 1) && !NAME_STOP.has(norm[i - 1]) && !agencyEnds.has(i)) {
    if (isBoundaryEnd(norm, i)) {
      // 落实|行政执法…: "实行" also ends here, but the verb is the one ending a char earlier
      return isBoundaryEnd(norm, i - 1) ? i - 1 : i;
    }
    i--;
  }
  return i;
}

function barePrograms(doc: Doc): ProgramMention[] {
  const { norm, text, bodyEnd } = doc;
  const agencyEnds = new Set(doc.agencies.map((a) => a.end));
  const out: ProgramMention[] = [];
  for (const hit of BARE_CUES.scan(norm, 0, bodyEnd)) {
    if (isCjkAt(norm, hit.end) && !/[,;。、]/.test(norm[hit.end])) {
      // 制度建设, 改革发展: the cue starts a longer word, not a name's end
      if (!"中上下的和与及".includes(norm[hit.end])) continue;
    }
    const start = leftEdge(doc, hit.start, agencyEnds);
    if (hit.start - start < 2 || norm[start - 1] === "等") continue;
    const name = text.slice(start, hit.end);
    if (GENERIC_START.some((g) => name.startsWith(g))) continue;
    out.push({ start, end: hit.end, text: name, name });
  }
  return out;
}

export function findPrograms(doc: Doc): Doc {
  const all = [...quotedPrograms(doc), ...barePrograms(doc)].sort((a, b) => a.start - b.start || b.end - a.end);
  const programs: ProgramMention[] = [];
  for (const p of all) {
    const last = programs[programs.length - 1];
    if (last && p.start < last.end) continue;
    programs.push(p);
  }
  return { ...doc, programs };
}
