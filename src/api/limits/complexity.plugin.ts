/**
 * Refuses an operation whose estimated cost is above MAX_QUERY_COMPLEXITY before any resolver runs. Costs come
 * from the `complexity` of each field (src/api/common/complexity.ts); other fields cost 1.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { LimitExceededError } from "../errors.js";

export function complexityLimitPlugin<C extends object>(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw new LimitExceededError("maxQueryComplexity", maxComplexity, `query complexity ${complexity} is above the maximum ${maxComplexity}`, 400);
          }
        },
      };
    },
  };
}
