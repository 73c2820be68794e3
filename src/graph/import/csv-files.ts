/**
 * The folder of CSV files a bulk import reads: per record shape (labels or relationship type, and typed columns) a
 * header file and a data file, written through a buffer; `importArguments` names them the way
 * `neo4j-admin database import full` takes them (--nodes=Agency:Entity=header.csv,data.csv). Report texts go to
 * files of their own (report-text-files.ts).
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { ARRAY_DELIMITER_FLAG, parseShape, type CsvGroup, type CsvLine } from "./csv.js";
import { ReportTextFiles } from "./report-text-files.js";

const FLUSH_AT = 1 << 20;
/** neo4j-admin's default --read-buffer-size, which must hold the longest value and any file of report texts */
const READ_BUFFER_BYTES = 4 << 20;

interface ShapeFile {
  kind: "nodes" | "relationships";
  group: string;
  header: string;
  data: string;
  fd: number;
  buffered: string[];
  bytes: number;
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

  /** A report's text, its (:ReportText {id, text}) node. */
  writeReportText(id: string, text: string): void {
    this.texts.write(id, text);
  }

  write(line: CsvLine): void {
    this.writeLines(line.shape, [line.line], line.multiline);
  }

  /** The lines of one shape, in order (what a worker posts): as writing them one by one. */
  writeGroup(group: CsvGroup): void {
    this.writeLines(group.shape, group.lines, group.multiline);
  }

  private writeLines(shape: string, lines: readonly string[], multiline: boolean): void {
    const file = this.fileOf(shape);
    for (const line of lines) {
      file.buffered.push(line, "\n");
      file.bytes += line.length + 1;
      file.lines++;
      this.longestLineBytes = Math.max(this.longestLineBytes, line.length * 3);
      if (file.bytes >= FLUSH_AT) flush(file);
    }
    file.multiline ||= multiline;
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
        buffered: [],
        bytes: 0,
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

function flush(file: ShapeFile): void {
  if (!file.buffered.length) return;
  writeSync(file.fd, file.buffered.join(""));
  file.buffered = [];
  file.bytes = 0;
}
