/**
 * Whether a law's or program's name is only a kind word (纲要, 《决定》, 提升行动, 发展工程): such a name
 * says what something is, never which one, so it is no node (generic-names.tsv).
 */
import { readTsv } from "../lexicon/tsv.js";

const WORDS = new Map(readTsv("generic-names.tsv").map(([rule, words]) => [rule, words.split(",").filter(Boolean)]));
const alternation = (rule: string) =>
  (WORDS.get(rule) ?? [])
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[+()]/g, "\\$&"))
    .join("|");

const MODIFIER = alternation("modifier");
const DOCUMENT = new RegExp(`^(?:${MODIFIER}|${alternation("document_head")})*(?:${alternation("document_head")})$`);
const PROGRAM = new RegExp(`^(?:${MODIFIER}|${alternation("program_head")})*(?:${alternation("program_head")})$`);

/** The name without quotation marks and trailing bracketed qualifiers: 纲要(草案) -> 纲要, “提升”行动 -> 提升行动. */
function bare(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[“”"'‘’《》\s]/g, "")
    .replace(/(\([^()]{1,20}\))+$/, "");
}

export function isGenericLawName(name: string): boolean {
  const b = bare(name);
  return !b || DOCUMENT.test(b);
}

export function isGenericProgramName(name: string): boolean {
  const b = bare(name);
  return !b || PROGRAM.test(b);
}
