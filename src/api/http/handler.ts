/**
 * The node:http request handler: /health, /ready, and /graphql (Apollo through executeHTTPGraphQLRequest, or
 * the query page for a browser). Refusals that happen before GraphQL runs (body size, batch size, credentials)
 * answer with the same `{errors: [{message, extensions: {code}}]}` shape as GraphQL errors.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import type { DatabaseAvailability } from "../../graph/read/availability.js";
import type { Context } from "../context.type.js";
import { ApiError, BadUserInputError, LimitExceededError, UnauthenticatedError, httpErrorBody } from "../errors.js";
import { hasKeyInQuery, type ApiKeys } from "./api-keys.js";
import { BodyTooLarge, readBody } from "./body.js";
import { ASSETS_PATH } from "./query-page.js";
import type { StaticAsset } from "./static-assets.js";

export interface HandlerDeps {
  config: Config;
  /** the circuit breaker: /ready asks Neo4j through it, so a ready answer also lets requests through again */
  availability: DatabaseAvailability;
  apollo: ApolloServer<Context>;
  keys: ApiKeys;
  pageHtml: string;
  /** the README's Browser guide as Neo4j Browser's guide HTML (`:guide http://localhost:4000/guide`), if found */
  guideHtml: string | null;
  /** the GraphiQL bundle's files by name, served under /graphiql/ */
  assets: Map<string, StaticAsset>;
  logger: Logger;
  makeContext(authenticated: boolean): Context;
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = "application/json; charset=utf-8",
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...extra });
  res.end(body);
}

const sendError = (res: ServerResponse, status: number, error: ApiError, extra: Record<string, string> = {}) =>
  send(res, status, httpErrorBody(error), undefined, extra);

export function createHandler(deps: HandlerDeps) {
  const { config, apollo, keys } = deps;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return send(res, 200, JSON.stringify({ status: "ok" }));
    if (url.pathname === "/ready") {
      const ready = await deps.availability.probe();
      return send(res, ready ? 200 : 503, JSON.stringify({ status: ready ? "ready" : "database unavailable" }));
    }
    if (url.pathname === "/" && req.method === "GET") return send(res, 302, "", "text/plain", { location: "/graphql" });
    if (url.pathname === "/guide" && deps.guideHtml) {
      // Browser fetches the guide from its own origin (the Neo4j HTTP port): allow that cross-origin read (a
      // public page; no credentials involved), including the preflight its request headers cause
      const cors = {
        "access-control-allow-origin": "*",
        "access-control-allow-headers": "*",
        "access-control-allow-methods": "GET",
      };
      if (req.method === "OPTIONS") return send(res, 204, "", "text/plain", cors);
      if (req.method === "GET") return send(res, 200, deps.guideHtml, "text/html; charset=utf-8", cors);
    }
    if (url.pathname.startsWith(ASSETS_PATH) && (req.method === "GET" || req.method === "HEAD")) {
      const asset = deps.assets.get(url.pathname.slice(ASSETS_PATH.length));
      if (!asset) return send(res, 404, JSON.stringify({ error: "not found" }));
      res.writeHead(200, {
        "content-type": asset.type,
        "cache-control": "no-cache",
        "content-length": asset.body.length,
      });
      return void res.end(req.method === "HEAD" ? undefined : asset.body);
    }
    if (url.pathname !== "/graphql")
      return send(res, 404, JSON.stringify({ error: "not found; the API is at /graphql" }));

    if (hasKeyInQuery(url.searchParams)) {
      return sendError(
        res,
        401,
        new UnauthenticatedError("API keys are accepted only in the Authorization header, never in the URL"),
      );
    }
    const accept = String(req.headers.accept ?? "");
    if (req.method === "GET" && !url.searchParams.has("query") && accept.includes("text/html")) {
      return send(res, 200, deps.pageHtml, "text/html; charset=utf-8");
    }
    const key = keys.check(req.headers.authorization);
    if (key === "invalid")
      return sendError(res, 401, new UnauthenticatedError("the API key is not valid"), {
        "www-authenticate": "Bearer",
      });
    if (config.api.readsRequireKey && key !== "valid")
      return sendError(res, 401, new UnauthenticatedError(), { "www-authenticate": "Bearer" });

    let body: unknown;
    if (req.method === "POST") {
      try {
        const raw = await readBody(req, config.api.maxBodyBytes);
        body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          const limit = config.api.maxBodyBytes;
          return sendError(
            res,
            413,
            new LimitExceededError("maxBodyBytes", limit, `the request body is larger than ${limit} bytes`),
            { connection: "close" },
          );
        }
        return sendError(res, 400, new BadUserInputError("the request body is not valid JSON"));
      }
      if (Array.isArray(body) && body.length > config.api.maxBatchOperations) {
        const max = config.api.maxBatchOperations;
        return sendError(
          res,
          400,
          new LimitExceededError("maxBatchOperations", max, `${body.length} operations in one request; at most ${max}`),
        );
      }
    }

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body },
      context: async () => deps.makeContext(key === "valid"),
    });
    // GraphQL answers are per request and per key: never cached (Apollo's cache-control plugin is off, see server.ts).
    const outHeaders: Record<string, string> = { "cache-control": "no-store" };
    for (const [name, value] of response.headers) outHeaders[name] = value;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === "complete") {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };
}
