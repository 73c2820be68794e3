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
import { LimitExceededError } from "../errors.js";

/** Per document, at most this many (operation, variables) costs are kept: variables can vary without end. */
const MAX_COSTS_PER_DOCUMENT = 100;

export function complexityLimitPlugin<C extends object>(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin<C> {
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    let perDocument = costs.get(document);
    if (!perDocument) costs.set(document, (perDocument = new Map()));
    const key = JSON.stringify([operationName ?? null, variables]);
    let cost = perDocument.get(key);
    if (cost === undefined) {
      cost = getComplexity({ schema, query: document, operationName, variables, estimators });
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
            throw new LimitExceededError("maxQueryComplexity", maxComplexity, `query complexity ${complexity} is above the maximum ${maxComplexity}`, 400);
          }
        },
      };
    },
  };
}
