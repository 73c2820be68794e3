/** What the `kg import` main thread and its extraction workers send each other. */
import type { ReportMetadata } from "../../extract/types.js";
import type { ReportRecords } from "../../graph/import/report-records.js";

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
      records: ReportRecords;
      entities: number;
      relations: number;
      /** characters of the report body (what the summary's characters/s counts) */
      characters: number;
      notes: string[];
    }
  | { index: number; ok: false; code: string; message: string };
