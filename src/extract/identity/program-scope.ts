/**
 * Whose a program is (README, "Whose a name is"): a program of the national list
 * (national-programs.tsv) is national and takes the list's name, with or without a round (新一轮…) or the
 * country's name (国家…, 中央…) before it; so is one whose name says so
 * (全国…, 国家…, 中国…) or that the text calls the country's (国家“两重”项目, 中央…); a name that opens
 * with a place is that place's; a State Council report's programs are national; one right after a level of
 * the report's own government (省级“双高建设计划”) is the report's, list or not; anything else, a
 * nickname (百千万工程) included, is the report's own.
 */
import type { Doc, ProgramMention } from "../document.js";
import { nationalPrograms, programKey } from "../lexicon/national-programs.js";
import { isNationalReport, ownerNamed, reportScope } from "./owner.js";

/** words right before a name that make it the country's: 国家“两重”, 中央“千万工程” */
const NATIONAL_BEFORE = /(国家|中央|党中央)$/;

/** words that only say which round of a program it is: 新一轮国资国企改革 is 国资国企改革 */
const GRADE = /^(新一轮|深化)/;

/** the country's name before a program of the list: 国家污染防治攻坚战 (成效考核) is 污染防治攻坚战 */
const COUNTRY_LEAD = /^(国家|中央|党中央)/;

/** a level of the report's own government right before a name: 省级“双高建设计划” is the province's selection */
const OWN_LEVEL_BEFORE = /(省级|市级|县级|区级)$/;

export interface ProgramScope {
  /** the program's one name when the national list knows it by another */
  name: string;
  scope: string | undefined;
}

export function programScope(doc: Doc, p: ProgramMention, name: string): ProgramScope {
  const own = reportScope(doc);
  if (own && OWN_LEVEL_BEFORE.test(doc.norm.slice(Math.max(0, p.start - 2), p.start))) return { name, scope: own };
  const key = programKey(name);
  const national =
    nationalPrograms.get(key) ??
    nationalPrograms.get(key.replace(GRADE, "")) ??
    nationalPrograms.get(key.replace(COUNTRY_LEAD, ""));
  if (national) return { name: national, scope: undefined };
  if (ownerNamed(name)) return { name, scope: undefined };
  if (NATIONAL_BEFORE.test(doc.norm.slice(Math.max(0, p.start - 3), p.start))) return { name, scope: undefined };
  if (isNationalReport(doc)) return { name, scope: undefined };
  return { name, scope: own };
}
