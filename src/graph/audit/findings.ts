/**
 * What `kg audit` reports about a graph, from the rows of queries.ts (pure, so it is tested without a database):
 *   - probable duplicates: names equal once prefixes (中华人民共和国, 中共, the jurisdiction's own name) and width
 *     variants (＋/+, （）/(), quotes, spaces) are removed; or, inside one jurisdiction, one name ending with another
 *     (广东百千万工程 / 百千万工程) or one being the other plus a head word (X / X行动 / X工程);
 *   - generic nodes: a Law or Program whose name is a bare document type or head word (generic-names.txt);
 *   - shared local nodes: a Law or Program mentioned by reports of two or more provinces and by no national report
 *     (a name that does not say whose it is, merged across governments), unless it is a national law by kind.
 */
import { readFileSync } from "node:fs";
import { fromRoot } from "../../package-root.js";

export interface AuditEntity {
  id: string;
  labels: string[];
  name: string;
  kind: string | null;
  /** GB/T 2260 codes of the jurisdictions its reports cover */
  codes: string[];
  reports: number;
  /** mentioned by a national report */
  national: boolean;
}

export interface DuplicatePair {
  label: string;
  a: string;
  b: string;
  reason: string;
}

export interface AuditFindings {
  duplicates: DuplicatePair[];
  generic: { id: string; name: string; reports: number }[];
  sharedLocal: { id: string; name: string; provinces: string[] }[];
}

const GENERIC = new Set(
  readFileSync(fromRoot("src", "graph", "audit", "generic-names.txt"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean),
);
const PREFIXES = /^(?:中华人民共和国|中国共产党|中共|全国)/;
const HEAD_WORDS = ["三年行动", "行动计划", "行动", "工程", "计划", "专项行动"];
/** a longer name ending with a shorter one counts when what it adds is short: a place or a qualifier (广东, 全国) */
const MAX_PREFIX = 6;
const NATIONAL_LAW_KINDS = new Set(["law", "administrative_regulation"]);

/** The name as compared: NFKC (＋ -> +, （ -> (), without quotes, book marks, spaces and a trailing (草案). */
export function comparable(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[“”"‘’'《》〈〉「」『』\s·]/g, "")
    .replace(/\((?:草案|试行|修订|暂行)\)$/, "");
}

const labelOf = (e: AuditEntity) => e.labels.find((l) => l !== "Entity") ?? "Entity";
const province = (code: string) => `${code.slice(0, 2)}0000`;

export function auditFindings(entities: AuditEntity[]): AuditFindings {
  const duplicates: DuplicatePair[] = [];
  const seen = new Set<string>();
  const pair = (label: string, a: AuditEntity, b: AuditEntity, reason: string) => {
    const [x, y] = [a.id, b.id].sort();
    const key = `${x}\u0000${y}`;
    if (x === y || seen.has(key)) return;
    seen.add(key);
    duplicates.push({ label, a: x!, b: y!, reason });
  };

  const byLabel = new Map<string, AuditEntity[]>();
  for (const e of entities) byLabel.set(labelOf(e), [...(byLabel.get(labelOf(e)) ?? []), e]);
  for (const [label, list] of byLabel) {
    const byKey = new Map<string, AuditEntity[]>();
    for (const e of list) {
      const key = comparable(e.name).replace(PREFIXES, "");
      byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
    for (const group of byKey.values())
      for (let i = 1; i < group.length; i++)
        pair(label, group[0]!, group[i]!, "same name without prefix or width variants");
    if (label === "Agency") continue;
    // inside one jurisdiction: one name ends with the other, or is it plus a head word
    const byCode = new Map<string, AuditEntity[]>();
    for (const e of list) for (const code of e.codes) byCode.set(code, [...(byCode.get(code) ?? []), e]);
    for (const [code, group] of byCode) {
      const names = group.map((e) => ({ e, n: comparable(e.name) }));
      for (const a of names) {
        for (const b of names) {
          if (a.e === b.e || b.n.length < 3 || a.n.length <= b.n.length || GENERIC.has(b.n)) continue;
          if (a.n.endsWith(b.n) && a.n.length - b.n.length <= MAX_PREFIX)
            pair(label, a.e, b.e, `in ${code}: one name ends with the other`);
          else if (HEAD_WORDS.some((h) => a.n === b.n + h))
            pair(label, a.e, b.e, `in ${code}: the same name with and without its head word`);
        }
      }
    }
  }

  const lawsAndPrograms = entities.filter((e) => ["Law", "Program"].includes(labelOf(e)));
  const generic = lawsAndPrograms
    .filter((e) => GENERIC.has(comparable(e.name)))
    .map((e) => ({ id: e.id, name: e.name, reports: e.reports }));
  const sharedLocal = lawsAndPrograms
    .filter((e) => !e.national && !(labelOf(e) === "Law" && NATIONAL_LAW_KINDS.has(e.kind ?? "")))
    .map((e) => ({ id: e.id, name: e.name, provinces: [...new Set(e.codes.map(province))].sort() }))
    .filter((e) => e.provinces.length >= 2);
  return { duplicates, generic, sharedLocal };
}
