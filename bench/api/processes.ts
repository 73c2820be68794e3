/**
 * The parent's side of the server processes: fork one per benchmarked server (child.ts), wait for its URL,
 * collect the memory/CPU samples it reports each second, stop it. Separate processes keep the three servers'
 * memory and CPU apart, and let one of them run under `node --cpu-prof`.
 */
import { fork, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Side } from "./queries.js";

export interface ProcessSample {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  cpuUserUs: number;
  cpuSystemUs: number;
}

export type ChildMessage =
  | ({ type: "sample" } & ProcessSample)
  | { type: "ready"; url: string; pid: number }
  | { type: "failed"; message: string };

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));

/** A free TCP port on 127.0.0.1 (config's PORT must be a positive number, so 0 cannot be passed through). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  /** config overrides (env names) for the child, e.g. LOG_LEVEL */
  config?: Record<string, string>;
  /** run the child under --cpu-prof, writing the profile into this directory */
  cpuProfDir?: string;
  startTimeoutMs?: number;
}

export class ServerProcess {
  readonly samples: ProcessSample[] = [];
  private waiters: ((s: ProcessSample) => void)[] = [];

  private constructor(
    readonly side: Side,
    readonly url: string,
    readonly pid: number,
    private readonly child: ChildProcess,
  ) {
    child.on("message", (m: ChildMessage) => {
      if (m.type !== "sample") return;
      const { type: _type, ...sample } = m;
      this.samples.push(sample);
      for (const w of this.waiters.splice(0)) w(sample);
    });
  }

  static async start(side: Side, options: StartOptions = {}): Promise<ServerProcess> {
    const port = await freePort();
    const overrides = {
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      ...options.config,
      PORT: String(port),
    };
    // No --cpu-prof-name: the tsx loader thread writes a profile too, and a fixed name would let it overwrite the main one.
    const prof = options.cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", path.join(options.cpuProfDir, side)] : [];
    const child = fork(CHILD, [side, JSON.stringify(overrides)], {
      execArgv: ["--import", "tsx", ...prof],
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    const ready = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${side} server did not start within ${(options.startTimeoutMs ?? 60_000) / 1000}s`)),
        options.startTimeoutMs ?? 60_000,
      );
      child.on("message", (m: ChildMessage) => {
        if (m.type === "ready") (clearTimeout(timer), resolve(m));
        if (m.type === "failed")
          (clearTimeout(timer), reject(new Error(`${side} server failed to start: ${m.message}`)));
      });
      child.once(
        "exit",
        (code) => (clearTimeout(timer), reject(new Error(`${side} server exited (code ${code}) before it was ready`))),
      );
    });
    return new ServerProcess(side, ready.url, ready.pid, child);
  }

  /** Asks for a sample now (besides the one per second) and resolves with it. */
  sampleNow(): Promise<ProcessSample> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.child.send("sample");
    });
  }

  /** Samples taken at or after `since` (ms epoch). */
  samplesSince(since: number): ProcessSample[] {
    return this.samples.filter((s) => s.at >= since);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.send("stop");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
