/** Worker thread of extract-pool.ts: text in, ExtractedReport (or the error's message) out. */
import { parentPort } from "node:worker_threads";
import { extractReport } from "../../src/extract/index.js";

parentPort!.on("message", ({ text, sourceUrl }: { text: string; sourceUrl: string }) => {
  try {
    // a source URL per text: report ids come from it, so two synthetic reports of one county and year stay two
    parentPort!.postMessage({ ok: true, report: extractReport(text, { sourceUrl }) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

parentPort!.postMessage("ready");
