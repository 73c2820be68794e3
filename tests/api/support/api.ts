/**
 * Test helpers for the API: the seed report ingested with its text (extractReportAndText + ingestReport;
 * idempotent, so "once per file" costs one unchanged-check after the first), the API started on a random port over
 * the real Neo4j, and a small `gql()` client that posts through HTTP like any integration would.
 */
import { readFileSync } from "node:fs";
import net from "node:net";
import type { Driver } from "neo4j-driver";
import { createApiServer, type ApiServer, type ApiServerOptions } from "../../../src/api/server.js";
import { loadConfig, type Config, type Env } from "../../../src/config.js";
import { extractReportAndText } from "../../../src/extract/index.js";
import { createDriver } from "../../../src/graph/driver.js";
import { ingestReport } from "../../../src/graph/load/ingest.js";
import { applySchema } from "../../../src/graph/schema.js";

export const SEED_FILE = new URL("../../../seeds/000_183ecd7d30420280.txt", import.meta.url);
export const TEST_KEYS = ["test-key-one", "test-key-two"];

/** Facts of the seed report the tests assert (read from the report itself). */
export const SEED = {
  districtGovernment: "agency:荆州市沙市区人民政府",
  healthBureau: "agency:荆州市沙市区卫生和计划生育局",
  hrBureau: "agency:荆州市沙市区人力资源和社会保障局",
  litigationLaw: "law:中华人民共和国行政诉讼法",
  outline: "law:法治政府建设实施纲要(2015-2020年)",
  campaign: "program:421002:打击非法行医行动",
  district: "jurisdiction:421002",
  city: "jurisdiction:421000",
};

export async function ensureSeed(driver: Driver, database: string): Promise<string> {
  await applySchema(driver, database);
  return ingestFile(driver, database, SEED_FILE);
}

/** Extracts a file and loads it with its text, as `kg ingest` does; returns the report id. */
async function ingestFile(driver: Driver, database: string, file: URL): Promise<string> {
  const { extracted, text } = extractReportAndText(readFileSync(file));
  return (await ingestReport(driver, database, extracted, { text })).reportId;
}

/**
 * A second report, of another year (南昌县's 2021 report on law-based government), for the year filters and the
 * timeline: it shares 中华人民共和国国务院 with the seed, which there issued the 2021-2025 outline (the seed, of 2016:
 * the 2015-2020 one).
 */
export const SECOND_YEAR_FILE = new URL("../../fixtures/dev-reports/01_nanchang-county-2021.txt", import.meta.url);
export const SECOND_YEAR = {
  year: 2021,
  issuer: "agency:南昌县人民政府",
  stateCouncil: "agency:中华人民共和国国务院",
  outline2015: "law:法治政府建设实施纲要(2015-2020年)",
  outline2021: "law:法治政府建设实施纲要(2021-2025年)",
};

/** Ingests the second report (idempotent) and returns its id; the caller deletes it when done. */
export async function ensureSecondYear(driver: Driver, database: string): Promise<string> {
  await applySchema(driver, database);
  return ingestFile(driver, database, SECOND_YEAR_FILE);
}

export interface GqlResponse<D = any> {
  status: number;
  data?: D;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
  body: any;
}

export interface TestApi {
  url: string;
  config: Config;
  driver: Driver;
  server: ApiServer;
  gql<D = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<D>>;
  post(body: string, headers?: Record<string, string>, path?: string): Promise<Response>;
  close(): Promise<void>;
}

/** A port the OS says is free (config's PORT must be positive, so "0" cannot be passed through). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startApi(
  overrides: Partial<Record<keyof Env, string>> = {},
  options: ApiServerOptions = {},
): Promise<TestApi> {
  const port = String(await freePort());
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: port,
    API_KEYS: TEST_KEYS.join(","),
    LOG_LEVEL: "silent",
    ...overrides,
  });
  const driver = createDriver(config.neo4j, { retry: "serve" });
  const server = await createApiServer(config, driver, options);
  const post = (body: string, headers: Record<string, string> = {}, path = "") =>
    fetch(server.url + path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return {
    url: server.url,
    config,
    driver,
    server,
    post,
    async gql(query, variables = {}, headers = {}) {
      const res = await post(JSON.stringify({ query, variables }), headers);
      const body: any = await res.json();
      return { status: res.status, data: body.data, errors: body.errors, body };
    },
    async close() {
      await server.close();
      await driver.close();
    },
  };
}

/** The codes of a response's errors, for compact assertions. */
export const codes = (r: GqlResponse) => (r.errors ?? []).map((e) => e.extensions?.code);

/**
 * Counts the sessions opened on `driver` from now on: every query a request sends to Neo4j opens one
 * (src/graph/query.ts, the loader), so a request the circuit breaker refuses opens none. The probe's ping
 * (driver.executeQuery, /ready and the breaker's own) is not counted: the driver bound its own session method for
 * executeQuery when it was made, so that does not come through the one replaced here.
 */
export function countSessions(driver: Driver): () => number {
  let opened = 0;
  const open = driver.session.bind(driver);
  driver.session = (config) => {
    opened++;
    return open(config);
  };
  return () => opened;
}
