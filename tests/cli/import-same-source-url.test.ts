/**
 * `kg import` builds a graph in one pass and replaces nothing, so two files a --meta file gives one sourceUrl (of
 * which `kg ingest` keeps the later file's report) are refused before anything is started or read: one coded error
 * naming both files, and the local Neo4j left alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { importPaths } from "../../src/cli/import/run.js";
import { loadConfig } from "../../src/config.js";

// the server must never be started (nor stopped) for an import that is refused
const server = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock("../../src/local-neo4j/server.js", async (original) => ({
  ...(await original<typeof import("../../src/local-neo4j/server.js")>()),
  start: async () => {
    server.calls.push("start");
    throw new Error("kg import started the local Neo4j");
  },
  stop: async () => {
    server.calls.push("stop");
  },
}));

const dir = mkdtempSync(join(tmpdir(), "kg-import-same-url-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kg import of two files with one sourceUrl", () => {
  it("refuses with BAD_USER_INPUT naming both files, before starting Neo4j", async () => {
    const [a, b, c] = ["a.txt", "b.txt", "c.txt"].map((name) => join(dir, name));
    for (const file of [a, b, c]) writeFileSync(file!, `${file} 的报告`);
    const meta = join(dir, "meta.csv");
    writeFileSync(
      meta,
      "path,sourceUrl\na.txt,https://example.test/one\nb.txt,https://example.test/two\nc.txt,https://example.test/one\n",
    );
    const config = loadConfig({ NODE_ENV: "test", NEO4J_URI: undefined, LOCAL_NEO4J_DIR: join(dir, "neo4j") });

    const run = importPaths([dir], { meta, threads: 1 }, config, () => {});

    await expect(run).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    const message = await run.catch((error: Error) => error.message);
    expect(message).toContain(`${a} and ${c} the same sourceUrl https://example.test/one`);
    expect(server.calls).toEqual([]);
  });
});
