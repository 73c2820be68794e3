/** What the `kg import` main thread and its extraction workers send each other. */
import type { ReportMetadata } from "../../extract/types.js";
import type { EncodedGroup } from "../../graph/import/encoded-lines.js";
import type { ReportRecords } from "../../graph/import/report-records.js";

/**
 * A report's records as a worker posts them: its CSV lines grouped by shape (csv.ts groupByShape) and its text's
 * record, all UTF-8 encoded (encoded-lines.ts) in ArrayBuffers transferred with the message.
 */
export type PostedRecords = Omit<ReportRecords, "lines" | "text"> & {
  groups: EncodedGroup[];
  text: Uint8Array<ArrayBuffer> | null;
};

export interface WorkerTask {
  /** the file's position in the sorted input list: results are merged in this order */
  index: number;
  file: string;
  meta: ReportMetadata;
}

export type WorkerAnswer =
  | {
      index: number;
      ok: true;
      records: PostedRecords;
      entities: number;
      relations: number;
      /** characters of the report body (what the summary's characters/s counts) */
      characters: number;
      notes: string[];
    }
  | { index: number; ok: false; code: string; message: string };
