/**
 * Extraction on every core: `threads` worker threads (node:worker_threads) running extract-worker, each kept
 * IN_FLIGHT files ahead (the next file is already queued when it answers, so it never waits while the main thread
 * writes the last answer's CSV), and the answers handed back in file order (the merge of shared entities follows
 * ingest's order), whatever order they finish in.
 */
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { WorkerAnswer, WorkerTask } from "./messages.js";

/**
 * The young generation a worker's heap keeps at least (V8's --min-semi-space-size, MB per semi-space). A worker
 * allocates ~6 MB per report and holds a report's working set for a few ms. With V8's own sizing each scavenge found
 * part of the current report alive and promoted it (the old space grew ~5 MB per scavenge, a mark-compact every ~75
 * reports); with 32 MB, ~1.2 MB and one per ~300 reports (--trace-gc, 600 reports). Worker resourceLimits set only
 * a maximum, which changed nothing; the flag is read when an isolate is made, so it is set before the workers start
 * (the main thread's heap, made already, keeps its sizing).
 */
const MIN_SEMI_SPACE_MB = 32;

// Under tsx (a checkout without dist/) the sources are .ts: the worker registers tsx's loader before loading them.
const fromSources = import.meta.url.endsWith(".ts");
const WORKER = new URL(`./extract-worker.${fromSources ? "ts" : "js"}`, import.meta.url);

function startWorker(maxBytes: number): Worker {
  const workerData = { maxBytes };
  if (!fromSources) return new Worker(WORKER, { workerData });
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/** Files queued per worker: one being extracted, one waiting, so a worker's next file never waits for the main thread. */
const IN_FLIGHT = 2;

export async function extractInOrder(
  tasks: WorkerTask[],
  options: { threads: number; maxBytes: number },
  onAnswer: (answer: WorkerAnswer) => void,
): Promise<void> {
  const threads = Math.max(1, Math.min(options.threads, tasks.length));
  setFlagsFromString(`--min-semi-space-size=${MIN_SEMI_SPACE_MB}`);
  const workers = Array.from({ length: threads }, () => startWorker(options.maxBytes));
  const waiting = new Map<number, WorkerAnswer>();
  let next = 0;
  let emitted = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      if (tasks.length === 0) return resolve();
      const feed = (worker: Worker) => {
        if (next < tasks.length) worker.postMessage(tasks[next++]);
      };
      for (const worker of workers) {
        worker.on("message", (answer: WorkerAnswer) => {
          waiting.set(answer.index, answer);
          feed(worker);
          try {
            // answers come back by task position; tasks[i].index need not equal i
            while (emitted < tasks.length && waiting.has(tasks[emitted]!.index)) {
              const ready = waiting.get(tasks[emitted]!.index)!;
              waiting.delete(tasks[emitted]!.index);
              emitted++;
              onAnswer(ready);
            }
          } catch (error) {
            return reject(error);
          }
          if (emitted === tasks.length) resolve();
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (code !== 0 && emitted < tasks.length) reject(new Error(`an extraction worker exited with code ${code}`));
        });
        for (let i = 0; i < IN_FLIGHT; i++) feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
