/**
 * The same graph through @neo4j/graphql 7 (typedefs.ts), served by Apollo Server's standalone HTTP server on the
 * same Neo4j: the "generic GraphQL-to-Cypher library" comparison point.
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "../../../src/config.js";
import type { BenchServer } from "../server.type.js";
import { neo4jGraphqlTypeDefs } from "./typedefs.js";

export async function createNeo4jGraphqlServer(config: Config, driver: Driver): Promise<BenchServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  const sessionConfig = { database: config.neo4j.database };
  const { url } = await startStandaloneServer(apollo, {
    listen: { host: config.api.host, port: config.api.port },
    context: async () => ({ sessionConfig }),
  });
  // The standalone server answers on every path; its own URL is "/".
  return { url, close: () => apollo.stop() };
}
