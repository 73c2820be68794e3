/**
 * Programs of the national list (lexicon/national-programs.tsv) named without a head word: 消费品以旧换新,
 * 大众创业万众创新, 易地扶贫搬迁, “两新”, and those whose shape the bare rule does not take (供给侧结构性改革: a
 * modifier ending in 性; 国有企业改革深化提升行动总体任务: a head word the sentence runs on from). The State Council
 * runs them for the whole country, so the name alone says what it is, in any report. A form that opens with a verb
 * (严厉打击非法金融活动) is a verb phrase in the text, which the bare rule judges; forms shorter than four
 * characters (两新, 双创) are taken only as the whole of a quotation (“两新”), since bare they sit inside other
 * words (两新一重, 双创工程). A form inside an agency's name (国家乡村振兴局) names the agency, not the program;
 * an agency inside the form (国务院大督查) is part of its name.
 */
import type { Doc } from "../../document.js";
import { nationalPrograms } from "../../lexicon/national-programs.js";
import { Trie } from "../../util/trie.js";
import type { Candidate } from "./candidate.js";
import { LEFT_BOUNDARY } from "./lists.js";
import { SpanIndex } from "./spans.js";

const MIN_BARE = 4;

/** a form that opens with a verb or adverb of the left edges (严厉打击…, 开展…) */
function opensWithVerb(form: string): boolean {
  for (let n = 2; n <= 4; n++) if (LEFT_BOUNDARY.has(form.slice(0, n))) return true;
  return /^(严厉|打击)/.test(form);
}

const FORMS = new Trie<true>();
for (const form of nationalPrograms.keys()) if (!opensWithVerb(form)) FORMS.add(form, true);

export function nationalNamePrograms(doc: Doc): Candidate[] {
  const { norm, bodyEnd } = doc;
  const agencies = new SpanIndex(doc.agencies);
  const out: Candidate[] = [];
  for (const hit of FORMS.scan(norm, 0, bodyEnd)) {
    if (agencies.overlapping(hit.start, hit.end).some((a) => a.start <= hit.start && hit.end <= a.end)) continue;
    const name = norm.slice(hit.start, hit.end);
    const quoted = norm[hit.start - 1] === "“" && norm[hit.end] === "”";
    if (quoted) out.push({ start: hit.start - 1, end: hit.end + 1, name, quoted: true });
    else if (name.length >= MIN_BARE) out.push({ start: hit.start, end: hit.end, name, quoted: false });
  }
  return out;
}
