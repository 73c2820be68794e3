/**
 * What a figure counts. Chinese puts the thing counted before the number (城镇新增就业44.1万人) or, after a count
 * word, behind it (25个区直部门, 新增11个示范县); parallel figures share one list of labels (工业、制造业投资分别增长
 * 9.4%、13.3% → 工业投资增长, 制造业投资增长).
 */
import { isCjkAt, isDigit } from "../../util/text.js";
import { CHANGE_WORDS, LABEL_TRIM, RIGHT_STOP, SHARED_HEADS, VERB_ONLY } from "./words.js";

/** Characters that end the words of one figure; 、 also separates the items of a list. */
const CLAUSE_STOP = new Set(",;:。!?、()\n《》 ");
const LIST_STOP = new Set(",;:。!?()\n《》 ");
const MAX_LABEL = 20;
const MAX_LIST = 40;
const MAX_RIGHT = 12;

export function trimLabel(label: string): string {
  let changed = true;
  while (changed && label) {
    changed = false;
    for (const w of LABEL_TRIM) {
      if (label.endsWith(w) && label.length > w.length) ((label = label.slice(0, -w.length)), (changed = true));
      // one-character words (超, 近, 对) also begin words (超长期), so only longer ones are cut at the start
      if (w.length > 1 && label.startsWith(w)) ((label = label.slice(w.length)), (changed = true));
    }
  }
  return label.replace(/[“”]/g, "");
}

/** The words before `start` back to the clause start, a digit or `floor` (the end of the previous figure). */
function wordsBefore(norm: string, start: number, stops: Set<string>, max: number, floor = 0): string {
  let i = start;
  while (i > start - max && i > floor && !stops.has(norm[i - 1]) && !isDigit(norm.charCodeAt(i - 1))) i--;
  // a label cut at a year's digits starts with its 年 (到2030年全社会研发投入强度)
  const words = norm.slice(i, start);
  return isDigit(norm.charCodeAt(i - 1)) ? words.replace(/^[年月日]底?/, "") : words;
}

export const leftLabel = (norm: string, start: number, floor = 0) =>
  wordsBefore(norm, start, CLAUSE_STOP, MAX_LABEL, floor);

/** The noun phrase after a count: up to the clause end or the verb that follows what is counted. */
export function rightNoun(norm: string, end: number): string {
  let i = end;
  const named = (j: number) => isCjkAt(norm, j) || norm[j] === "“" || norm[j] === "”";
  while (i < end + MAX_RIGHT && named(i) && !CLAUSE_STOP.has(norm[i])) {
    if (i > end && RIGHT_STOP.some((w) => norm.startsWith(w, i))) break;
    i++;
  }
  return norm.slice(end, i);
}

/** Words after which the thing acted on follows the number: 对83个案卷, 为16家企业, 挂牌督办的527条黑臭水体. */
const OBJECT_FOLLOWS = /[等了对为向给把将的]$/;

/**
 * A left label that names no thing: a verb (新增, 今年再开工), a preposition or 的 before the object (对, 为, 的),
 * or an enumeration that the count sums up (A、B等).
 */
export function namesNoThing(left: string, trimmed: string): boolean {
  if (!trimmed || trimmed.length < 2 || OBJECT_FOLLOWS.test(left)) return true;
  for (let i = 0; i < trimmed.length; i++) if (VERB_ONLY.has(trimmed.slice(i))) return true;
  return false;
}

/** 地区生产总值32765亿元、增长4.1%: a bare change word continues the figure before it. */
export function isChangeWord(label: string): boolean {
  return CHANGE_WORDS.includes(label);
}

function changeWordAtEnd(s: string): string | undefined {
  return CHANGE_WORDS.find((w) => s.endsWith(w) && s.length > w.length);
}

/**
 * Labels for `count` figures in a row (A、B分别增长x%、y%, or A、B增长x%、y%): one label per list item, each with
 * the list's shared head (投资) and change word (增长). Undefined when the items do not pair with the figures.
 */
export function listLabels(norm: string, start: number, count: number): string[] | undefined {
  const region = wordsBefore(norm, start, LIST_STOP, MAX_LIST);
  const split = region.lastIndexOf("分别");
  let itemsPart = split >= 0 ? region.slice(0, split) : region;
  let change = split >= 0 ? changeWordAtEnd("_" + region.slice(split + 2)) : undefined;
  if (split < 0) {
    change = changeWordAtEnd(itemsPart);
    if (change) itemsPart = itemsPart.slice(0, -change.length);
  }
  let items = itemsPart.split("、");
  if (items.length !== count && items.length === count - 1) {
    const last = items[items.length - 1].split(/[和与及]/);
    if (last.length === 2) items = [...items.slice(0, -1), ...last];
  }
  if (items.length !== count) return undefined;
  items = items.map((item) => trimLabel(item));
  if (items.some((item) => !item)) return undefined;
  const head = SHARED_HEADS.find((h) => items[count - 1].endsWith(h));
  return items.map((item, i) => {
    const shared = i < count - 1 && head && !item.includes(head) && !SHARED_HEADS.some((h) => item.endsWith(h));
    return (shared ? item + head : item) + (change ?? "");
  });
}
