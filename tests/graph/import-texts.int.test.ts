/**
 * `kg import` writes report texts through neo4j-admin (graph/import/report-text-files.ts): texts with quotes, `""`,
 * commas, CRLF, a lone CR, and one longer than the importer's default 4 MB read buffer come back from the
 * ReportText nodes exactly as the extraction decoded them. On a Neo4j of this test's own (the import replaces the
 * database and stops the server), removed afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createDriver } from "../../src/graph/driver.js";
import { extractReportAndText } from "../../src/extract/index.js";
import { start, stop } from "../../src/local-neo4j/server.js";
import { kg } from "../reliability/support/kg-process.js";
import { ownNeo4jEnv } from "../support/own-neo4j.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "kg-import-texts-"));
const reports = mkdtempSync(path.join(os.tmpdir(), "kg-import-texts-files-"));

const bigLine = (i: number) => `第${i}条："引号"，逗号, ""双引号""\r\n孤立回车\r下一行,"\n`;
const TEXTS: Record<string, string> = {
  "quotes.txt": '2024年某市政府工作报告\r\n一、"引号"与""双引号""，逗号, 还有\r孤立回车\n"\n',
  "crlf.txt": "2023年某县政府工作报告\r\n市财政局负责落实。\r\n\r\n二、明年工作\r\n",
  "lone-cr.txt": '2022年某区政府工作报告\r发展改革委员会,"统筹"\r',
  // UTF-8 bytes well over 4 MB (the importer's default read buffer): a text alone in its file
  "big.txt": `2021年某省政府工作报告\r\n${Array.from({ length: 60_000 }, (_, i) => bigLine(i)).join("")}`,
};

let env: Record<string, string | undefined>;
let cfg: ReturnType<typeof loadConfig>["neo4j"];

beforeAll(async () => {
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(path.join(reports, name), text);
  env = await ownNeo4jEnv(dir);
  cfg = loadConfig(env).neo4j;
  await start(cfg);
}, 600_000);

afterAll(async () => {
  await stop(cfg);
  rmSync(dir, { recursive: true, force: true });
  rmSync(reports, { recursive: true, force: true });
}, 120_000);

describe("kg import's report texts", () => {
  it("stores quotes, commas, CRLF, a lone CR and a text over the 4 MB read buffer exactly as decoded", async () => {
    expect(Buffer.byteLength(TEXTS["big.txt"]!)).toBeGreaterThan(4 << 20);
    const files = Object.keys(TEXTS).map((name) => path.join(reports, name));
    const run = await kg(["import", "--json", ...files], { env, timeoutMs: 900_000 });
    expect(run.code, run.stderr).toBe(0);

    const decoded = files.map((file) => extractReportAndText(readFileSync(file)).text).sort();
    // the decoding keeps what the CSV must carry: a test of texts without them would prove nothing
    expect(decoded.some((t) => t.includes("\r\n") && /\r[^\n]/.test(t) && t.includes('""'))).toBe(true);
    const driver = createDriver(cfg);
    try {
      const { records } = await driver.executeQuery(
        "MATCH (t:ReportText) RETURN t.text AS text",
        {},
        {
          database: cfg.database,
        },
      );
      const stored = records.map((r) => r.get("text") as string).sort();
      expect(stored.length).toBe(decoded.length);
      for (const [i, text] of stored.entries()) expect(text === decoded[i], `text ${i} differs`).toBe(true);
    } finally {
      await driver.close();
    }
  }, 1_200_000);
});
