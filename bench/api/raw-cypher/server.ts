/**
 * The floor: a plain Node http handler that runs the hand-written Cypher of one query and answers its value as
 * JSON, `{"data": …}` like a GraphQL server would. No GraphQL parsing, validation or resolvers: what is left is
 * the database, the driver and JSON. POST /query/<name> with the query's parameters as the JSON body.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../../../src/config.js";
import type { BenchServer } from "../server.type.js";
import { RAW_QUERIES, type QueryName } from "./queries.js";

/** JS numbers go to Neo4j as floats; SKIP/LIMIT and the like need integers. */
function toCypherParams(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]),
  );
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

export async function createRawCypherServer(config: Config, driver: Driver): Promise<BenchServer> {
  const database = config.neo4j.database;
  const server = http.createServer(async (req, res) => {
    const name = /^\/query\/(\w+)$/.exec(req.url ?? "")?.[1];
    if (req.method !== "POST" || !name || !Object.hasOwn(RAW_QUERIES, name))
      return send(res, 404, { errors: [{ message: "POST /query/<name>" }] });
    try {
      const params = toCypherParams(JSON.parse((await readBody(req)) || "{}"));
      const result = await driver.executeQuery(RAW_QUERIES[name as QueryName].cypher, params, {
        database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: config.neo4j.txTimeoutMs },
      });
      send(res, 200, { data: result.records[0]?.get("data") ?? null });
    } catch (error) {
      send(res, 500, { errors: [{ message: (error as Error).message }] });
    }
  });
  await new Promise<void>((resolve) => server.listen(config.api.port, config.api.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.api.host}:${port}/query`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
