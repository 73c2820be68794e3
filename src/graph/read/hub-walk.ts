/**
 * The first targets of a relationship page, found from the target side when the source is a hub. A province's
 * government conducts the programs of thousands of reports (云南省人民政府: 372,319 CONDUCTS at 100,000
 * reports); its page of 10 programs by name would otherwise read every one of those relationships, find the
 * distinct programs and order them. Instead the walk reads the programs in the order of the `program_name`
 * index (name, then id among equal names: the page's order) and keeps those the source has a relationship to
 * (Neo4j checks that pair from its smaller side), until the page is full.
 *
 * The walk pays off when the source reaches a fair share of all targets, which a large degree does not promise
 * (one program stated 40,000 times is one target): so it reads at most `scan` targets, and when those hold fewer
 * than the page needs, the page is found the usual way (projection.ts) after all. Both give the same page: the
 * walked targets are the first ones in the page's order, and a walk cut short is not used. The scan grows with
 * the degree in tiers (LIMIT takes no per-row value).
 */
import { ENTITY_LABELS, type NodeLabel } from "../model.js";

/**
 * Sources with at least `minDegree` relationships of the page's type walk at most `scan` targets, for pages of
 * at most `maxNeed` targets (offset + limit): a deeper page would need more of the scanned targets to be the
 * source's than a hub's usually are.
 */
export interface WalkTier {
  minDegree: number;
  scan: number;
  maxNeed: number;
}

/**
 * Measured on the 10,000-report graph (陕西省人民政府, 41,204 CONDUCTS to 7,449 of 185,120 programs): reading
 * the relationships costs about 1.5 db hits each, checking one walked target 12-37, and one target in 25 is the
 * agency's, so a first page (11 targets) is found among about 300. Each scan is an eighth of its tier's lowest
 * degree: a walk that fails adds at most about 1.7 times what reading the relationships costs (500 targets of
 * ~20 db hits against 4,000 relationships of 1.5 and their distinct targets), at the bottom of its tier, and
 * less above. Pages are walked up to a twentieth of the scan (one scanned target in 20 the source's).
 */
export const HUB_TIERS: readonly WalkTier[] = [
  { minDegree: 4_000, scan: 500, maxNeed: 25 },
  { minDegree: 32_000, scan: 4_000, maxNeed: 200 },
  { minDegree: 256_000, scan: 32_000, maxNeed: 1_600 },
];

/**
 * The labels whose `name` has a range index (schema/neo4j/002-node-indexes.cypher: `<label>_name`), which gives
 * targets in name order; a walk over any other label (Report, or any Entity) would read and sort all of it.
 */
export const NAME_INDEXED_LABELS: readonly NodeLabel[] = ENTITY_LABELS;

export interface HubPagePlan {
  /** the source node's variable */
  source: string;
  /** the target variable the rows bind */
  target: string;
  label: NodeLabel;
  /** the pattern whose count is the source's degree for the page's type, e.g. `(s)-[:CONDUCTS]->()` */
  degree: string;
  /** the body of an EXISTS that holds when `target` is on the page (its relationship, with the page's filters) */
  onPage: string;
  /** clauses run once per walking source before its walk, binding what `onPage` uses (the lineage), or "" */
  prelude: string;
  /** the clauses that find the page the usual way, binding `target` in page order (from the relationships) */
  fallback: string;
  /** $params: the page's offset, and the number of targets it needs (offset + limit) */
  skip: string;
  need: string;
  /** the variables of the walked list and of the degree (depth-suffixed like the others) */
  walked: string;
  degreeOf: string;
  /** binds a value as a $param */
  bind: (value: number) => string;
}

/**
 * Clauses binding `target` to the page's targets in page order: walked when the source's degree is in a tier
 * and the walk found the whole page, from `fallback` otherwise. The two branches exclude each other.
 */
export function hubPage(p: HubPagePlan, tiers: readonly WalkTier[]): string {
  const { source, target: t, walked: w } = p;
  return (
    `${walkFirstTargets(p, tiers)} CALL (${source}, ${w}) { ` +
    `WITH ${w} WHERE size(${w}) >= ${p.need} UNWIND ${w}[${p.skip}..] AS ${t} RETURN ${t} UNION ALL ` +
    `WITH ${source}, ${w} WHERE ${w} IS NULL OR size(${w}) < ${p.need} ${p.fallback} RETURN ${t} } ` +
    `WITH ${t} ORDER BY ${t}.name, ${t}.id`
  );
}

/**
 * Clauses binding `walked` to the first `need` targets of the page when the source's degree is in a tier and its
 * scan holds that many; to fewer (the scan was too short) or null (no tier: not walked) otherwise. The degree is
 * counted once (a node with fewer than 50 relationships has no degree store: counting reads them).
 */
function walkFirstTargets(p: HubPagePlan, tiers: readonly WalkTier[]): string {
  const { target: t, degreeOf: d } = p;
  const ordered = [...tiers].sort((x, y) => x.minDegree - y.minDegree);
  const walk = (scan: string) =>
    `MATCH (${t}:${p.label}) WHERE ${t}.name >= '' WITH ${t} ORDER BY ${t}.name, ${t}.id LIMIT ${scan} ` +
    `WITH ${t} WHERE EXISTS { ${p.onPage} } WITH ${t} ORDER BY ${t}.name, ${t}.id LIMIT ${p.need} RETURN ${t}`;
  const bounds = ordered.map((tier) => p.bind(tier.minDegree));
  const branches = ordered.map((tier, i) => {
    const upper = i + 1 < ordered.length ? ` AND ${d} < ${bounds[i + 1]}` : "";
    return `WITH ${p.source}, ${d} WHERE ${d} >= ${bounds[i]}${upper} ${p.prelude}RETURN COLLECT { ${walk(p.bind(tier.scan))} } AS ${p.walked}`;
  });
  branches.push(`WITH ${d} WHERE ${d} < ${bounds[0]} RETURN null AS ${p.walked}`);
  return `WITH ${p.source}, COUNT { ${p.degree} } AS ${d} CALL (${p.source}, ${d}) { ${branches.join(" UNION ALL ")} }`;
}
