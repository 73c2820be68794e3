/**
 * `neo4j-admin` from the project's own jars: org.neo4j.cli.AdminTool on the same Java, with NEO4J_HOME and
 * NEO4J_CONF pointing at the local layout. Used by backups (dump/load) and `kg import` (database import full).
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { childEnvironment, type Config } from "../config.js";
import { findJava } from "./java.js";
import type { LocalLayout } from "./layout.js";

type Neo4jConfig = Config["neo4j"];

function command(cfg: Neo4jConfig, layout: LocalLayout, args: string[]) {
  return {
    java: findJava(cfg.local.javaHome),
    argv: ["-cp", path.join(layout.lib, "*"), "org.neo4j.cli.AdminTool", ...args],
    env: childEnvironment({ NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir }),
  };
}

/** Runs neo4j-admin to completion and returns its output. */
export function adminTool(cfg: Neo4jConfig, layout: LocalLayout, args: string[]): { ok: boolean; output: string } {
  const { java, argv, env } = command(cfg, layout, args);
  const run = spawnSync(java, argv, { encoding: "utf8", env });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim();
  return { ok: run.status === 0, output };
}

/** Runs neo4j-admin, handing each line of its output to `onLine` as it comes (long imports show their progress). */
export function adminToolStreaming(
  cfg: Neo4jConfig,
  layout: LocalLayout,
  args: string[],
  onLine: (line: string) => void,
): Promise<{ ok: boolean; output: string }> {
  const { java, argv, env } = command(cfg, layout, args);
  return new Promise((resolve, reject) => {
    const child = spawn(java, argv, { env, stdio: ["ignore", "pipe", "pipe"] });
    const kept: string[] = [];
    let partial = "";
    const take = (chunk: Buffer) => {
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        kept.push(line);
        if (line.trim()) onLine(line);
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("close", (code) => {
      if (partial) (kept.push(partial), onLine(partial));
      resolve({ ok: code === 0, output: kept.join("\n").trim() });
    });
  });
}

/** The line of neo4j-admin's output that says what went wrong. */
export function firstError(output: string): string {
  return output.split("\n").find((l) => /error|fail|exception|not/i.test(l)) ?? output.split("\n")[0] ?? "no output";
}
