/**
 * A `kg import` worker thread: reads a report file, extracts it, builds the loader's rows (the same reportRows
 * `kg ingest` writes) and turns them into this report's CSV lines, encoded, and shared-entity rows (graph/import).
 * One file per message; the main thread merges, orders and writes.
 */
import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { extractReportAndText } from "../../extract/index.js";
import type { ReportMetadata } from "../../extract/types.js";
import { reportRows } from "../../graph/load/rows.js";
import { reportRecords } from "../../graph/import/report-records.js";
import { groupByShape } from "../../graph/import/csv.js";
import { encodeGroup, encodeReportText } from "../../graph/import/encoded-lines.js";
import { ingestNotes } from "../ingest-notes.js";
import type { WorkerAnswer, WorkerTask } from "./messages.js";

const { maxBytes } = workerData as { maxBytes: number };

parentPort!.on("message", async (task: WorkerTask) => {
  let answer: WorkerAnswer;
  try {
    const { extracted, text } = extractReportAndText(await readFile(task.file), task.meta as ReportMetadata, {
      maxBytes,
    });
    const rows = reportRows(extracted, { sourcePath: task.file, text });
    const { lines, text: reportText, ...records } = reportRecords(rows);
    const groups = groupByShape(lines).map(encodeGroup);
    const textRecord = reportText === null ? null : encodeReportText(records.reportId, reportText);
    answer = {
      index: task.index,
      ok: true,
      records: { ...records, groups, text: textRecord },
      entities: rows.entityCount,
      relations: rows.relationCount,
      characters: extracted.report.bodyEnd,
      notes: ingestNotes(task.file, extracted.report),
    };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    answer = {
      index: task.index,
      ok: false,
      code: typeof code === "string" ? code : "INTERNAL",
      message: (error as Error).message ?? String(error),
    };
  }
  // the bytes move to the main thread instead of being copied
  const transfer = answer.ok
    ? [
        ...answer.records.groups.map((g) => g.bytes.buffer),
        ...(answer.records.text ? [answer.records.text.buffer] : []),
      ]
    : [];
  parentPort!.postMessage(answer, transfer);
});
