/**
 * Extracts many texts on worker threads (one per core): extraction is CPU-bound and pure, so two cores halve
 * the time. A text that takes longer than `timeoutMs` is given up (its worker is replaced) and reported.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ExtractedReport } from "../../src/extract/types.js";

export interface PoolResult {
  extracted: (ExtractedReport | null)[];
  timedOut: number[];
  failed: { index: number; message: string }[];
}

const WORKER = new URL("./extract-worker.mjs", import.meta.url);

export async function extractAll(
  texts: string[],
  names: string[],
  options: { threads?: number; timeoutMs?: number; onDone?: (n: number) => void } = {},
): Promise<PoolResult> {
  const threads = options.threads ?? Math.max(1, availableParallelism());
  const timeoutMs = options.timeoutMs ?? 10_000;
  const result: PoolResult = { extracted: new Array(texts.length).fill(null), timedOut: [], failed: [] };
  let next = 0;
  let done = 0;
  // A new worker loads the extractor's lexicons first (seconds): the per-text timeout starts once it is ready.
  const spawn = async () => {
    const worker = new Worker(WORKER);
    await new Promise((resolve) => worker.once("message", resolve));
    return worker;
  };

  const lane = async () => {
    let worker = await spawn();
    while (next < texts.length) {
      const index = next++;
      const outcome = await new Promise<
        { ok: true; report: ExtractedReport } | { ok: false; message: string } | "timeout"
      >((resolve) => {
        const timer = setTimeout(() => resolve("timeout"), timeoutMs);
        worker.once("message", (m: { ok: true; report: ExtractedReport } | { ok: false; message: string }) => {
          clearTimeout(timer);
          resolve(m);
        });
        worker.postMessage({ text: texts[index], sourceUrl: `synthetic://${names[index]}` });
      });
      if (outcome === "timeout") {
        result.timedOut.push(index);
        await worker.terminate();
        worker = await spawn();
      } else if (outcome.ok) result.extracted[index] = outcome.report;
      else result.failed.push({ index, message: outcome.message });
      options.onDone?.(++done);
    }
    await worker.terminate();
  };
  await Promise.all(Array.from({ length: threads }, lane));
  return result;
}
