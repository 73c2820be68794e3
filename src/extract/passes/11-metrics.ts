/**
 * Pass 11: metrics, i.e. numbers with a unit (立案19起, 336.93万元, 99.2%, 300多家), each with the
 * words it measures (label) and approximation words (多, 余, 近). Years, dates, ordinals (第五次)
 * and numbers inside 《》 are not metrics.
 */
import { outsideFurniture, type Doc, type MetricMention } from "../document.js";
import { readTsv } from "../lexicon/tsv.js";
import { isDigit, isCjkAt } from "../util/text.js";
import { Trie } from "../util/trie.js";

const LISTS = new Map(readTsv("metric-units.tsv").map(([rule, words]) => [rule, words.split(",")]));
const list = (rule: string) => LISTS.get(rule) ?? [];
const UNITS = new Trie<string>();
for (const u of list("unit")) UNITS.add(u, u);
const MULTIPLIERS = new Set(list("multiplier"));
const AFTER_NUMBER = new Set(list("after_number"));
const BEFORE_NUMBER = list("before_number").sort((a, b) => b.length - a.length);
const AFTER_UNIT = list("after_unit");
const LABEL_TRIM = list("label_trim").sort((a, b) => b.length - a.length);
const CLAUSE_STOP = new Set(",;:。!?、()\n“”《》 ");
const MAX_LABEL = 16;

function trimLabel(label: string): string {
  let changed = true;
  while (changed && label) {
    changed = false;
    for (const w of LABEL_TRIM) {
      if (label.endsWith(w)) (label = label.slice(0, -w.length)), (changed = true);
      if (label.startsWith(w)) (label = label.slice(w.length)), (changed = true);
    }
  }
  return label;
}

function leftLabel(norm: string, start: number): string {
  let i = start;
  while (i > start - MAX_LABEL && i > 0 && !CLAUSE_STOP.has(norm[i - 1]) && !isDigit(norm.charCodeAt(i - 1))) i--;
  return norm.slice(i, start);
}

function rightLabel(norm: string, end: number): string {
  let i = end;
  while (i < end + 8 && isCjkAt(norm, i) && !CLAUSE_STOP.has(norm[i])) i++;
  return norm.slice(end, i);
}

export function findMetrics(doc: Doc): Doc {
  const { norm, text, bodyEnd } = doc;
  const metrics: MetricMention[] = [];
  const titles = doc.laws.filter((l) => l.text.startsWith("《"));
  let t = 0;
  // numbers are visited in order, so one cursor over the (sorted) titles suffices
  const inTitle = (pos: number) => {
    while (t < titles.length && titles[t].end <= pos) t++;
    return t < titles.length && titles[t].start <= pos;
  };
  for (let i = 0; i < bodyEnd; i++) {
    if (!isDigit(norm.charCodeAt(i))) continue;
    const numStart = i;
    let numberEnd = i;
    while (numberEnd < bodyEnd && (isDigit(norm.charCodeAt(numberEnd)) || (norm[numberEnd] === "." && isDigit(norm.charCodeAt(numberEnd + 1))))) numberEnd++;
    i = numberEnd - 1;
    const prev = norm[numStart - 1] ?? "";
    if (prev === "第" || prev === "-" || prev === "." || /[A-Za-z]/.test(prev)) continue;
    let unitStart = numberEnd;
    let qualifier: string | undefined;
    const multiplier = MULTIPLIERS.has(norm[unitStart]) ? norm[unitStart++] : "";
    if (AFTER_NUMBER.has(norm[unitStart])) qualifier = norm[unitStart++];
    const unitHit = UNITS.longestAt(norm, unitStart, Math.min(bodyEnd, unitStart + 6));
    if (!unitHit || inTitle(numStart)) continue;
    const unit = multiplier + unitHit.value;
    let end = unitHit.end;
    const after = AFTER_UNIT.find((w) => norm.startsWith(w, end));
    if (after) (qualifier ??= after), (end += after.length);
    const beforeWord = BEFORE_NUMBER.find((w) => norm.startsWith(w, numStart - w.length));
    qualifier ??= beforeWord;
    const value = Number(norm.slice(numStart, numberEnd));
    if (!Number.isFinite(value)) continue;
    const left = leftLabel(norm, beforeWord ? numStart - beforeWord.length : numStart);
    let label = trimLabel(left);
    const right = rightLabel(norm, end);
    if (right && (label.length < 3 || left.endsWith("了"))) label = trimLabel(label + right);
    metrics.push({ start: numStart, end, text: text.slice(numStart, end), label: label || unit, value, unit, qualifier });
    i = end - 1;
  }
  return { ...doc, metrics: outsideFurniture(doc, metrics) };
}
