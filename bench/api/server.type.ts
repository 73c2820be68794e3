/** What each benchmarked server gives the child process that runs it (our createApiServer has the same shape). */
import type { Driver } from "neo4j-driver";
import type { Config } from "../../src/config.js";

export interface BenchServer {
  /** where requests go: /graphql for the GraphQL servers, /query for the raw-Cypher one (…/query/<name>) */
  url: string;
  close(): Promise<void>;
}

export type ServerFactory = (config: Config, driver: Driver) => Promise<BenchServer>;
