/**
 * Cost estimates for graphql-query-complexity: a list costs its children times the page size asked for (or the
 * default), and every root field that goes to the database costs ROOT_FIELD_COST, so the same field aliased a
 * thousand times is refused before it runs.
 */
import type { ComplexityEstimator } from "graphql-query-complexity";

export const ROOT_FIELD_COST = 10;

function listComplexity(defaultFirst: number, base: number, argument: string): ComplexityEstimator {
  return ({ args, childComplexity }) => {
    const n = typeof args[argument] === "number" ? Math.max(1, args[argument] as number) : defaultFirst;
    return base + childComplexity * n;
  };
}

export const complexityOf = {
  /** a relationship or mention list below another node: children × page size */
  relation: (defaultFirst: number, argument = "first") => listComplexity(defaultFirst, 1, argument),
  /** a root list: a database query plus children × page size */
  rootList: (defaultFirst: number, argument = "first") => listComplexity(defaultFirst, ROOT_FIELD_COST, argument),
  /** a root field returning one thing */
  rootOne: (({ childComplexity }) => ROOT_FIELD_COST + childComplexity) as ComplexityEstimator,
};
