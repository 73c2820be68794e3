/**
 * Runs the real `kg` command (node bin/kg.mjs) as a child process, the way a user or a cron job does, with a
 * hard time limit: a run that outlives it is killed and reported as `timedOut` instead of hanging the suite.
 */
import { spawn, type ChildProcess } from "node:child_process";

const KG = new URL("../../../bin/kg.mjs", import.meta.url).pathname;

export interface KgRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export interface KgOptions {
  /** variables added to (or, with undefined, removed from) this process's environment */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

export interface RunningKg {
  child: ChildProcess;
  /** everything written to stdout/stderr so far */
  output(): { stdout: string; stderr: string };
  done: Promise<KgRun>;
}

export function spawnKg(args: string[], options: KgOptions = {}): RunningKg {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const started = Date.now();
  const child = spawn(process.execPath, [KG, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, options.timeoutMs ?? 60_000);
  const done = new Promise<KgRun>((resolve) => {
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
  return { child, output: () => ({ stdout, stderr }), done };
}

export const kg = (args: string[], options: KgOptions = {}): Promise<KgRun> => spawnKg(args, options).done;

/** stderr lines, without the per-file progress lines `kg ingest` prints when stderr is not a terminal */
export const errorLines = (run: KgRun): string[] =>
  run.stderr.split("\n").filter((l) => l.trim() !== "" && !/^ingest: \[\d+\/\d+\] /.test(l));
