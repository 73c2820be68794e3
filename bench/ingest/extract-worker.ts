/** Worker thread of extract-pool.ts: text in, ExtractedReport (or the error's message) out. */
import { parentPort } from "node:worker_threads";
import { extractReport } from "../../src/extract/index.js";

parentPort!.on("message", (text: string) => {
  try {
    parentPort!.postMessage({ ok: true, report: extractReport(text, {}) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

parentPort!.postMessage("ready");
