/**
 * What a figure measures (MEASURES): the program named before it in its sentence (开展打击非法行医行动,巡查了300多家
 * 医疗机构,立案19起), unless that program's own clause already has its figure (“先投后股”试点22项，科技成果转化企业
 * 新增1013家: the second figure is not the pilot's); else the agency acting in its sentence, else the report's issuer.
 * A figure with none of them is not kept.
 */
import type { Doc, MetricMention, SentenceSpan } from "../../document.js";
import { sentenceAt, within } from "../../document.js";
import { actorOrIssuer, clauseOf } from "../relation-context.js";
import { programId } from "../../identity/ids.js";

export interface MetricOwner {
  metric: MetricMention;
  to: string[];
  sentence: SentenceSpan;
}

export function metricOwners(doc: Doc): MetricOwner[] {
  const owners: MetricOwner[] = [];
  for (const metric of doc.metrics) {
    const s = sentenceAt(doc, metric.start);
    if (!s) continue;
    const clause = clauseOf(doc.norm, s, metric.start);
    const programs = within(doc.programs, { start: s.start, end: metric.start });
    let program: (typeof programs)[number] | undefined = programs[programs.length - 1];
    if (program && program.start < clause.start) {
      const own = clauseOf(doc.norm, s, program.start);
      if (within(doc.metrics, own).length) program = undefined;
    }
    const to = program ? [programId(program)] : actorOrIssuer(doc, s, metric.start).map((a) => a.id);
    if (to.length) owners.push({ metric, to, sentence: s });
  }
  return owners;
}
