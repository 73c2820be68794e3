/**
 * Starts, stops and reports on the project's own Neo4j 5.26 Community: the real server main class
 * (org.neo4j.server.CommunityEntryPoint) run from the jars Maven fetched, as a detached process with a pid file.
 */
import { spawn } from "node:child_process";
import { adminToolStreaming } from "./admin-tool.js";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { Config } from "../config.js";
import { createDriver, ping } from "../graph/driver.js";
import { LocalNeo4jError } from "./errors.js";
import { fetchJars } from "./fetch.js";
import { findJava } from "./java.js";
import { neo4jConf } from "./conf.js";
import { localLayout, type LocalLayout } from "./layout.js";

type Log = (line: string) => void;
type Neo4jConfig = Config["neo4j"];

/** The flags Neo4j's own launcher passes to the JVM (bin/neo4j → neo4j-admin server console). */
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+AlwaysPreTouch",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "-XX:FlightRecorderOptions=stackdepth=256",
  "-XX:+UnlockDiagnosticVMOptions",
  "-XX:+DebugNonSafepoints",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
  "-Dfile.encoding=UTF-8",
];

function readPid(layout: LocalLayout): number | null {
  if (!existsSync(layout.pidFile)) return null;
  const pid = Number(readFileSync(layout.pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The committed template plus the ports and memory from config (conf.ts); its heap sizes become -Xms/-Xmx. */
function writeConf(layout: LocalLayout, cfg: Neo4jConfig): { heapInitial: string; heapMax: string } {
  const conf = neo4jConf(readFileSync(layout.confTemplate, "utf8"), cfg.local);
  mkdirSync(layout.confDir, { recursive: true });
  writeFileSync(path.join(layout.confDir, "neo4j.conf"), conf.text);
  return { heapInitial: conf.heapInitial, heapMax: conf.heapMax };
}

/** Sets the initial password before the first start, with the admin tool from the same jars. */
async function setInitialPassword(cfg: Neo4jConfig, layout: LocalLayout): Promise<void> {
  if (
    existsSync(path.join(layout.home, "data/dbms/auth.ini")) ||
    existsSync(path.join(layout.home, "data/databases/system"))
  )
    return;
  const run = await adminToolStreaming(cfg, layout, ["dbms", "set-initial-password", cfg.password], () => {});
  if (!run.ok) {
    throw new LocalNeo4jError(
      "START_FAILED",
      `setting the initial Neo4j password failed: ${run.output.split("\n")[0]}`,
    );
  }
}

/**
 * One probe, without the driver's retries: with the CLI's policy a server that is not running took 30 s to say so
 * (the start of every fresh `kg start`, and `kg neo4j status`); start() polls it every half second instead.
 */
async function answers(cfg: Neo4jConfig): Promise<{ ok: true; version: string } | { ok: false; error: Error }> {
  const driver = createDriver({ ...cfg, uri: `bolt://127.0.0.1:${cfg.local.boltPort}` }, { retry: "serve" });
  try {
    return { ok: true, version: await ping(driver, "system") };
  } catch (error) {
    return { ok: false, error: error as Error };
  } finally {
    await driver.close();
  }
}

function tail(file: string, lines = 15): string {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

export interface LocalStatus {
  running: boolean;
  /** true when this call launched the server (start only) */
  launched?: boolean;
  pid: number | null;
  version?: string;
  uri: string;
  browser: string;
}

export async function status(cfg: Neo4jConfig): Promise<LocalStatus> {
  const layout = localLayout(cfg.local.dir);
  const pid = readPid(layout);
  const probe = await answers(cfg);
  return {
    running: probe.ok,
    pid: pid !== null && isAlive(pid) ? pid : null,
    version: probe.ok ? probe.version : undefined,
    uri: `bolt://127.0.0.1:${cfg.local.boltPort}`,
    browser: `http://localhost:${cfg.local.httpPort}/browser/`,
  };
}

/** True before the local Neo4j first started: its databases do not exist yet, so nothing is stored in them. */
export function localStoreIsNew(cfg: Neo4jConfig): boolean {
  return !existsSync(path.join(localLayout(cfg.local.dir).home, "data", "databases"));
}

/** Idempotent: reuses a server that already answers; otherwise fetches, configures, starts and waits for Bolt. */
export async function start(cfg: Neo4jConfig, log: Log = () => {}, timeoutMs = 180_000): Promise<LocalStatus> {
  const layout = localLayout(cfg.local.dir);
  const already = await answers(cfg);
  if (already.ok) {
    log(`Neo4j ${already.version} is already running at bolt://127.0.0.1:${cfg.local.boltPort}`);
    return { ...(await status(cfg)), launched: false };
  }
  const pid = readPid(layout);
  const launched = pid === null || !isAlive(pid);
  if (!launched) {
    log(`Neo4j (pid ${pid}) is starting; waiting for it`);
  } else {
    for (const port of [cfg.local.boltPort, cfg.local.httpPort]) {
      if (!(await portIsFree(port))) {
        throw new LocalNeo4jError(
          "PORT_TAKEN",
          `port ${port} on 127.0.0.1 is taken by another process that is not this project's Neo4j (${already.error.message.split("\n")[0]}); stop it, or set LOCAL_NEO4J_BOLT_PORT/LOCAL_NEO4J_HTTP_PORT, or point NEO4J_URI at it`,
        );
      }
    }
    const java = findJava(cfg.local.javaHome);
    await fetchJars(layout, log);
    mkdirSync(path.join(layout.home, "logs"), { recursive: true });
    const heap = writeConf(layout, cfg);
    await setInitialPassword(cfg, layout);
    const out = openSync(layout.consoleLog, "a");
    const child = spawn(
      java,
      [
        "-cp",
        path.join(layout.lib, "*"),
        `-Xms${heap.heapInitial}`,
        `-Xmx${heap.heapMax}`,
        ...JVM_FLAGS,
        "org.neo4j.server.CommunityEntryPoint",
        `--home-dir=${layout.home}`,
        `--config-dir=${layout.confDir}`,
        "--console-mode",
      ],
      { detached: true, stdio: ["ignore", out, out], cwd: layout.home },
    );
    closeSync(out);
    child.unref();
    writeFileSync(layout.pidFile, String(child.pid));
    log(`starting Neo4j (pid ${child.pid}); log: ${layout.consoleLog}`);
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe = await answers(cfg);
    if (probe.ok) {
      log(
        `Neo4j ${probe.version} is up at bolt://127.0.0.1:${cfg.local.boltPort} (Browser: http://localhost:${cfg.local.httpPort}/browser/)`,
      );
      return { ...(await status(cfg)), launched };
    }
    const current = readPid(layout);
    if (current === null || !isAlive(current)) {
      rmSync(layout.pidFile, { force: true });
      throw new LocalNeo4jError(
        "START_FAILED",
        `Neo4j exited during start-up. Last lines of ${layout.consoleLog}:\n${tail(layout.consoleLog)}`,
      );
    }
    if (/unauthorized|authentication/i.test(probe.error.message)) {
      throw new LocalNeo4jError(
        "START_FAILED",
        `Neo4j is up but refuses NEO4J_PASSWORD: the database in ${layout.home} was created with another password (set NEO4J_PASSWORD to it, or delete ${layout.home}/data to start afresh)`,
      );
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        "START_TIMEOUT",
        `Neo4j did not answer on Bolt within ${timeoutMs / 1000}s. Last lines of ${layout.consoleLog}:\n${tail(layout.consoleLog)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Clean shutdown (SIGTERM, Neo4j checkpoints and closes its stores); data stays in <dir>/home/data. */
export async function stop(cfg: Neo4jConfig, log: Log = () => {}, timeoutMs = 90_000): Promise<void> {
  const layout = localLayout(cfg.local.dir);
  const pid = readPid(layout);
  if (pid === null || !isAlive(pid)) {
    rmSync(layout.pidFile, { force: true });
    log("Neo4j is not running");
    return;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        "STOP_FAILED",
        `Neo4j (pid ${pid}) did not stop within ${timeoutMs / 1000}s; see ${layout.consoleLog}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  rmSync(layout.pidFile, { force: true });
  log(`Neo4j (pid ${pid}) stopped; data kept in ${path.join(layout.home, "data")}`);
}
