/** Whether a figure is a result (what was done) or a target (what is to be done). */
import type { Doc } from "../../document.js";
import { sentenceAt } from "../../document.js";
import type { MetricKind } from "../../types.js";
import { clauseOf } from "../relation-context.js";
import { TARGET_CUES_CLAUSE, TARGET_CUES_SENTENCE } from "./words.js";

/** A target when it stands in a plan section, or its sentence (预期目标是…) or clause (力争…) states a goal before it. */
export function metricKind(doc: Doc, pos: number): MetricKind {
  const s = sentenceAt(doc, pos);
  if (!s) return "result";
  if (s.sectionKind === "plan") return "target";
  const before = doc.norm.slice(s.start, pos);
  if (TARGET_CUES_SENTENCE.some((w) => before.includes(w))) return "target";
  const clause = doc.norm.slice(clauseOf(doc.norm, s, pos).start, pos);
  if (TARGET_CUES_CLAUSE.some((w) => clause.includes(w))) return "target";
  // 到2030年… states where things are to be, when that year has not yet come in the report's year
  const by = /到(\d{4})年/.exec(clause);
  return by && doc.header.year && Number(by[1]) >= doc.header.year ? "target" : "result";
}
