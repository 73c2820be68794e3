/**
 * What a read returns for a node, as data (a NodePlan), compiled to one Cypher map projection. The API builds a
 * plan from the GraphQL selection set: only the properties asked for travel, and relationship fields asked for
 * below a node are fetched in the same query as nested COLLECT subqueries, each page cut (ORDER BY … LIMIT) before
 * its evidence is read. So a request costs one query per root field, not one per level, and what crosses the wire
 * is what the client asked for.
 *
 * Every value (offsets, limits, report ids) is a $param, numbered in plan order: the same selection gives the same
 * Cypher text, so Neo4j's plan cache serves every request after the first.
 */
import { RELATION_SPECS, RELATIONS, type RelationName, type RelationSpec } from "../relation-specs.js";
import type { NodeLabel } from "../model.js";
import { HUB_TIERS, hubPage, NAME_INDEXED_LABELS, type WalkTier } from "./hub-walk.js";

export interface NodePlan {
  /** properties besides id and name; "*" for all of them */
  props: readonly string[] | "*";
  /** relationship fields fetched with the node, each under the key `__r_<key>` of the projected map */
  relations: readonly RelationPlan[];
}

export interface EvidencePlan {
  /** every property (the Evidence.properties field), or just the fixed ones */
  all: boolean;
  /** the sentence text, the one large evidence property: only when asked for */
  sentence: boolean;
}

/** One page of a relationship field: distinct targets by name then id, `limit + 1` fetched to know if more follow. */
export interface PagePlan {
  offset: number;
  limit: number;
  /** only relationships this report states */
  report: string | null;
  /** only relationships stated by reports on this year or later (the Report's `year`; reports without one drop out) */
  yearFrom?: number | null;
  /** only relationships stated by reports on this year or earlier */
  yearTo?: number | null;
  /** only statements made in sections of this kind (work, problem, plan, other): the relationship's `sectionKind` */
  sectionKind?: string | null;
  /** an Agency source reads across its names: itself, the bodies it succeeded and those that succeeded it */
  followSuccession?: boolean;
  /** count all targets (totalCount); costs a second pass over the relationships */
  total: boolean;
  /**
   * whether the caller needs to know if more targets follow (pageInfo selected): then `limit + 1` are fetched.
   * false fetches exactly `limit`, so no target is read (with everything nested below it) only to be dropped.
   * Default true.
   */
  more?: boolean;
  /** null: the evidence is not asked for and not read */
  evidence: EvidencePlan | null;
  target: NodePlan;
}

export interface RelationPlan extends PagePlan {
  /** the GraphQL response key the page is for: a GraphQL Name, so safe inside backticks */
  key: string;
  relation: RelationName;
}

/** Whole nodes: for callers that do not know what will be read from them. */
export const FULL_NODE: NodePlan = { props: "*", relations: [] };

/** The map key a prefetched relationship page sits under in a projected node. */
export const prefetchKey = (key: string) => `__r_${key}`;

/**
 * Gives each value a numbered $param, in the order the compiler meets them; carries the walk tiers of the pages
 * it compiles (hub-walk.ts), which tests change to run both plans of a page on small data.
 */
export class ParamBinder {
  readonly params: Record<string, unknown> = {};
  private next = 0;

  constructor(readonly hubTiers: readonly WalkTier[] = HUB_TIERS) {}

  bind(value: unknown): string {
    const name = `p${this.next++}`;
    this.params[name] = value;
    return `$${name}`;
  }
}

const quote = (name: string) => `\`${name.replace(/`/g, "")}\``;

/** `v {.id, .name, …, __labels: labels(v), __r_<key>: {edges, total}}` for the plan. */
export function projectPlan(v: string, plan: NodePlan, binder: ParamBinder, depth = 0): string {
  const parts =
    plan.props === "*"
      ? [".*"]
      : [".id", ".name", ...plan.props.filter((p) => p !== "id" && p !== "name").map((p) => `.${quote(p)}`)];
  parts.push(`__labels: labels(${v})`);
  for (const rel of plan.relations)
    parts.push(`${quote(prefetchKey(rel.key))}: ${pageExpression(RELATIONS[rel.relation]!, v, rel, binder, depth)}`);
  return `${v} {${parts.join(", ")}}`;
}

function relPattern(s: RelationSpec, from: string, rel: string, to: string): string {
  const r = `[${rel}:${s.type}]`;
  if (s.direction === "out") return `(${from})-${r}->(${to})`;
  if (s.direction === "in") return `(${from})<-${r}-(${to})`;
  return `(${from})-${r}-(${to})`;
}

/** How far a lineage is followed: the longest chain of the succession lexicon is 4 (国家经委 … 国家发改委). */
const MAX_SUCCESSION = 8;

/**
 * The names of `v`'s lineage, as a list: `v` itself, the bodies it took over from (SUCCEEDED_BY into it, any
 * number of steps) and those that took over from it, each once. Siblings of a merger (工商局 and 质监局 both into
 * 市场监管局) are not each other's names, so the two directions are walked separately.
 */
function successionLineage(v: string, x: string): string {
  const back = `COLLECT { MATCH (${v})<-[:SUCCEEDED_BY*1..${MAX_SUCCESSION}]-(${x}:Agency) RETURN DISTINCT ${x} }`;
  const forward = `COLLECT { MATCH (${v})-[:SUCCEEDED_BY*1..${MAX_SUCCESSION}]->(${x}:Agency) RETURN DISTINCT ${x} }`;
  return `[${v}] + ${back} + ${forward}`;
}

/**
 * The condition a relationship `x` of the page meets (`report`, years, section kind), or "" when there is none.
 * A statement (evidence "sentence") names its report by id (`x.report`): the report's year is read from the Report
 * node, one id-index seek per relationship, so a corrected year never needs the relationships rewritten. A link of
 * the report itself (ISSUED_BY, COVERS) has the Report as one end (`reportEnd`): it is filtered on that node.
 */
function relationCondition(
  s: RelationSpec,
  x: string,
  reportEnd: string | null,
  depth: number,
  params: { report: string | null; yearFrom: string | null; yearTo: string | null; sectionKind: string | null },
): string {
  const parts: string[] = [];
  const years = (y: string) =>
    [
      params.yearFrom === null ? null : `${y}.year >= ${params.yearFrom}`,
      params.yearTo === null ? null : `${y}.year <= ${params.yearTo}`,
    ].filter((c) => c !== null);
  if (RELATION_SPECS[s.type]!.evidence === "report" && reportEnd) {
    if (params.report !== null) parts.push(`${reportEnd}.id = ${params.report}`);
    parts.push(...years(reportEnd));
    // a report's own links are stated by no section: a section kind matches none of them
    if (params.sectionKind !== null) parts.push("false");
  } else {
    if (params.report !== null) parts.push(`${x}.report = ${params.report}`);
    if (params.sectionKind !== null) parts.push(`${x}.sectionKind = ${params.sectionKind}`);
    const y = `y${depth}`;
    const bounds = years(y);
    if (bounds.length) parts.push(`EXISTS { MATCH (${y}:Report {id: ${x}.report}) WHERE ${bounds.join(" AND ")} }`);
  }
  return parts.join(" AND ");
}

/**
 * `{edges: [{node, evidence}], total}` of one source node `v`: the page of distinct targets first, then (only for
 * those) the evidence relationships, ordered by report and offset. Both meet the page's filters (report, years,
 * section kind): a target is listed when one of its relationships does, with the evidence that does. On a hub
 * the page's targets are walked from the target side instead of read from the relationships (hub-walk.ts), with
 * the same answer. Variables carry the depth so nested subqueries never rebind an outer one.
 */
export function pageExpression(s: RelationSpec, v: string, page: PagePlan, binder: ParamBinder, depth = 0): string {
  const t = `t${depth}`;
  const r = `r${depth}`;
  const e = `e${depth}`;
  const bound = (value: string | number | null | undefined) => (value == null ? null : binder.bind(value));
  const params = {
    report: bound(page.report),
    yearFrom: bound(page.yearFrom),
    yearTo: bound(page.yearTo),
    sectionKind: bound(page.sectionKind),
  };
  // followSuccession: the relationships of every name in the lineage (`a${depth}`), not only of `v`
  const lineage = page.followSuccession === true && s.source === "Agency";
  const a = lineage ? `a${depth}` : v;
  const reportEnd = s.source === "Report" ? a : s.target === "Report" ? t : null;
  const condition = (x: string) => relationCondition(s, x, reportEnd, depth, params);
  const names = lineage ? `UNWIND ${successionLineage(v, `x_${a}`)} AS ${a} ` : "";
  const onPage = condition(r);
  // The distinct targets are found before anything of them is read: a target stated in k reports has its label,
  // name and id read once, not k times, and only the distinct targets are ordered. (Left to itself, the planner
  // reads both properties of every relationship's end and sorts all of them: on an agency with 41,204 CONDUCTS to
  // 7,449 programs, 164,823 db hits against 63,569. An aggregation would say it more simply, but Neo4j 5.26
  // rejects one in a subquery inside a map projection, where pages sit.)
  const match = `${names}MATCH ${relPattern(s, a, r, t)}${onPage ? ` WHERE ${onPage}` : ""}`;
  const targets = `UNWIND COLLECT { ${match} RETURN DISTINCT ${t} } AS ${t} WITH ${t} WHERE ${t}:${s.target ?? "Entity"}`;
  const skip = binder.bind(page.offset);
  const fetched = page.limit + (page.more === false ? 0 : 1);
  const limit = binder.bind(fetched);
  let item = `node: ${projectPlan(t, page.target, binder, depth + 1)}`;
  if (page.evidence) {
    const fields = page.evidence.all
      ? `properties(${e})`
      : `${e} {.report, .start, .end, .section, .sectionKind${page.evidence.sentence ? ", .sentence" : ""}}`;
    const onEvidence = condition(e);
    // ISSUED_BY and COVERS carry no sentence: they are not evidence.
    item += `, evidence: COLLECT { ${names}MATCH ${relPattern(s, a, e, t)} WHERE ${e}.sentence IS NOT NULL${onEvidence ? ` AND ${onEvidence}` : ""} WITH ${e} ORDER BY ${e}.report, ${e}.start RETURN ${fields} }`;
  }
  const fallback = `${targets} WITH ${t} ORDER BY ${t}.name, ${t}.id SKIP ${skip} LIMIT ${limit}`;
  const need = page.offset + fetched;
  const label = walkedLabel(s, page);
  const tiers = binder.hubTiers.filter((tier) => need <= Math.min(tier.maxNeed, tier.scan));
  const rows =
    label && tiers.length
      ? hubRows({ s, label, v, t, depth, lineage, condition, need, skip, fallback }, tiers, binder)
      : fallback;
  const edges = `COLLECT { ${rows} RETURN {${item}} }`;
  const total = page.total ? `, total: COUNT { ${targets} RETURN ${t} }` : "";
  return `{edges: ${edges}${total}}`;
}

/**
 * The label a page's targets can be walked in (hub-walk.ts), or null: none when they have no name index, or when
 * the page asks for one report's statements (the relationship index on `report` finds those, far fewer than a
 * walk would read).
 */
function walkedLabel(s: RelationSpec, page: PagePlan): NodeLabel | null {
  if (page.report != null || s.target === null || !NAME_INDEXED_LABELS.includes(s.target)) return null;
  return s.target;
}

interface HubRows {
  s: RelationSpec;
  label: NodeLabel;
  v: string;
  t: string;
  depth: number;
  lineage: boolean;
  condition: (x: string) => string;
  need: number;
  skip: string;
  fallback: string;
}

/**
 * The page's targets in order, walked from the target side when the source is a hub (hub-walk.ts). The degree
 * that decides is `v`'s own, also under followSuccession (the walk itself checks every name of the lineage,
 * listed once before it).
 */
function hubRows(h: HubRows, tiers: readonly WalkTier[], binder: ParamBinder): string {
  const { s, v, t, depth } = h;
  const x = `h${depth}`;
  const names = `n${depth}`;
  const onPage = h.condition(x);
  const where = onPage ? ` WHERE ${onPage}` : "";
  const a = `a${depth}`;
  const exists = h.lineage
    ? `UNWIND ${names} AS ${a} MATCH ${relPattern(s, a, x, t)}${where}`
    : `MATCH ${relPattern(s, v, x, t)}${where}`;
  return hubPage(
    {
      source: v,
      target: t,
      label: h.label,
      degree: relPattern(s, v, "", ""),
      onPage: exists,
      prelude: h.lineage ? `WITH ${v}, ${successionLineage(v, `x_${names}`)} AS ${names} ` : "",
      fallback: h.fallback,
      skip: h.skip,
      need: binder.bind(h.need),
      walked: `w${depth}`,
      degreeOf: `d${depth}`,
      bind: (value) => binder.bind(value),
    },
    tiers,
  );
}
