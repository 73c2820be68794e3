import { readFileSync } from "node:fs";
import { fromRoot } from "../../package-root.js";

/** Reads a lexicon data file of src/extract/lexicon/ (found from the package root, also when running dist/). */
export function readLexiconFile(name: string): string {
  return readFileSync(fromRoot("src", "extract", "lexicon", name), "utf8");
}

/** Rows of a TSV lexicon: comment lines and the header row (when `hasHeader`) are skipped. */
export function readTsv(name: string, hasHeader = false): string[][] {
  const rows: string[][] = [];
  let headerSeen = !hasHeader;
  for (const line of readLexiconFile(name).split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!headerSeen) {
      headerSeen = true;
      continue;
    }
    rows.push(line.replace(/\r$/, "").split("\t"));
  }
  return rows;
}

/** A plain word list: one entry per line, `#` comments allowed. */
export function readWordList(name: string): string[] {
  return readLexiconFile(name)
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);
}
