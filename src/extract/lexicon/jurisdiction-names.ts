/** One trie over every name a division goes by: full names, short names of provinces/cities, former names. */
import { Trie } from "../util/trie.js";
import { divisionsByCode, divisionsByName, formerNames, shortName, type Division } from "./divisions.js";
import { readWordList } from "./tsv.js";

export type NameForm = "full" | "short" | "former";

export interface NameCandidate {
  division: Division;
  form: NameForm;
}

const SHORT_STOPLIST = new Set(readWordList("jurisdiction-short-stoplist.txt"));

export const jurisdictionNames = new Trie<NameCandidate[]>();

function add(name: string, c: NameCandidate): void {
  const list = jurisdictionNames.get(name);
  if (list) list.push(c);
  else jurisdictionNames.add(name, [c]);
}

for (const [name, list] of divisionsByName) {
  // two-character full names (城区, 矿区, 郊区) are ordinary words; they are not matched
  if (name.length < 3) continue;
  for (const division of list) add(name, { division, form: "full" });
}
for (const d of divisionsByCode.values()) {
  if (d.level !== "provincial" && d.level !== "city") continue;
  const short = shortName(d);
  if (!short || short.length < 2 || divisionsByName.has(short)) continue;
  if (d.level === "city" && SHORT_STOPLIST.has(short)) continue;
  add(short, { division: d, form: "short" });
}
for (const [name, code] of formerNames) {
  const d = divisionsByCode.get(code);
  if (d) add(name, { division: d, form: "former" });
}
