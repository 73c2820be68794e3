/**
 * What `kg audit` reports about a graph, from the rows of queries.ts (pure, so it is tested without a database).
 * A Law or Program id carries its scope (README, "Whose a name is"): `program:440000:百千万工程` is 广东's own,
 * `program:河长制` national. Two provinces' own nodes of one name are two things by design, so:
 *   - probable duplicates: inside one scope (one jurisdiction's own nodes, or the unscoped ones), names equal once
 *     prefixes (中华人民共和国, 中共, 全国) and width variants (＋/+, （）/(), quotes, spaces) are removed; a
 *     jurisdiction's own node beside an unscoped node of the same name (the national list does not know the name,
 *     or misses a variant); and, among the nodes one jurisdiction's reports mention, one name ending with another
 *     (广东百千万工程 / 百千万工程) or being the other plus a head word (X / X行动 / X工程);
 *   - one local name in several jurisdictions: own nodes of the same name in two or more scopes, one entry per name
 *     with its jurisdictions, most first: not duplicates, but candidates for the national list
 *     (src/extract/lexicon/national-programs.tsv) when the name is in fact the country's;
 *   - generic nodes: a Law or Program whose name is a bare document type or head word (generic-names.txt);
 *   - shared local nodes: an unscoped Law or Program mentioned by reports of two or more provinces and by no
 *     national report (a name that does not say whose it is, merged across governments), unless it is a national
 *     law by kind.
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

export type DuplicateKind = "same-name" | "own-beside-national" | "ends-with" | "head-word";

export interface DuplicatePair {
  label: string;
  a: string;
  b: string;
  kind: DuplicateKind;
  reason: string;
}

/** One name that several jurisdictions each have a node of. */
export interface LocalNameAcrossJurisdictions {
  label: string;
  name: string;
  /** the scopes of its nodes (GB/T 2260 codes, or `report-<hex>` when a report's jurisdiction was unknown) */
  scopes: string[];
  ids: string[];
  /** the id of a national node of the same name, if there is one */
  nationalId: string | null;
}

export interface AuditFindings {
  duplicates: DuplicatePair[];
  localNamesAcrossJurisdictions: LocalNameAcrossJurisdictions[];
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

/** The scope an id carries between its prefix and the name (`program:440000:百千万工程` -> 440000), or null. */
export function scopeOf(e: Pick<AuditEntity, "id" | "name">): string | null {
  const prefix = e.id.slice(0, e.id.indexOf(":") + 1);
  const middle = e.id.slice(prefix.length, e.id.length - e.name.length - 1);
  return e.id !== prefix + e.name && e.id.endsWith(`:${e.name}`) && middle ? middle : null;
}

const labelOf = (e: AuditEntity) => e.labels.find((l) => l !== "Entity") ?? "Entity";
const province = (code: string) => `${code.slice(0, 2)}0000`;
const keyOf = (e: AuditEntity) => comparable(e.name).replace(PREFIXES, "");

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function auditFindings(entities: AuditEntity[]): AuditFindings {
  const duplicates: DuplicatePair[] = [];
  const localNamesAcrossJurisdictions: LocalNameAcrossJurisdictions[] = [];
  const seen = new Set<string>();
  const pair = (label: string, a: AuditEntity, b: AuditEntity, kind: DuplicateKind, reason: string) => {
    const [x, y] = [a.id, b.id].sort();
    const key = `${x}\u0000${y}`;
    if (x === y || seen.has(key)) return;
    seen.add(key);
    duplicates.push({ label, a: x!, b: y!, kind, reason });
  };

  for (const [label, list] of groupBy(entities, labelOf)) {
    for (const group of groupBy(list, keyOf).values()) {
      const national = group.filter((e) => scopeOf(e) === null);
      const own = groupBy(
        group.filter((e) => scopeOf(e) !== null),
        (e) => scopeOf(e)!,
      );
      for (const same of [national, ...own.values()])
        for (let i = 1; i < same.length; i++)
          pair(label, same[0]!, same[i]!, "same-name", "same name without prefix or width variants");
      if (national.length)
        for (const [scope, nodes] of own)
          pair(label, nodes[0]!, national[0]!, "own-beside-national", `${scope}'s own node beside the national one`);
      if (own.size >= 2) {
        const nodes = [...own.values()].map((n) => n[0]!);
        localNamesAcrossJurisdictions.push({
          label,
          name: nodes[0]!.name,
          scopes: [...own.keys()].sort(),
          ids: nodes.map((e) => e.id).sort(),
          nationalId: national[0]?.id ?? null,
        });
      }
    }
    if (label === "Agency") continue;
    // among the nodes one jurisdiction's reports mention (its own, the national ones, one named after its place):
    // one name ends with the other, or is it plus a head word
    const byCode = new Map<string, AuditEntity[]>();
    for (const e of list) for (const code of e.codes) byCode.set(code, [...(byCode.get(code) ?? []), e]);
    for (const [code, group] of byCode) {
      const names = group.map((e) => ({ e, n: comparable(e.name) }));
      for (const a of names) {
        for (const b of names) {
          if (a.e === b.e || b.n.length < 3 || a.n.length <= b.n.length || GENERIC.has(b.n)) continue;
          if (a.n.endsWith(b.n) && a.n.length - b.n.length <= MAX_PREFIX)
            pair(label, a.e, b.e, "ends-with", `in ${code}: one name ends with the other`);
          else if (HEAD_WORDS.some((h) => a.n === b.n + h))
            pair(label, a.e, b.e, "head-word", `in ${code}: the same name with and without its head word`);
        }
      }
    }
  }
  localNamesAcrossJurisdictions.sort(
    (x, y) => y.scopes.length - x.scopes.length || x.label.localeCompare(y.label) || x.name.localeCompare(y.name),
  );

  const lawsAndPrograms = entities.filter((e) => ["Law", "Program"].includes(labelOf(e)));
  const generic = lawsAndPrograms
    .filter((e) => GENERIC.has(comparable(e.name)))
    .map((e) => ({ id: e.id, name: e.name, reports: e.reports }));
  const sharedLocal = lawsAndPrograms
    .filter((e) => scopeOf(e) === null && !e.national)
    .filter((e) => !(labelOf(e) === "Law" && NATIONAL_LAW_KINDS.has(e.kind ?? "")))
    .map((e) => ({ id: e.id, name: e.name, provinces: [...new Set(e.codes.map(province))].sort() }))
    .filter((e) => e.provinces.length >= 2);
  return { duplicates, localNamesAcrossJurisdictions, generic, sharedLocal };
}
