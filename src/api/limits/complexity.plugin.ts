/**
 * Refuses an operation whose estimated cost is above MAX_QUERY_COMPLEXITY before any resolver runs. Costs come
 * from the `complexity` of each field (src/api/common/complexity.ts); other fields cost 1.
 *
 * Apollo keeps one parsed document per query text, and clients repeat the same operations, so the cost is
 * remembered per document (weakly: it goes when Apollo's document cache drops the document) and per operation
 * name and variables, which page sizes come from.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, GraphQLSchema } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { ApiError, ErrorCode, LimitExceededError } from "../errors.js";

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

export function complexityLimitPlugin<C extends object>(
  schema: GraphQLSchema,
  maxComplexity: number,
): ApolloServerPlugin<C> {
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    let perDocument = costs.get(document);
    if (!perDocument) costs.set(document, (perDocument = new Map()));
    const key = JSON.stringify([operationName ?? null, variables]);
    let cost = perDocument.get(key);
    if (cost === undefined) {
      try {
        cost = getComplexity({ schema, query: document, operationName, variables, estimators });
      } catch (error) {
        throw estimateRefusal(error, maxComplexity);
      }
      if (perDocument.size >= MAX_COSTS_PER_DOCUMENT) perDocument.clear();
      perDocument.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = costOf(document, request.operationName, request.variables ?? {});
          if (complexity > maxComplexity) {
            throw new LimitExceededError(
              "maxQueryComplexity",
              maxComplexity,
              `query complexity ${complexity} is above the maximum ${maxComplexity}`,
              400,
            );
          }
        },
      };
    },
  };
}
