/**
 * `kg ingest DIR --meta FILE`: caller metadata for many files at once, as CSV (a header row naming the columns)
 * or JSON Lines (one object per line). Columns/keys: path (required: the report file, relative to the meta file's
 * folder or absolute), title, issuer, publishedAt (YYYY-MM-DD), sourceUrl, replaces (report ids, separated by
 * spaces or `;`). Each value overrides what the text says, like the single-file flags.
 */
import { readFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import type { ReportMetadata } from "../extract/types.js";

export interface FileMetadata {
  meta: ReportMetadata;
  replaces: string[];
}

const COLUMNS = ["path", "title", "issuer", "publishedAt", "sourceUrl", "replaces"] as const;

const bad = (message: string) => Object.assign(new Error(message), { code: "BAD_USER_INPUT" });

/** One CSV record per line; fields may be quoted ("a, b" and "" for a quote). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\ufeff/, "").split(/\r?\n/)) {
    if (!line.trim()) continue;
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') ((field += '"'), i++);
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") (fields.push(field), (field = ""));
      else field += c;
    }
    fields.push(field);
    rows.push(fields.map((f) => f.trim()));
  }
  return rows;
}

function records(file: string, text: string): Record<string, string>[] {
  if (extname(file).toLowerCase() === ".jsonl") {
    return text
      .split(/\r?\n/)
      .map((line, i) => [line, i + 1] as const)
      .filter(([line]) => line.trim())
      .map(([line, n]) => {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          throw bad(`${file}:${n}: not a JSON object`);
        }
        if (!value || typeof value !== "object" || Array.isArray(value)) throw bad(`${file}:${n}: not a JSON object`);
        const record = value as Record<string, unknown>;
        return Object.fromEntries(
          Object.entries(record).map(([k, v]) => [k, Array.isArray(v) ? v.join(" ") : v == null ? "" : String(v)]),
        );
      });
  }
  const [header, ...rows] = csvRows(text);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? ""])));
}

/** absolute report path -> its metadata */
export function readMetaFile(file: string): Map<string, FileMetadata> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw Object.assign(new Error(`cannot read --meta ${file}: ${(error as Error).message}`), {
      code: "FILE_NOT_FOUND",
    });
  }
  if (![".csv", ".jsonl"].includes(extname(file).toLowerCase()))
    throw bad(`--meta must be a .csv or .jsonl file, got ${file}`);
  const out = new Map<string, FileMetadata>();
  records(file, text).forEach((record, i) => {
    const where = `${file}: record ${i + 1}`;
    const unknown = Object.keys(record).filter((k) => !(COLUMNS as readonly string[]).includes(k));
    if (unknown.length) throw bad(`${where}: unknown column ${unknown.join(", ")} (known: ${COLUMNS.join(", ")})`);
    if (!record.path) throw bad(`${where}: no path`);
    if (record.publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(record.publishedAt))
      throw bad(`${where}: publishedAt must be YYYY-MM-DD, got "${record.publishedAt}"`);
    const meta: ReportMetadata = {};
    for (const key of ["title", "issuer", "publishedAt", "sourceUrl"] as const)
      if (record[key]) meta[key] = record[key];
    out.set(resolve(dirname(file), record.path), {
      meta,
      replaces: (record.replaces ?? "").split(/[\s;]+/).filter(Boolean),
    });
  });
  return out;
}
