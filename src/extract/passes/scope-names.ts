/**
 * Between pass 10 and pass 11: laws and programs get their owner, once both are found and before
 * figures and relations point at them. A name that is only a kind word (《纲要(草案)》 left unresolved,
 * 提升行动) is dropped; a national program takes the national list's name; every other name that does
 * not say whose it is gets the report's jurisdiction as its scope, which its id carries
 * (identity/law-scope.ts, identity/program-scope.ts; README, "Whose a name is").
 */
import type { Doc, LawMention, ProgramMention } from "../document.js";
import { isGenericLawName, isGenericProgramName } from "../identity/generic-names.js";
import { lawScope } from "../identity/law-scope.js";
import { programScope } from "../identity/program-scope.js";
import { programName } from "../identity/ids.js";

function scopedLaw(doc: Doc, law: LawMention): LawMention {
  const scope = lawScope(doc, law);
  return scope ? { ...law, scope } : law;
}

function scopedProgram(doc: Doc, p: ProgramMention): ProgramMention {
  const { name, scope } = programScope(doc, p, programName(p));
  return { ...p, name, ...(scope ? { scope } : {}) };
}

export function scopeNames(doc: Doc): Doc {
  const laws = doc.laws.filter((l) => !isGenericLawName(l.canonical)).map((l) => scopedLaw(doc, l));
  const programs = doc.programs.filter((p) => !isGenericProgramName(programName(p))).map((p) => scopedProgram(doc, p));
  return { ...doc, laws, programs };
}
