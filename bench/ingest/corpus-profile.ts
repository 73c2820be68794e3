/**
 * What the extractor finds in real reports: entities and relations per report, by type, and text length.
 * The synthetic generator is checked against this profile (bench output prints both).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractReport } from "../../src/extract/index.js";
import type { ExtractedReport } from "../../src/extract/types.js";

/** the 28 provincial work reports of 2026, copied from the team's shared corpus into the test fixtures */
export const CORPUS_DIR = fileURLToPath(new URL("../../tests/fixtures/corpus/", import.meta.url));

/** the 52 State Council 政府工作报告 1954–2025, copied from the shared corpus */
export const NATIONAL_CORPUS_DIR = fileURLToPath(new URL("../../tests/fixtures/corpus-national/", import.meta.url));

export interface Profile {
  reports: number;
  chars: number;
  entities: number;
  relations: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
  /** share of entity mentions whose id appears in another report too (how much reports overlap) */
  sharedEntityShare: number;
  extractMsPerReport: number;
}

/** Per-report averages over `reports` (with the texts' total length and the time extraction took). */
export function profileOf(extracted: ExtractedReport[], chars: number, extractMs: number): Profile {
  const n = Math.max(extracted.length, 1);
  const entitiesByType: Record<string, number> = {};
  const relationsByType: Record<string, number> = {};
  const seenIn = new Map<string, number>();
  let entities = 0;
  let relations = 0;
  for (const r of extracted) {
    for (const e of r.entities) {
      entitiesByType[e.type] = (entitiesByType[e.type] ?? 0) + 1;
      seenIn.set(e.id, (seenIn.get(e.id) ?? 0) + 1);
    }
    for (const x of r.relations) relationsByType[x.type] = (relationsByType[x.type] ?? 0) + 1;
    entities += r.entities.length;
    relations += r.relations.length;
  }
  let shared = 0;
  for (const r of extracted) for (const e of r.entities) if ((seenIn.get(e.id) ?? 0) > 1) shared++;
  const avg = (m: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(m)
        .sort()
        .map(([k, v]) => [k, round(v / n)]),
    );
  return {
    reports: extracted.length,
    chars: Math.round(chars / n),
    entities: round(entities / n),
    relations: round(relations / n),
    entitiesByType: avg(entitiesByType),
    relationsByType: avg(relationsByType),
    sharedEntityShare: round(shared / Math.max(entities, 1)),
    extractMsPerReport: round(extractMs / n),
  };
}

/** The profile of the .txt reports in one directory or several together. */
export function corpusProfile(dirs: string | string[] = CORPUS_DIR): Profile {
  const files = [dirs].flat().flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => join(dir, f)),
  );
  const started = performance.now();
  let chars = 0;
  const extracted = files.map((f) => {
    const text = readFileSync(f, "utf8");
    chars += text.length;
    return extractReport(text, {});
  });
  return profileOf(extracted, chars, performance.now() - started);
}

const round = (x: number) => Math.round(x * 100) / 100;
