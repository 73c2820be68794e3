/**
 * The (:ReportText {id, text}) lines of a bulk import, in rolling files of about MAX_FILE_BYTES each (a text bigger
 * than that alone in its file). neo4j-admin 5.26 misreads a quoted multi-line field that crosses its read buffer
 * ("found CR outside a text cell" from one 568 MB file at 10,000 real-sized reports); with v2 multiline parsing, files
 * each smaller than the read buffer import byte for byte (BENCHMARKS.md, "Report texts through neo4j-admin").
 * The files are named by one regular expression, which neo4j-admin takes for --nodes and --multiline-fields, so the
 * arguments stay short at any count of files (one argument may not exceed 128 KB on Linux).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { REPORT_TEXT_LABEL } from "../model.js";
import { REPORT_TEXT_HEADER } from "./csv.js";

const MAX_FILE_BYTES = 3 << 20;
const DATA_PREFIX = "report-texts-";

export class ReportTextFiles {
  private records: Uint8Array[] = [];
  private bytes = 0;
  private files = 0;
  private count = 0;
  /** the UTF-8 bytes of the largest file written */
  largestFileBytes = 0;

  constructor(private readonly dir: string) {}

  /** A text's record as encoded-lines.ts encodeReportText gives it. */
  write(record: Uint8Array): void {
    if (this.records.length && this.bytes + record.length > MAX_FILE_BYTES) this.flush();
    this.records.push(record);
    this.bytes += record.length;
    this.count++;
  }

  /** Writes the last file and the header. */
  close(): void {
    this.flush();
    if (this.files) writeFileSync(this.header(), `${REPORT_TEXT_HEADER}\n`);
  }

  /** Texts written. */
  lineCount(): number {
    return this.count;
  }

  /** The --nodes group of the files (after close), and the pattern --multiline-fields takes; none without texts. */
  importSources(): { nodes: string; multiline: string } | null {
    if (!this.files) return null;
    const data = path.join(this.dir, `${DATA_PREFIX}[0-9]+\\.csv`);
    return { nodes: `--nodes=${REPORT_TEXT_LABEL}=${this.header()},${data}`, multiline: data };
  }

  private header(): string {
    return path.join(this.dir, "report-texts.header.csv");
  }

  private flush(): void {
    if (!this.records.length) return;
    const file = path.join(this.dir, `${DATA_PREFIX}${String(this.files).padStart(6, "0")}.csv`);
    writeFileSync(file, Buffer.concat(this.records, this.bytes));
    this.files++;
    this.largestFileBytes = Math.max(this.largestFileBytes, this.bytes);
    this.records = [];
    this.bytes = 0;
  }
}
