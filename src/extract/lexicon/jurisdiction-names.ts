/** One trie over every name a division goes by: full names, short names of provinces/cities, former names. */
import { Trie } from "../util/trie.js";
import {
  countyStem,
  divisionsByCode,
  divisionsByName,
  formerNames,
  otherNames,
  shortName,
  type Division,
} from "./divisions.js";
import { readTsv, readWordList } from "./tsv.js";

export type NameForm = "full" | "short" | "former";

export interface NameCandidate {
  division: Division;
  form: NameForm;
}

const SHORT_STOPLIST = new Set(readWordList("jurisdiction-short-stoplist.txt"));

export const jurisdictionNames = new Trie<NameCandidate[]>();

/**
 * Names that count only inside a list of places (珲春、集安、延吉; 深圳、珠海、中山): county-level units
 * without their suffix, and city short names that are also ordinary words (中山, 黄山).
 */
export const listOnlyNames = new Trie<Division[]>();

function addListOnly(name: string, d: Division): void {
  const list = listOnlyNames.get(name);
  if (list) list.push(d);
  else listOnlyNames.add(name, [d]);
}

/** Strings in which a place name is read across a word boundary (隆重庆祝, 欧美国家). */
export const placeCollisions = new Trie<true>();
for (const w of readWordList("place-collisions.txt")) placeCollisions.add(w, true);

/** What may follow a name for it to name the place: not the rest of a proper noun (中国特色), only these characters. */
export interface NameContext {
  notBefore: string[];
  onlyBefore?: Set<string>;
}
export const nameContext = new Map<string, NameContext>();
for (const [name, rule, values] of readTsv("jurisdiction-context.tsv")) {
  const c = nameContext.get(name) ?? { notBefore: [] };
  if (rule === "not_before") c.notBefore.push(...values.split(","));
  else if (rule === "only_before") c.onlyBefore = new Set(values);
  nameContext.set(name, c);
}

function add(name: string, c: NameCandidate): void {
  const list = jurisdictionNames.get(name);
  if (list) list.push(c);
  else jurisdictionNames.add(name, [c]);
}

for (const [name, list] of divisionsByName) {
  // two-character full names (城区, 矿区, 郊区) are ordinary words; they are not matched, but countries are (美国, 日本)
  if (name.length < 3 && !list.every((d) => d.level === "national")) continue;
  for (const division of list) add(name, { division, form: "full" });
}
for (const d of divisionsByCode.values()) {
  if (d.level !== "provincial" && d.level !== "city") continue;
  const short = shortName(d);
  if (!short || short.length < 2 || divisionsByName.has(short)) continue;
  if (d.level === "city" && SHORT_STOPLIST.has(short)) {
    addListOnly(short, d);
    continue;
  }
  add(short, { division: d, form: "short" });
}
for (const [name, code] of otherNames) {
  const d = divisionsByCode.get(code);
  if (d) add(name, { division: d, form: "full" });
}
for (const [name, code] of formerNames) {
  const d = divisionsByCode.get(code);
  if (d) add(name, { division: d, form: "former" });
}
for (const d of divisionsByCode.values()) {
  const stem = countyStem(d);
  if (stem && !jurisdictionNames.get(stem)) addListOnly(stem, d);
}
