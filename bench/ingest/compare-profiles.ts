/**
 * The generator's profiles next to the shared corpora, per report, as extracted by the current extractor (no Neo4j):
 *   npx tsx bench/ingest/compare-profiles.ts [--reports 80] [--seed 20260101]
 * prints a Markdown table (the one in RESULTS.md, "Real-sized reports") and fails if a generated text does not extract.
 */
import { parseArgs } from "node:util";
import { extractReport } from "../../src/extract/index.js";
import { CORPUS_DIR, NATIONAL_CORPUS_DIR, corpusProfile, profileOf, type Profile } from "./corpus-profile.js";
import { generateReports, PROFILES } from "./generate.js";

const { values } = parseArgs({
  options: { reports: { type: "string", default: "80" }, seed: { type: "string", default: "20260101" } },
});
const columns: [string, Profile][] = [
  ["provincial 2026 (28)", corpusProfile(CORPUS_DIR)],
  ["national (52)", corpusProfile(NATIONAL_CORPUS_DIR)],
  ["both corpora (80)", corpusProfile([CORPUS_DIR, NATIONAL_CORPUS_DIR])],
];
for (const profile of PROFILES) {
  const generated = generateReports(Number(values.reports), Number(values.seed), profile);
  const started = performance.now();
  const extracted = generated.map((r) => extractReport(r.text, {})); // throws on a text that does not extract
  const chars = generated.reduce((s, r) => s + r.text.length, 0);
  columns.push([
    `generated \`${profile}\` (${generated.length})`,
    profileOf(extracted, chars, performance.now() - started),
  ]);
}

const rows: [string, (p: Profile) => number | undefined][] = [
  ["characters", (p) => p.chars],
  ["entities", (p) => p.entities],
  ...["Metric", "Program", "Jurisdiction", "Law", "Agency"].map((t): [string, (p: Profile) => number | undefined] => [
    `  ${t}`,
    (p) => p.entitiesByType[t],
  ]),
  ["relations", (p) => p.relations],
  ...[...new Set(columns.flatMap(([, p]) => Object.keys(p.relationsByType)))]
    .sort()
    .map((t): [string, (p: Profile) => number | undefined] => [`  ${t}`, (p) => p.relationsByType[t]]),
  ["shared-entity share", (p) => p.sharedEntityShare],
  ["extract ms/report", (p) => p.extractMsPerReport],
];
console.log(`| per report | ${columns.map(([name]) => name).join(" | ")} |`);
console.log(`|---|${columns.map(() => "---").join("|")}|`);
for (const [label, get] of rows) console.log(`| ${label} | ${columns.map(([, p]) => get(p) ?? 0).join(" | ")} |`);
