/**
 * The API server: a plain node:http server with Apollo behind a small handler (src/api/http/handler.ts), so
 * /health, /ready, the offline query page and the body limit live beside /graphql. The API keeps no state
 * between requests: run as many behind a load balancer as needed.
 */
import "reflect-metadata";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import type { Driver } from "neo4j-driver";
import { pino, type Logger } from "pino";
import type { Config } from "../config.js";
import { DatabaseAvailability } from "../graph/read/availability.js";
import { GraphReader } from "../graph/read/reader.js";
import type { Context } from "./context.type.js";
import { ErrorCode, formatError } from "./errors.js";
import { GraphService } from "./graph.service.js";
import { ApiKeys } from "./http/api-keys.js";
import { browserGuideHtml } from "./http/browser-guide.js";
import { createHandler } from "./http/handler.js";
import { listenError } from "./http/listen-error.js";
import { loadExamples, queryPageHtml } from "./http/query-page.js";
import { loadGraphiqlAssets } from "./http/static-assets.js";
import { complexityLimitPlugin } from "./limits/complexity.plugin.js";
import { depthLimitRule } from "./limits/depth-limit.rule.js";
import { buildApiSchema } from "./schema.js";

export interface ApiServer {
  url: string;
  close(): Promise<void>;
}

export interface ApiServerOptions {
  logger?: Logger;
  /** called after each GraphQL request with the number of database queries it ran (tests count round trips) */
  onRequestDone?(stats: { queryCount: number }): void;
}

export async function createApiServer(
  config: Config,
  driver: Driver,
  options: ApiServerOptions = {},
): Promise<ApiServer> {
  const logger = options.logger ?? pino({ level: config.logLevel, name: "api" });
  const schema = await buildApiSchema();
  const development = config.env === "development";
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.api.introspection,
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(config.api.maxQueryDepth)],
    formatError: (formatted, error) => {
      const out = formatError(formatted, error, { development, txTimeoutMs: config.neo4j.txTimeoutMs });
      if (out.extensions?.code === ErrorCode.INTERNAL) logger.error({ err: error }, "internal error");
      return out;
    },
    plugins: [
      // The query page is ours (src/api/http/query-page.ts). Cache control would wrap every field resolver to
      // collect hints nobody sets (answers are `cache-control: no-store`), and nothing is reported to Apollo.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      complexityLimitPlugin<Context>(schema, {
        maxComplexity: config.api.maxQueryComplexity,
        maxPageSize: config.api.maxPageSize,
      }),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              options.onRequestDone?.({ queryCount: contextValue.reader.queryCount });
            },
          };
        },
      },
    ],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  // /ready's probe answers within a second, or says not ready
  const availability = new DatabaseAvailability(driver, config.neo4j.database, {
    retryMs: config.api.dbRetryMs,
    probeTimeoutMs: 1000,
  });
  const handler = createHandler({
    config,
    availability,
    apollo,
    keys: new ApiKeys(config.api.apiKeys),
    pageHtml: queryPageHtml(loadExamples()),
    assets: loadGraphiqlAssets(),
    guideHtml: browserGuideHtml(),
    logger,
    makeContext: (authenticated) => {
      const reader = new GraphReader(driver, config.neo4j.database, config.neo4j.txTimeoutMs, availability);
      return { config, reader, graph: new GraphService(reader), authenticated };
    },
  });
  const server: Server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      logger.error({ err: error }, "request failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "internal error", extensions: { code: ErrorCode.INTERNAL } }] }));
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.api.port, config.api.host, () => resolve());
    });
  } catch (error) {
    // nothing may keep the process alive after a failed listen: the probe timer and Apollo are stopped here
    availability.close();
    await apollo.stop();
    throw listenError(error, config.api.host, config.api.port);
  }
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/graphql`;
  logger.info({ url }, "GraphQL API listening");

  return {
    url,
    async close() {
      availability.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
