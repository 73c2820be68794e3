/** Agency lexicon (agencies.tsv, central-agencies.tsv) as one trie of surface forms. */
import type { AgencyKind } from "../types.js";
import { Trie } from "../util/trie.js";
import { readTsv } from "./tsv.js";

/** Level words that may stand before a form instead of a place name (区卫计局, 省委). */
export type LevelChar = "省" | "市" | "区" | "县" | "镇" | "乡" | "州" | "旗";
export const LEVEL_CHARS = new Set<string>(["省", "市", "区", "县", "镇", "乡", "州", "旗"]);

export interface AgencyForm {
  /** one template per body the form names (法检两院 names two) */
  templates: string[];
  kinds: AgencyKind[];
  provincialTemplate?: string;
  /** may stand without a place name; then it belongs to the report's jurisdiction (or the level given) */
  bare: boolean;
  bareLevel?: LevelChar;
  /** functional name (财政部门) that counts only inside a list of named bodies */
  listOnly: boolean;
  /** central body: `templates` holds its full name */
  central: boolean;
}

export const agencyForms = new Trie<AgencyForm>();

for (const [template, kind, forms, flags = ""] of readTsv("agencies.tsv")) {
  const flagList = flags.split(",").filter(Boolean);
  const prov = flagList.find((f) => f.startsWith("prov="))?.slice(5);
  const bareFlag = flagList.find((f) => f.startsWith("bare"));
  const form: AgencyForm = {
    templates: template.split("|"),
    kinds: kind.split("|") as AgencyKind[],
    provincialTemplate: prov,
    bare: !!bareFlag,
    bareLevel: bareFlag?.includes("@") ? (bareFlag.split("@")[1] as LevelChar) : undefined,
    central: false,
    listOnly: flagList.includes("listonly"),
  };
  for (const f of forms.split(",")) agencyForms.add(f, form, true);
}

for (const [canonical, kind, forms] of readTsv("central-agencies.tsv")) {
  const form: AgencyForm = {
    templates: [canonical],
    kinds: [kind as AgencyKind],
    bare: true,
    central: true,
    listOnly: false,
  };
  for (const f of forms.split(",")) agencyForms.add(f, form);
}
