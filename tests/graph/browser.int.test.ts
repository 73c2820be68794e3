import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { loadSeed } from "./fixtures/seed-extracted.js";
import { guideQueries } from "./guide-queries.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = "/tmp/kg-browser-guide-query.png";

const helper = new Neo4jTestHelper();
let unload: () => Promise<void> = async () => undefined;
let browser: Browser | undefined;
beforeAll(async () => {
  ({ unload } = await loadSeed(helper));
});
afterAll(async () => {
  await browser?.close();
  await unload();
  await helper.close();
});

describe.skipIf(!existsSync(CHROMIUM))("Neo4j Browser served by the local Neo4j", () => {
  it("connects and shows the result of a guide query", async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const http = helper.config.neo4j.local.httpPort;
    await page.goto(`http://127.0.0.1:${http}/browser/`, { waitUntil: "networkidle" });

    await page.getByTestId("boltaddress").fill(helper.config.neo4j.uri);
    await page.getByTestId("username").fill(helper.config.neo4j.user);
    await page.getByTestId("password").fill(helper.config.neo4j.password);
    await page.getByTestId("connect").click();
    await expect.poll(() => page.getByText("You are connected as user").count(), { timeout: 30_000 }).toBeGreaterThan(0);

    const query = guideQueries().find((q) => q.title.startsWith("Which agencies implement which laws"))!;
    await page.locator("#monaco-main-editor, .monaco-editor").first().click();
    await page.keyboard.insertText(query.cypher.replace(/\s*\n\s*/g, " "));
    await page.getByTestId("editor-Run").click();

    // The result is a table: the implementing agency and a law it implements appear as cells.
    await expect.poll(() => page.getByText("中华人民共和国行政诉讼法").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByText("荆州市沙市区人民政府").count()).toBeGreaterThan(0);
    await page.screenshot({ path: SCREENSHOT });
  });
});
