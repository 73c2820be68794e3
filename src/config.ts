/**
 * The one place that reads the environment. Everything else receives a `Config`.
 * Explicit overrides (CLI flags, tests) win over the environment; the result is validated once,
 * and a bad value fails with one line naming the variable.
 */
import { z } from "zod";
import { CodedError } from "./errors.js";

/** The documented password of the project's own local Neo4j (loopback only). Deployments set NEO4J_PASSWORD. */
export const LOCAL_NEO4J_PASSWORD = "govreport-local";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off"])
  .transform((v) => ["true", "1", "yes", "on"].includes(v));

const positiveInt = z.coerce.number().int().positive();
const memorySize = z.string().regex(/^[1-9][0-9]*[kmg]$/i, "must be a size like 512m or 8g");

const envSchema = z.object({
  /** set by CI systems; tests that need a system tool fail instead of skipping when it is missing */
  CI: flag.default(false),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** unset → the project starts and uses its own local Neo4j on 127.0.0.1 */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, "must look like bolt://host:7687 or neo4j+s://host")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").default(LOCAL_NEO4J_PASSWORD),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, "must be a Neo4j database name")
    .default("neo4j"),
  LOCAL_NEO4J_BOLT_PORT: positiveInt.max(65535).default(7687),
  LOCAL_NEO4J_HTTP_PORT: positiveInt.max(65535).default(7474),
  LOCAL_NEO4J_DIR: z.string().min(1).default(".neo4j"),
  /** the local Neo4j's page cache and maximum heap (Neo4j's size syntax: 512m, 4g); unset → neo4j/neo4j.conf's */
  LOCAL_NEO4J_PAGECACHE: memorySize.optional(),
  LOCAL_NEO4J_HEAP: memorySize.optional(),
  JAVA_HOME: z.string().min(1).optional(),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: positiveInt.max(65535).default(4000),
  /** comma-separated keys accepted in `Authorization: Bearer …` for mutations */
  API_KEYS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  READS_REQUIRE_KEY: flag.default(false),
  INTROSPECTION: flag.optional(),
  MAX_REPORT_MB: z.coerce.number().positive().max(1024).default(20),
  MAX_PAGE_SIZE: positiveInt.max(10_000).default(100),
  MAX_QUERY_DEPTH: positiveInt.max(100).default(8),
  MAX_QUERY_COMPLEXITY: positiveInt.default(10_000),
  MAX_BATCH_OPERATIONS: positiveInt.max(1000).default(10),
  MAX_BODY_BYTES: positiveInt.default(25 * 1024 * 1024),
  DB_TX_TIMEOUT_MS: positiveInt.default(15_000),
  DB_CONNECT_TIMEOUT_MS: positiveInt.default(3_000),
  /** how long one API request retries an unreachable database before answering DATABASE_UNAVAILABLE; after that, requests fail at once until Neo4j answers a probe again */
  API_DB_RETRY_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.input<typeof envSchema>;

/** Variables whose values are secrets (or may hold one, like a URI with credentials): errors name them, never show them. */
const SECRET_VARIABLES = new Set(["NEO4J_PASSWORD", "API_KEYS", "NEO4J_URI"]);

export interface Config {
  env: "development" | "production" | "test";
  ci: boolean;
  neo4j: {
    uri: string;
    user: string;
    password: string;
    database: string;
    /** true when NEO4J_URI is unset: the project manages a local server itself */
    managedLocally: boolean;
    local: {
      boltPort: number;
      httpPort: number;
      dir: string;
      javaHome?: string;
      /** overrides of neo4j/neo4j.conf's server.memory.pagecache.size and heap.max_size */
      pageCache?: string;
      heapMax?: string;
    };
    txTimeoutMs: number;
    connectTimeoutMs: number;
  };
  api: {
    host: string;
    port: number;
    apiKeys: string[];
    readsRequireKey: boolean;
    introspection: boolean;
    maxPageSize: number;
    maxQueryDepth: number;
    maxQueryComplexity: number;
    maxBatchOperations: number;
    maxBodyBytes: number;
    dbRetryMs: number;
  };
  extract: { maxBytes: number };
  logLevel: string;
}

export class ConfigError extends CodedError<"BAD_CONFIG"> {
  override name = "ConfigError";
  constructor(message: string) {
    super("BAD_CONFIG", message);
  }
}

/** Reads and validates configuration; `overrides` (flags, tests) take precedence over `env`. */
export function loadConfig(
  overrides: Partial<Record<keyof Env, string | undefined>> = {},
  env: NodeJS.ProcessEnv = process.env,
): Config {
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = key in overrides ? overrides[key as keyof Env] : env[key];
    // An empty variable means "not set", as in most shells' `VAR= cmd`.
    raw[key] = value === "" ? undefined : value;
  }
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const shown = SECRET_VARIABLES.has(name) ? "(value hidden)" : JSON.stringify(raw[name] ?? "");
    throw new ConfigError(`config: ${name}=${shown} is invalid: ${issue.message}`);
  }
  const e = parsed.data;
  const managedLocally = e.NEO4J_URI === undefined;
  return {
    env: e.NODE_ENV,
    ci: e.CI,
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.LOCAL_NEO4J_BOLT_PORT}`,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      managedLocally,
      local: {
        boltPort: e.LOCAL_NEO4J_BOLT_PORT,
        httpPort: e.LOCAL_NEO4J_HTTP_PORT,
        dir: e.LOCAL_NEO4J_DIR,
        javaHome: e.JAVA_HOME,
        pageCache: e.LOCAL_NEO4J_PAGECACHE,
        heapMax: e.LOCAL_NEO4J_HEAP,
      },
      txTimeoutMs: e.DB_TX_TIMEOUT_MS,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    },
    api: {
      host: e.HOST,
      port: e.PORT,
      apiKeys: e.API_KEYS,
      readsRequireKey: e.READS_REQUIRE_KEY,
      introspection: e.INTROSPECTION ?? e.NODE_ENV !== "production",
      maxPageSize: e.MAX_PAGE_SIZE,
      maxQueryDepth: e.MAX_QUERY_DEPTH,
      maxQueryComplexity: e.MAX_QUERY_COMPLEXITY,
      maxBatchOperations: e.MAX_BATCH_OPERATIONS,
      maxBodyBytes: e.MAX_BODY_BYTES,
      dbRetryMs: e.API_DB_RETRY_MS,
    },
    extract: { maxBytes: Math.round(e.MAX_REPORT_MB * 1024 * 1024) },
    logLevel: e.LOG_LEVEL,
  };
}

/** The environment for a child process (e.g. Neo4j's admin tool), with `extra` variables added. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
