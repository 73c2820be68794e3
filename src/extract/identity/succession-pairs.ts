/**
 * The succession lexicon's pairs an agency is in, read from its canonical name alone (no report needed): the loader
 * links two stored bodies of one jurisdiction that the lexicon pairs, whichever reports named them
 * (src/graph/load/succession-links.ts). A local name is the jurisdiction's government prefix (荆州市沙市区, as
 * canonical.ts builds it) followed by a template's body word (卫生和计划生育局); a national name is looked up whole.
 */
import { governmentPrefix } from "../canonical.js";
import { divisionsByName } from "../lexicon/divisions.js";
import { SUCCESSIONS, type Succession } from "../lexicon/agency-succession.js";

export interface SuccessionPair {
  /** canonical names */
  predecessor: string;
  successor: string;
  succession: Succession;
}

const J = "{J}";
/** template rows by their body word, once per side */
const localBySide = { predecessor: new Map<string, Succession[]>(), successor: new Map<string, Succession[]>() };
const nationalBySide = { predecessor: new Map<string, Succession[]>(), successor: new Map<string, Succession[]>() };
for (const s of SUCCESSIONS)
  for (const side of ["predecessor", "successor"] as const) {
    const local = s[side].startsWith(J);
    const map = local ? localBySide[side] : nationalBySide[side];
    const key = local ? s[side].slice(J.length) : s[side];
    map.set(key, [...(map.get(key) ?? []), s]);
  }
const bodyWords = [...new Set([...localBySide.predecessor.keys(), ...localBySide.successor.keys()])];

/** Whether `prefix` is how canonical names start for some jurisdiction's bodies (荆州市沙市区, 湖北省, 天津市西青区). */
function isGovernmentPrefix(prefix: string): boolean {
  for (let length = Math.min(prefix.length, 12); length >= 2; length--)
    for (const d of divisionsByName.get(prefix.slice(prefix.length - length)) ?? [])
      if (governmentPrefix(d.code) === prefix) return true;
  return false;
}

/** Every lexicon pair the agency called `name` is one side of, with the other side's canonical name. */
export function successionPairs(name: string): SuccessionPair[] {
  const pairs: SuccessionPair[] = [];
  for (const s of nationalBySide.predecessor.get(name) ?? [])
    pairs.push({ predecessor: name, successor: s.successor, succession: s });
  for (const s of nationalBySide.successor.get(name) ?? [])
    pairs.push({ predecessor: s.predecessor, successor: name, succession: s });
  for (const word of bodyWords) {
    if (!name.endsWith(word) || name.length === word.length) continue;
    const prefix = name.slice(0, name.length - word.length);
    if (!isGovernmentPrefix(prefix)) continue;
    const fill = (template: string) => prefix + template.slice(J.length);
    for (const s of localBySide.predecessor.get(word) ?? [])
      pairs.push({ predecessor: name, successor: fill(s.successor), succession: s });
    for (const s of localBySide.successor.get(word) ?? [])
      pairs.push({ predecessor: fill(s.predecessor), successor: name, succession: s });
  }
  return pairs;
}
