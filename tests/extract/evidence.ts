/** Checks every offset of an extraction against the decoded text: text.slice(start, end) must be the evidence. */
import type { ExtractedReport } from "../../src/extract/types.js";

export function offsetErrors(text: string, result: ExtractedReport): string[] {
  const errors: string[] = [];
  for (const e of result.entities) {
    for (const m of e.mentions)
      if (text.slice(m.start, m.end) !== m.text) errors.push(`${e.id}: mention "${m.text}" at ${m.start}`);
  }
  for (const r of result.relations) {
    const { start, end, sentence } = r.evidence;
    if (text.slice(start, end) !== sentence) errors.push(`${r.type} ${r.from} -> ${r.to}: evidence at ${start}`);
  }
  for (const s of result.sections)
    if (text.slice(s.start, s.start + s.heading.length) !== s.heading) errors.push(`section ${s.id}`);
  return errors;
}
