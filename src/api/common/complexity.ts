/**
 * Cost estimates for graphql-query-complexity, counting what a query makes the database return: every item of a
 * list costs 1 plus what is selected below it, times the page size asked for (or the default), so nested lists
 * multiply; every relationship fetched costs 1 more, every root field that goes to the database ROOT_FIELD_COST
 * (the same field aliased a thousand times is refused before it runs). Scalars, the connection plumbing (edges,
 * node, nodes, pageInfo) and an edge's evidence cost nothing of their own: they come with the item.
 *
 * The estimators also tell the request's CostTrace (src/api/limits/cost-trace.ts, passed as the estimator's
 * `context`) which page size each list asked for: the plugin checks those against MAX_PAGE_SIZE first and, when a
 * query is over MAX_QUERY_COMPLEXITY, names the lists to shorten.
 */
import type { ComplexityEstimator, ComplexityEstimatorArgs } from "graphql-query-complexity";

export const ROOT_FIELD_COST = 10;
/**
 * Report.text: a whole report, often tens of thousands of characters, costs what a page of 100 items does, so a
 * list of a hundred reports' texts is over the default limit and fifty fit.
 */
export const TEXT_COST = 100;
/**
 * Report.excerpt and Evidence.context return at most a few thousand characters, but the server reads the report's
 * whole text for them (once per report and request): ten items' worth.
 */
export const EXCERPT_COST = 10;

/** Where an estimator reports the page size of a list field (see CostTrace). */
export interface PageSink {
  page(args: ComplexityEstimatorArgs, argument: string, size: number, explicit: boolean): void;
}

/** The page size a list field asks for: its argument (a count, or the length of a list of ids), else the default. */
function pageSize(a: ComplexityEstimatorArgs, argument: string, defaultSize: number): number {
  const value = a.args[argument];
  const explicit =
    value !== undefined && value !== null && (a.node.arguments ?? []).some((n) => n.name.value === argument);
  const size = Array.isArray(value) ? value.length : typeof value === "number" ? Math.max(1, value) : defaultSize;
  (a.context as Partial<PageSink> | undefined)?.page?.(a, argument, size, explicit);
  return size;
}

function listComplexity(defaultSize: number, base: number, argument: string): ComplexityEstimator {
  return (a) => base + pageSize(a, argument, defaultSize) * (1 + a.childComplexity);
}

export const complexityOf = {
  /** a relationship or mention list below another node: one fetch, plus items × (1 + what each selects) */
  relation: (defaultSize: number, argument = "first") => listComplexity(defaultSize, 1, argument),
  /** a root list: a database query plus items × (1 + what each selects) */
  rootList: (defaultSize: number, argument = "first") => listComplexity(defaultSize, ROOT_FIELD_COST, argument),
  /** a root field returning one thing */
  rootOne: (({ childComplexity }) => ROOT_FIELD_COST + 1 + childComplexity) as ComplexityEstimator,
  /** a relationship field answering one node or edge (parent, jurisdiction, issuer) */
  relationOne: (({ childComplexity }) => 1 + childComplexity) as ComplexityEstimator,
};

/** Fields without a cost of their own (scalars, connection plumbing, evidence): what is selected below them. */
export const defaultComplexity: ComplexityEstimator = ({ childComplexity }) => childComplexity;
