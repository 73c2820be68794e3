/**
 * The folder of CSV files a bulk import reads: per record shape (labels or relationship type, and typed columns) a
 * header file and a data file, written through a buffer; `importArguments` names them the way
 * `neo4j-admin database import full` takes them (--nodes=Agency:Entity=header.csv,data.csv). Report texts go to
 * files of their own (report-text-files.ts). What a worker posts is bytes already (encoded-lines.ts): the main thread
 * copies them into a buffer per file.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { ARRAY_DELIMITER_FLAG, parseShape, type CsvGroup, type CsvLine } from "./csv.js";
import { encodeGroup, type EncodedGroup } from "./encoded-lines.js";
import { ReportTextFiles } from "./report-text-files.js";

/** a file's buffer grows up to this, then is written */
const FLUSH_AT = 1 << 20;
const FIRST_BUFFER = 16 << 10;
/** neo4j-admin's default --read-buffer-size, which must hold the longest value and any file of report texts */
const READ_BUFFER_BYTES = 4 << 20;

interface ShapeFile {
  kind: "nodes" | "relationships";
  group: string;
  header: string;
  data: string;
  fd: number;
  buffer: Buffer;
  used: number;
  multiline: boolean;
  lines: number;
}

export class CsvFiles {
  private readonly shapes = new Map<string, ShapeFile>();
  /** an upper bound of the longest line's UTF-8 bytes (3 per UTF-16 code unit at most) */
  private longestLineBytes = 0;
  private readonly texts: ReportTextFiles;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.texts = new ReportTextFiles(dir);
  }

  /** A report's text, its (:ReportText {id, text}) node, as encoded-lines.ts encodeReportText gives it. */
  writeReportText(record: Uint8Array): void {
    this.texts.write(record);
  }

  write(line: CsvLine): void {
    this.writeGroup({ shape: line.shape, lines: [line.line], multiline: line.multiline });
  }

  /** The lines of one shape, in order: as writing them one by one. */
  writeGroup(group: CsvGroup): void {
    this.writeEncoded(encodeGroup(group));
  }

  /** The lines of one shape as a worker posts them, encoded: as writing them one by one. */
  writeEncoded(group: EncodedGroup): void {
    const file = this.fileOf(group.shape);
    append(file, group.bytes);
    file.lines += group.lines;
    file.multiline ||= group.multiline;
    this.longestLineBytes = Math.max(this.longestLineBytes, group.longestLine * 3);
  }

  /** The file of a shape, made (its header written) on the shape's first line. */
  private fileOf(shape: string): ShapeFile {
    let file = this.shapes.get(shape);
    if (!file) {
      const { kind, group, header } = parseShape(shape);
      const base = path.join(
        this.dir,
        `${String(this.shapes.size).padStart(3, "0")}-${kind}-${group.replace(":", "-")}`,
      );
      writeFileSync(`${base}.header.csv`, `${header}\n`);
      const data = `${base}.csv`;
      file = {
        kind,
        group,
        header: `${base}.header.csv`,
        data,
        fd: openSync(data, "w"),
        buffer: Buffer.allocUnsafeSlow(FIRST_BUFFER),
        used: 0,
        multiline: false,
        lines: 0,
      };
      this.shapes.set(shape, file);
    }
    return file;
  }

  /** Flushes and closes every file. */
  close(): void {
    for (const file of this.shapes.values()) {
      flush(file);
      closeSync(file.fd);
    }
    this.texts.close();
  }

  /** Lines written per kind. */
  counts(): { nodes: number; relationships: number } {
    const counts = { nodes: this.texts.lineCount(), relationships: 0 };
    for (const file of this.shapes.values()) counts[file.kind] += file.lines;
    return counts;
  }

  /** The importer's arguments for these files (after close). */
  importArguments(): string[] {
    const files = [...this.shapes.values()];
    const texts = this.texts.importSources();
    const multiline = [...files.filter((f) => f.multiline).map((f) => f.data), ...(texts ? [texts.multiline] : [])];
    // v2 multiline parsing reads a file right only when the buffer holds it whole (the text files are kept small)
    const biggest = Math.max(this.longestLineBytes, this.texts.largestFileBytes);
    return [
      `--array-delimiter=${ARRAY_DELIMITER_FLAG}`,
      ...(biggest >= READ_BUFFER_BYTES ? [`--read-buffer-size=${Math.ceil(biggest / (1 << 20)) + 1}m`] : []),
      ...files.map((f) => `--${f.kind}=${f.group}=${f.header},${f.data}`),
      ...(texts ? [texts.nodes] : []),
      ...(multiline.length ? ["--multiline-fields-format=v2", `--multiline-fields=${multiline.join(",")}`] : []),
    ];
  }
}

/** Copies bytes into the file's buffer, grown up to FLUSH_AT, written when full (bytes beyond it are written as they are). */
function append(file: ShapeFile, bytes: Uint8Array): void {
  const need = file.used + bytes.length;
  if (need > file.buffer.length) {
    if (need > FLUSH_AT) {
      flush(file);
      if (bytes.length >= FLUSH_AT) return writeAll(file.fd, bytes);
    }
    const size = Math.min(FLUSH_AT, Math.max(file.used + bytes.length, 2 * file.buffer.length));
    if (size > file.buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(size);
      file.buffer.copy(bigger, 0, 0, file.used);
      file.buffer = bigger;
    }
  }
  file.buffer.set(bytes, file.used);
  file.used += bytes.length;
}

function flush(file: ShapeFile): void {
  if (!file.used) return;
  writeAll(file.fd, file.buffer.subarray(0, file.used));
  file.used = 0;
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
}
