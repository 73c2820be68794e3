/**
 * Top-level lists: one query returns one page (and the total, when asked). Filters are fixed Cypher fragments chosen by which
 * filter fields are set; every value is a $param.
 */
import type { NodeLabel } from "../model.js";
import { SORTABLE_RELATIONSHIPS } from "../relation-specs.js";
import { FULL_NODE, ParamBinder, projectPlan, type NodePlan } from "./projection.js";
import type { CypherQuery } from "../query.js";

export interface ListFilter {
  nameContains?: string | null;
  kind?: string | null;
  level?: string | null;
  inForce?: boolean | null;
  /** jurisdiction id (the API resolves names first, src/api/common/names.ts); includes everything WITHIN it */
  jurisdiction?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  /** report id: entities it mentions (for reports: that report) */
  report?: string | null;
  /** reports issued by this agency id (resolved like the jurisdiction) */
  issuer?: string | null;
}

export type ListSort = "NAME" | "MENTIONS" | "REPORTS" | "YEAR" | (typeof SORTABLE_RELATIONSHIPS)[number];
export type SortDirection = "ASC" | "DESC";

const inJurisdiction = "(:Jurisdiction {id: $jurisdiction})";

function conditions(label: NodeLabel, f: ListFilter): string[] {
  const where: string[] = [];
  const isReport = label === "Report";
  if (f.nameContains) {
    where.push(
      "(toLower(n.name) CONTAINS toLower($nameContains) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($nameContains)))",
    );
  }
  if (f.kind) where.push("n.kind = $kind");
  if (f.level) where.push("n.level = $level");
  if (f.inForce !== undefined && f.inForce !== null) where.push("n.inForce = $inForce");
  if (f.issuer) where.push("EXISTS { (n)-[:ISSUED_BY]->(:Agency {id: $issuer}) }");
  if (f.report) where.push(isReport ? "n.id = $report" : "EXISTS { (:Report {id: $report})-[:MENTIONS]->(n) }");
  const hasYears = f.yearFrom != null || f.yearTo != null;
  const yearOk = (v: string) =>
    `($yearFrom IS NULL OR ${v}.year >= $yearFrom) AND ($yearTo IS NULL OR ${v}.year <= $yearTo)`;
  if (hasYears)
    where.push(isReport ? yearOk("n") : `EXISTS { MATCH (r:Report)-[:MENTIONS]->(n) WHERE ${yearOk("r")} }`);
  if (f.jurisdiction) {
    switch (label) {
      case "Report":
        where.push(`EXISTS { MATCH (n)-[:COVERS]->(:Jurisdiction)-[:WITHIN*0..]->${inJurisdiction} }`);
        break;
      case "Jurisdiction":
        where.push(`EXISTS { MATCH (n)-[:WITHIN*0..]->${inJurisdiction} }`);
        break;
      case "Agency":
        // An agency's own jurisdiction when the graph knows it; otherwise the jurisdiction of a report it issued.
        where.push(
          `(EXISTS { MATCH (n)-[:IN_JURISDICTION]->(:Jurisdiction)-[:WITHIN*0..]->${inJurisdiction} } OR EXISTS { MATCH (n)<-[:ISSUED_BY]-(:Report)-[:COVERS]->(:Jurisdiction)-[:WITHIN*0..]->${inJurisdiction} })`,
        );
        break;
      default:
        // Laws, programs and metrics belong to a jurisdiction through the reports about it that mention them.
        where.push(
          `EXISTS { MATCH (n)<-[:MENTIONS]-(:Report)-[:COVERS]->(:Jurisdiction)-[:WITHIN*0..]->${inJurisdiction} }`,
        );
    }
  }
  return where;
}

/** A sortable relationship type, checked against the catalogue before it is spliced into a pattern. */
function sortableType(sort: ListSort): string {
  if (!(SORTABLE_RELATIONSHIPS as readonly string[]).includes(sort)) throw new RangeError(`cannot sort by ${sort}`);
  return sort;
}

/**
 * The sort key of node `n`: an expression, with a `CALL` binding its variable when it needs one. Counts of a
 * relationship type count distinct nodes at the other end (an agency that implements one law in five sentences
 * implements one law); for a report, the statements of that type it makes (a relationship-index seek on `report`).
 */
function sortKey(label: NodeLabel, sort: ListSort): { call: string; key: string } {
  if (sort === "NAME") return { call: "", key: "n.name" };
  if (label === "Report") {
    if (sort === "YEAR") return { call: "", key: "coalesce(n.year, 0)" };
    if (sort === "MENTIONS") return { call: "", key: "COUNT { (n)-[:MENTIONS]->() }" };
    if (sort === "REPORTS") throw new RangeError("reports cannot be sorted by REPORTS");
    return { call: "", key: `COUNT { ()-[x:${sortableType(sort)}]->() WHERE x.report = n.id }` };
  }
  if (sort === "REPORTS") return { call: "", key: "COUNT { (:Report)-[:MENTIONS]->(n) }" };
  if (sort === "MENTIONS" || sort === "YEAR") {
    return {
      call: "CALL (n) { OPTIONAL MATCH (r:Report)-[m:MENTIONS]->(n) RETURN coalesce(sum(m.count), 0) AS mentions, coalesce(max(r.year), 0) AS year }",
      key: sort === "YEAR" ? "year" : "mentions",
    };
  }
  return { call: "", key: `COUNT { MATCH (n)-[:${sortableType(sort)}]-(x) RETURN DISTINCT x }` };
}

/**
 * One page of nodes, projected as `plan` says, and (when `withTotal`) the count of all matching nodes. The page
 * is `limit` nodes; ask for one more than shown to learn whether another page follows without counting.
 */
export interface ListRequest {
  label: NodeLabel;
  filter: ListFilter;
  sort: ListSort;
  direction: SortDirection;
  offset: number;
  limit: number;
  /** what each node carries (default: every property) */
  plan?: NodePlan;
  /** count all matching nodes too (default true) */
  withTotal?: boolean;
}

export function listNodes({
  label,
  filter,
  sort,
  direction,
  offset,
  limit,
  plan = FULL_NODE,
  withTotal = true,
}: ListRequest): CypherQuery {
  // Every node has a name (model.ts); saying so lets the planner walk the label's name index in order and stop
  // after the page (PartialTop) instead of sorting every node of the label on every page.
  const where = sort === "NAME" ? ["n.name IS NOT NULL", ...conditions(label, filter)] : conditions(label, filter);
  const whereClause = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const { call, key } = sortKey(label, sort);
  const binder = new ParamBinder();
  // Name then id break ties (whatever the direction), so the order is total and offset pages never repeat or skip
  // a node. The key travels with each node (sortValue: the count or year it was sorted by).
  const byName = key === "n.name";
  const order = byName ? `n.name ${direction}, n.id ASC` : `sortValue ${direction}, n.name ASC, n.id ASC`;
  const page = `MATCH (n:${label}) ${whereClause}
        ${call}
        WITH n, ${byName ? "null" : key} AS sortValue ORDER BY ${order} SKIP $offset LIMIT $limit`;
  const nodes = `collect({node: ${projectPlan("n", plan, binder)}, sortValue: sortValue}) AS nodes`;
  return {
    cypher: withTotal
      ? `CALL () { MATCH (n:${label}) ${whereClause} RETURN count(n) AS total }
      CALL () { ${page} RETURN ${nodes} }
      RETURN total, nodes`
      : `${page} RETURN ${nodes}, null AS total`,
    params: {
      ...binder.params,
      nameContains: filter.nameContains ?? null,
      kind: filter.kind ?? null,
      level: filter.level ?? null,
      inForce: filter.inForce ?? null,
      jurisdiction: filter.jurisdiction ?? null,
      yearFrom: filter.yearFrom ?? null,
      yearTo: filter.yearTo ?? null,
      report: filter.report ?? null,
      issuer: filter.issuer ?? null,
      offset,
      limit,
    },
  };
}
