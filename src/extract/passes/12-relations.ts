/**
 * Pass 12: typed relations between the mentions of one sentence, each with the sentence as evidence.
 * Directions: ISSUED, IMPLEMENTS, CONDUCTS, ABOLISHED, TRANSFERRED_DUTY (from the body giving up the duty),
 * MERGED (from the body merged away to the body it merged into): agency -> thing acted on.
 * When a sentence names no acting agency, the report's issuer acts.
 */
import type { AgencyRef, Doc, SentenceSpan } from "../document.js";
import { sentenceAt, within } from "../document.js";
import type { ExtractedRelation, RelationType } from "../types.js";
import { actorOrIssuer, cueBefore, cues, evidenceOf } from "./relation-context.js";
import { metricOwners } from "./metrics/owners.js";
import { lawId, metricId, programId } from "../identity/ids.js";

type Add = (
  type: RelationType,
  from: string,
  to: string,
  s: SentenceSpan,
  properties?: ExtractedRelation["properties"],
) => void;

function lawRelations(doc: Doc, add: Add): void {
  for (const law of doc.laws) {
    const s = sentenceAt(doc, law.start);
    if (!s) continue;
    for (const { ref } of law.issuers) add("ISSUED", ref.id, lawId(law), s);
    const skip = [
      ...within(doc.agencies, { start: s.start, end: law.start }),
      ...within(doc.laws, { start: s.start, end: law.start }),
    ].sort((a, b) => a.start - b.start);
    const implement = cueBefore(doc.norm, s, law.start, cues("IMPLEMENTS"), skip);
    if (implement) for (const a of actorOrIssuer(doc, s, implement.start)) add("IMPLEMENTS", a.id, lawId(law), s);
    const issue = !law.issuers.length && cueBefore(doc.norm, s, law.start, cues("ISSUED"), [], 2);
    if (issue) for (const a of actorOrIssuer(doc, s, issue.start)) add("ISSUED", a.id, lawId(law), s);
  }
}

function programRelations(doc: Doc, add: Add): void {
  for (const p of doc.programs) {
    const s = sentenceAt(doc, p.start);
    if (s) for (const a of actorOrIssuer(doc, s, p.start)) add("CONDUCTS", a.id, programId(p), s);
  }
}

/** The first cue word in text[from, to); searches only that slice, so the cost stays per sentence. */
function firstCue(text: string, words: string[], from: number, to: number): { start: number; end: number } | undefined {
  const slice = text.slice(from, to);
  let best: { start: number; end: number } | undefined;
  for (const w of words) {
    const i = slice.indexOf(w);
    if (i >= 0 && (!best || from + i < best.start)) best = { start: from + i, end: from + i + w.length };
  }
  return best;
}

const REORGANISATION_CUES = [...cues("TRANSFERRED_DUTY"), ...cues("ABOLISHED"), ...cues("MERGED")];

/** 将区卫计局承担的新型农村合作医疗行政管理职责划入区人社局; 撤销区新型农村合作医疗办公室; A、B合并为C. */
function reorganisations(doc: Doc, add: Add): void {
  const { norm } = doc;
  for (const s of doc.sentences) {
    const agencies = within(doc.agencies, s);
    if (!agencies.length) continue;
    for (let from = s.start; from < s.end;) {
      const cue = firstCue(norm, REORGANISATION_CUES, from, s.end);
      if (!cue) break;
      from = cue.end;
      const word = norm.slice(cue.start, cue.end);
      const after = agencies.find((a) => a.start >= cue.end && a.start - cue.end <= 1);
      if (!after) continue;
      if (cues("ABOLISHED").includes(word)) {
        for (const actor of actorOrIssuer(doc, s, cue.start))
          for (const t of after.refs) add("ABOLISHED", actor.id, t.id, s);
        continue;
      }
      const before = [...agencies]
        .reverse()
        .find((a) => a.end <= cue.start && !/[,;]/.test(norm.slice(a.end, cue.start)));
      if (!before) continue;
      if (cues("TRANSFERRED_DUTY").includes(word)) {
        const between = norm.slice(before.end, cue.start);
        const duty = /^(?:承担|负责)?的?(.{2,30}?(?:职责|职能|工作|事项))$/.exec(between)?.[1];
        if (!duty) continue;
        for (const a of before.refs)
          for (const b of after.refs)
            add("TRANSFERRED_DUTY", a.id, b.id, s, { duty: doc.text.slice(cue.start - duty.length, cue.start) });
      } else {
        for (const a of before.refs) for (const b of after.refs) if (a.id !== b.id) add("MERGED", a.id, b.id, s);
      }
    }
  }
}

function structural(doc: Doc, add: Add, agencyIds: Set<string>): void {
  const firstMention = new Map<string, { ref: AgencyRef; at: number }>();
  for (const m of doc.agencies)
    for (const ref of m.refs) if (!firstMention.has(ref.id)) firstMention.set(ref.id, { ref, at: m.start });
  for (const { ref, at } of firstMention.values()) {
    const s = sentenceAt(doc, at);
    if (!s) continue;
    if (ref.parentId && agencyIds.has(ref.parentId)) add("PART_OF", ref.id, ref.parentId, s);
    if (ref.jurisdictionCode) add("IN_JURISDICTION", ref.id, `jurisdiction:${ref.jurisdictionCode}`, s);
  }
}

export function findRelations(doc: Doc): Doc {
  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const add: Add = (type, from, to, s, properties) => {
    const key = `${type}|${from}|${to}|${s.start}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    relations.push({ type, from, to, ...(properties ? { properties } : {}), evidence: evidenceOf(doc, s) });
  };
  const agencyIds = new Set(doc.agencies.flatMap((m) => m.refs.map((r) => r.id)));
  lawRelations(doc, add);
  programRelations(doc, add);
  reorganisations(doc, add);
  const owners = metricOwners(doc);
  for (const { metric, to, sentence } of owners)
    for (const id of to) add("MEASURES", metricId(doc, metric), id, sentence);
  structural(doc, add, agencyIds);
  // a figure that measures nothing is not kept (its label alone says too little)
  return { ...doc, relations, metrics: owners.map((o) => o.metric) };
}
