/**
 * The 80 corpus reports of tests/fixtures (corpus-national: 52 State Council reports 1954-2025; corpus: 28
 * provincial reports of 2026) as they are and with their title lines dropped, with the year and issuer their file
 * names give (国务院-2019-政府工作报告.txt: 2019, 中华人民共和国国务院; 浙江省-2026-…: 2026, 浙江省人民政府).
 */
import { readdirSync, readFileSync } from "node:fs";

export interface CorpusFile {
  name: string;
  path: string;
  text: string;
  year: number;
  issuer: string;
}

const DIRS = [
  new URL("../../fixtures/corpus-national/", import.meta.url),
  new URL("../../fixtures/corpus/", import.meta.url),
];

export function corpusFiles(): CorpusFile[] {
  return DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((name) => {
        const [who, year] = name.split("-");
        return {
          name,
          path: new URL(name, dir).pathname,
          text: readFileSync(new URL(name, dir), "utf8"),
          year: +year!,
          issuer: who === "国务院" ? "中华人民共和国国务院" : `${who}人民政府`,
        };
      }),
  );
}

/**
 * National: the first two lines (the title the collection added, and a blank line; see the corpus README).
 * Provincial: the title line, the first line after the page furniture that names the 政府工作报告.
 */
export function dropTitleLines(file: CorpusFile): string {
  const lines = file.text.split("\n");
  if (file.name.startsWith("国务院-")) return lines.slice(2).join("\n");
  const title = lines.findIndex((l) => /政府工作报告\s*$/.test(l));
  if (title < 0) throw new Error(`${file.name}: no title line`);
  return [...lines.slice(0, title), ...lines.slice(title + 1)].join("\n");
}

export function titleLinesDropped(): CorpusFile[] {
  return corpusFiles().map((f) => ({ ...f, text: dropTitleLines(f) }));
}
