/**
 * Pass 11: metrics, i.e. numbers with a unit (立案19起, 336.93万元, 99.2%, 300多家), each with the words that say
 * what it counts (label, see metrics/labels.ts), approximation words (多, 余, 近, 左右, 以上) and whether it is a
 * result or a target (metrics/kind.ts). Years, dates, ordinals (第五次) and numbers inside 《》 are not metrics.
 */
import { outsideFurniture, type Doc, type MetricMention } from "../document.js";
import { isDigit } from "../util/text.js";
import { metricKind } from "./metrics/kind.js";
import { isChangeWord, leftLabel, listLabels, namesNoThing, rightNoun, trimLabel } from "./metrics/labels.js";
import {
  AFTER_NUMBER,
  AFTER_UNIT,
  BEFORE_NUMBER,
  CONTINUES,
  COUNT_UNITS,
  MULTIPLIERS,
  NOT_LABELS,
  UNITS,
} from "./metrics/words.js";

/** A number with its unit, before its label is known. */
interface Figure extends Omit<MetricMention, "label" | "kind"> {
  /** where the words before the figure end (before 近/约/超过) */
  labelEnd: number;
  countUnit: boolean;
}

const PER = /^\/(年|月|日|天|小时|人|户|亩)/;
const LIST_JOIN = /^[、和及与]$/;

function unitAt(norm: string, at: number, limit: number): { unit: string; end: number; count: boolean } | undefined {
  const multiplier = MULTIPLIERS.has(norm[at]) ? norm[at] : "";
  const qualified = multiplier ? UNITS.longestAt(norm, at + 1, Math.min(limit, at + 7)) : undefined;
  if (qualified)
    return { unit: multiplier + qualified.value, end: qualified.end, count: COUNT_UNITS.has(qualified.value) };
  const plain = UNITS.longestAt(norm, at, Math.min(limit, at + 6));
  return plain && { unit: plain.value, end: plain.end, count: COUNT_UNITS.has(plain.value) };
}

function figureAt(doc: Doc, numStart: number, numberEnd: number): Figure | undefined {
  const { norm, text, bodyEnd } = doc;
  const prev = norm[numStart - 1] ?? "";
  // 第五次 is an ordinal; 每10万人 the base of a rate, not a figure of its own
  if (prev === "第" || prev === "每" || prev === "-" || prev === "." || /[A-Za-z]/.test(prev)) return undefined;
  let at = numberEnd;
  let qualifier = AFTER_NUMBER.has(norm[at]) && !MULTIPLIERS.has(norm[at + 1]) ? norm[at++] : undefined;
  let unit = unitAt(norm, at, bodyEnd);
  if (!unit && !qualifier && AFTER_NUMBER.has(norm[at + 1]) && MULTIPLIERS.has(norm[at])) {
    // 300多万人: multiplier after the qualifier
    qualifier = norm[at + 1];
    const rest = unitAt(norm, at + 2, bodyEnd);
    if (rest) unit = { ...rest, unit: norm[at] + rest.unit, count: false };
  }
  if (!unit) return undefined;
  let end = unit.end;
  let unitText = unit.unit;
  const per = PER.exec(norm.slice(end, end + 3));
  if (per) ((unitText += per[0]), (end += per[0].length));
  const after = AFTER_UNIT.find((w) => norm.startsWith(w, end));
  if (after) ((qualifier ??= after), (end += after.length));
  const beforeWord = BEFORE_NUMBER.find((w) => norm.startsWith(w, numStart - w.length));
  qualifier ??= beforeWord;
  const value = Number(norm.slice(numStart, numberEnd).replaceAll(",", ""));
  if (!Number.isFinite(value)) return undefined;
  const labelEnd = beforeWord ? numStart - beforeWord.length : numStart;
  return {
    start: numStart,
    end,
    text: text.slice(numStart, end),
    value,
    unit: unitText,
    qualifier,
    labelEnd,
    countUnit: unit.count,
  };
}

function singleLabel(norm: string, f: Figure, previous?: { figure: Figure; label: string }): string {
  const left = leftLabel(norm, f.labelEnd, previous?.figure.end);
  // 从1795亿元增加到5260亿元: the second figure is the same quantity as the first
  if (previous && CONTINUES.has(left)) return previous.label;
  const label = trimLabel(left);
  if (previous && isChangeWord(label) && /^[、,]$/.test(norm.slice(previous.figure.end, f.labelEnd - left.length)))
    return previous.label + label;
  if (f.countUnit && namesNoThing(left, label)) {
    const right = trimLabel(rightNoun(norm, f.end));
    if (right.length >= 2) return right;
  }
  return label || f.unit;
}

/** 做好9个方面工作: a count of the report's own parts, not a figure. */
function countsReportParts(norm: string, f: Figure): boolean {
  return f.countUnit && [...NOT_LABELS].some((w) => norm.startsWith(w, f.end));
}

/** Runs of figures joined by 、/和 (9.4%、13.3%、6.1%), which share the words before the first. */
function runs(norm: string, figures: Figure[]): Figure[][] {
  const out: Figure[][] = [];
  for (const f of figures) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && LIST_JOIN.test(norm.slice(prev.end, f.start)) && f.labelEnd === f.start) last.push(f);
    else out.push([f]);
  }
  return out;
}

export function findMetrics(doc: Doc): Doc {
  const { norm, bodyEnd } = doc;
  const titles = doc.laws.filter((l) => l.text.startsWith("《"));
  let t = 0;
  // numbers are visited in order, so one cursor over the (sorted) titles suffices
  const inTitle = (pos: number) => {
    while (t < titles.length && titles[t].end <= pos) t++;
    return t < titles.length && titles[t].start <= pos;
  };
  const figures: Figure[] = [];
  for (let i = 0; i < bodyEnd; i++) {
    if (!isDigit(norm.charCodeAt(i))) continue;
    const numStart = i;
    let numberEnd = i;
    while (
      numberEnd < bodyEnd &&
      (isDigit(norm.charCodeAt(numberEnd)) || (norm[numberEnd] === "." && isDigit(norm.charCodeAt(numberEnd + 1))))
    )
      numberEnd++;
    // 6,435人: a thousands separator, when three digits and no more follow it
    while (
      norm[numberEnd] === "," &&
      /^\d{3}(?!\d)/.test(norm.slice(numberEnd + 1, numberEnd + 5)) &&
      numberEnd - numStart <= 7
    )
      numberEnd += 4;
    i = numberEnd - 1;
    const f = figureAt(doc, numStart, numberEnd);
    if (!f || inTitle(numStart)) continue;
    figures.push(f);
    i = f.end - 1;
  }
  const metrics: MetricMention[] = [];
  let previous: { figure: Figure; label: string } | undefined;
  for (const run of runs(
    norm,
    figures.filter((f) => !countsReportParts(norm, f)),
  )) {
    const labels = run.length > 1 ? listLabels(norm, run[0].labelEnd, run.length) : undefined;
    // figures that do not pair with the list before them share its words (存贷款余额分别增长6.9%、6.6%)
    const shared = run.length > 1 && !labels ? singleLabel(norm, run[0]).replace("分别", "") : undefined;
    run.forEach((f, i) => {
      const { labelEnd: _l, countUnit: _c, ...figure } = f;
      const label = labels?.[i] ?? shared ?? singleLabel(norm, f, previous);
      previous = { figure: f, label };
      if (NOT_LABELS.has(label)) return;
      metrics.push({ ...figure, label, kind: metricKind(doc, f.start) });
    });
  }
  return { ...doc, metrics: outsideFurniture(doc, metrics) };
}
