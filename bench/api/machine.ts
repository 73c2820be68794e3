/** Facts about the machine and software a run was measured on, for the report's header. */
import { spawnSync } from "node:child_process";
import os from "node:os";
import type { Driver } from "neo4j-driver";
import { ping } from "../../src/graph/driver.js";

export interface MachineFacts {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  /** 1-minute load average when the run started and ended: how busy the machine was besides the bench */
  loadAverage: { start: number; end?: number };
  gitCommit: string;
  gitDirty: boolean;
}

function firstLine(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return `${r.stdout ?? ""}${r.stderr ?? ""}`.split("\n")[0]?.trim() || "unknown";
}

export async function machineFacts(driver: Driver, database: string): Promise<MachineFacts> {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: firstLine("java", ["-version"]),
    neo4j: await ping(driver, database).catch(() => "unknown"),
    loadAverage: { start: os.loadavg()[0]! },
    gitCommit: firstLine("git", ["rev-parse", "--short", "HEAD"]),
    gitDirty: (spawnSync("git", ["status", "--porcelain"], { encoding: "utf8" }).stdout ?? "").trim() !== "",
  };
}
