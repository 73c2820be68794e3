/**
 * Documents known by a popular name (named-documents.tsv), five-year plans (five-year-plans.tsv) and
 * the word lists of bare citations (bare-documents.tsv).
 */
import type { LawKind } from "../types.js";
import { Trie } from "../util/trie.js";
import { readTsv } from "./tsv.js";

export interface NamedDocumentVersion {
  titles: string[];
  kind: LawKind;
  from: string;
  context?: RegExp;
}

/** cited name -> its versions, oldest first */
export const namedDocuments = new Trie<NamedDocumentVersion[]>();
for (const [name, titles, kind, from, context] of readTsv("named-documents.tsv")) {
  const versions = namedDocuments.get(name) ?? [];
  versions.push({
    titles: titles.split(";"),
    kind: kind as LawKind,
    from: from ?? "",
    ...(context ? { context: new RegExp(context) } : {}),
  });
  versions.sort((a, b) => a.from.localeCompare(b.from));
  namedDocuments.add(name, versions);
}

/** The version of a named document that a report of `year` cites: the latest issued by then. */
export function versionIn(versions: NamedDocumentVersion[], year: number | null): NamedDocumentVersion {
  if (year === null) return versions[versions.length - 1];
  const issued = versions.filter((v) => v.from <= `${year}-12-31`);
  return issued[issued.length - 1] ?? versions[0];
}

export interface FiveYearPlan {
  label: string;
  first: number;
  last: number;
  nationalOutline: string;
  localOutline: string;
  nationalProposal: string;
  localProposal: string;
}

export const fiveYearPlans = new Map<string, FiveYearPlan>(
  readTsv("five-year-plans.tsv").map(
    ([label, first, last, nationalOutline, localOutline, nationalProposal, localProposal]) => [
      label,
      {
        label,
        first: Number(first),
        last: Number(last),
        nationalOutline,
        localOutline,
        nationalProposal,
        localProposal,
      },
    ],
  ),
);

/** The plan whose first year is `year` (a report of that year submits its outline). */
export function planStartingIn(year: number | null): FiveYearPlan | undefined {
  return [...fiveYearPlans.values()].find((p) => p.first === year);
}

const BARE = new Map(readTsv("bare-documents.tsv").map(([rule, words]) => [rule, words]));
export const bareWords = (rule: string): string[] => (BARE.get(rule) ?? "").split(",").filter(Boolean);
export const bareRegex = (rule: string): string => BARE.get(rule) ?? "$^";
