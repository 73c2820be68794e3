/** The kind of report (lexicon/report-types.tsv): from the title, else, for a speech to a people's congress, 政府工作报告. */
import { readTsv } from "../lexicon/tsv.js";

const TYPES = readTsv("report-types.tsv").map(([type, pattern]) => ({ type: type!, pattern: new RegExp(pattern!) }));

/** A speech to the congress: 各位代表 in the opening, given by a government (政府, 国务院) or to a 人民代表大会. */
const CONGRESS_SPEECH = /各位代表[:!,]|作政府工作报告|报告政府工作/;
const BY_GOVERNMENT = /政府|国务院|人民代表大[会會]/;

export function reportTypeOf(title: string, compact: string): string | null {
  for (const { type, pattern } of TYPES) if (pattern.test(title)) return type;
  const opening = compact.slice(0, 1500);
  if (CONGRESS_SPEECH.test(opening) && BY_GOVERNMENT.test(compact.slice(0, 3000))) return "政府工作报告";
  return null;
}
