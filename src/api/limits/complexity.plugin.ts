/**
 * Refuses, before any resolver runs, an operation that asks for a page above MAX_PAGE_SIZE (with the page-size
 * message, naming the field) or whose estimated cost is above MAX_QUERY_COMPLEXITY (naming the lists that make it
 * and the `first:` that would fit). Costs come from the `complexity` of each field (src/api/common/complexity.ts);
 * other fields cost what is selected below them.
 *
 * Apollo keeps one parsed document per query text, and clients repeat the same operations, so the cost is
 * remembered per document (weakly: it goes when Apollo's document cache drops the document) and per operation
 * name and variables, which page sizes come from.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, GraphQLSchema } from "graphql";
import { fieldExtensionsEstimator, getComplexity } from "graphql-query-complexity";
import { defaultComplexity } from "../common/complexity.js";
import { ApiError, ErrorCode, LimitExceededError } from "../errors.js";
import { CostTrace } from "./cost-trace.js";
import { overCostError, pageSizeError } from "./limit-messages.js";

/** Per document, at most this many (operation, variables) costs are kept: variables can vary without end. */
const MAX_COSTS_PER_DOCUMENT = 100;

/**
 * getComplexity throws plain GraphQLErrors (no code, so they would reach clients as INTERNAL 500): when it meets
 * more than 10,000 fields (its maxQueryNodes), and when a variable does not fit its type (it coerces variables
 * before Apollo does).
 */
function estimateRefusal(error: unknown, maxComplexity: number): ApiError {
  const message = error instanceof Error ? error.message : String(error);
  if (/maximum allowed number of nodes/.test(message)) {
    return new LimitExceededError("maxQueryComplexity", maxComplexity, "the query has more than 10000 fields", 400);
  }
  return new ApiError(ErrorCode.BAD_USER_INPUT, message, {}, 400);
}

/** What the plugin decided about one (document, operation, variables): its cost, and the refusal if any. */
interface Verdict {
  cost: number;
  refusal: (() => LimitExceededError) | null;
}

const ESTIMATORS = [fieldExtensionsEstimator(), defaultComplexity];

/** The cost of one operation, with its trace (which lists asked for how many items, at which path). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): { cost: number; trace: CostTrace } {
  const trace = new CostTrace(document);
  const cost = getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [trace.estimator(ESTIMATORS)],
    context: trace,
  });
  return { cost, trace };
}

export function complexityLimitPlugin<C extends object>(
  schema: GraphQLSchema,
  limits: { maxComplexity: number; maxPageSize: number },
): ApolloServerPlugin<C> {
  const { maxComplexity, maxPageSize } = limits;
  const verdicts = new WeakMap<DocumentNode, Map<string, Verdict>>();
  const judge = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    let cost: number;
    let trace: CostTrace;
    try {
      ({ cost, trace } = operationCost(schema, document, operationName, variables));
    } catch (error) {
      throw estimateRefusal(error, maxComplexity);
    }
    const oversized = trace.oversizedPages(maxPageSize);
    if (oversized.length) return { cost, refusal: () => pageSizeError(oversized, maxPageSize) };
    if (cost > maxComplexity) {
      const advice = trace.advice(maxComplexity);
      return { cost, refusal: () => overCostError(cost, maxComplexity, trace.costliestBranch(), advice) };
    }
    return { cost, refusal: null };
  };
  const verdictOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    let perDocument = verdicts.get(document);
    if (!perDocument) verdicts.set(document, (perDocument = new Map()));
    const key = JSON.stringify([operationName ?? null, variables]);
    let verdict = perDocument.get(key);
    if (verdict === undefined) {
      verdict = judge(document, operationName, variables);
      if (perDocument.size >= MAX_COSTS_PER_DOCUMENT) perDocument.clear();
      perDocument.set(key, verdict);
    }
    return verdict;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const { refusal } = verdictOf(document, request.operationName, request.variables ?? {});
          if (refusal) throw refusal();
        },
      };
    },
  };
}
