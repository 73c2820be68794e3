/**
 * Neo4j Browser, served by the local Neo4j, in headless Chromium: a guide query shows its table, and
 * neo4j/browser/style.grass, dropped on the window as a user would, colours nodes by their own label although
 * every entity also carries :Entity.
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { startApi, type TestApi } from "../api/support/api.js";
import { loadSeed } from "./fixtures/seed-extracted.js";
import { guideQueries } from "./guide-queries.js";
import { requireTool } from "../support/system-tools.js";

const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? tmpdir();
const GRASS = readFileSync(new URL("../../neo4j/browser/style.grass", import.meta.url), "utf8");

const helper = new Neo4jTestHelper();
let unload: () => Promise<void> = async () => undefined;
let browser: Browser | undefined;
let api: TestApi | undefined;
beforeAll(async () => {
  ({ unload } = await loadSeed(helper));
  api = await startApi();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await unload();
  await helper.close();
});

async function connectedPage(): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
  const http = helper.config.neo4j.local.httpPort;
  await page.goto(`http://127.0.0.1:${http}/browser/`, { waitUntil: "networkidle" });
  await page.getByTestId("boltaddress").fill(helper.config.neo4j.uri);
  await page.getByTestId("username").fill(helper.config.neo4j.user);
  await page.getByTestId("password").fill(helper.config.neo4j.password);
  await page.getByTestId("connect").click();
  await expect.poll(() => page.getByText("You are connected as user").count(), { timeout: 30_000 }).toBeGreaterThan(0);
  return page;
}

async function runCypher(page: Page, cypher: string): Promise<void> {
  await page.locator("#monaco-main-editor, .monaco-editor").first().click();
  await page.keyboard.insertText(cypher.replace(/\s*\n\s*/g, " "));
  await page.getByTestId("editor-Run").click();
}

/** The style's colour for a label, from the grass text itself. */
function grassColour(label: string): string {
  const rule = new RegExp(`node\\.${label}\\s*\\{([^}]*)\\}`).exec(GRASS)?.[1] ?? "";
  return /(?:^|;|\s)color:\s*(#[0-9A-Fa-f]{6})/.exec(rule)![1]!.toLowerCase();
}

describe.runIf(requireTool(CHROMIUM, "chromium").available)("Neo4j Browser served by the local Neo4j", () => {
  it("connects and shows the result of a guide query", async () => {
    const page = await connectedPage();
    const query = guideQueries().find((q) => q.title.startsWith("Which agencies implement which laws"))!;
    await runCypher(page, query.cypher);
    // The result is a table: the implementing agency and a law it implements appear as cells.
    await expect.poll(() => page.getByText("中华人民共和国行政诉讼法").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByText("荆州市沙市区人民政府").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "kg-browser-guide-query.png") });
    await page.close();
  });

  it("colours an agency and a law by their own labels once style.grass is dropped on it, captioned by short names", async () => {
    const page = await connectedPage();
    // a user drops the file on Browser's window; the same drop, made in the page
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(GRASS)}], "style.grass"));
      const target = document.querySelector("[data-testid=stream]");
      for (const type of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    })()`);
    await runCypher(
      page,
      "MATCH (a:Agency {name: '荆州市沙市区人民政府'})-[i:IMPLEMENTS]->(l:Law {name: '中华人民共和国行政诉讼法'}) RETURN a, i, l LIMIT 1",
    );
    const fillOf = async (caption: string) => {
      const node = page.locator("svg g.node", { has: page.locator("text", { hasText: caption }) }).first();
      await node.waitFor({ timeout: 30_000 });
      return (await node.locator("circle.b-outline").getAttribute("fill"))?.toLowerCase();
    };
    const agency = await fillOf("区政府");
    const law = await fillOf("行政诉"); // 行政诉讼法, cut to the circle's width
    await page.screenshot({ path: join(SCREENSHOT_DIR, "neo4j-browser.png") });
    expect(agency).toBe(grassColour("Agency"));
    expect(law).toBe(grassColour("Law"));
    expect(agency).not.toBe(law);
    await page.close();
  });

  it("opens the README's guide with one command, served by the API, with its queries on slides", async () => {
    const page = await connectedPage();
    // Browser takes remote guides only from hosts it allows (localhost by default), so the URL says localhost
    const guide = new URL("/guide", api!.url.replace("127.0.0.1", "localhost"));
    await runCypher(page, `:guide ${guide.href}`);
    try {
      await expect
        .poll(() => page.getByText("govreport-kg: exploring the graph").count(), { timeout: 30_000 })
        .toBeGreaterThan(0);
      // under load the carousel can swallow a click made while its first slide is still rendering: click Next
      // only while the second slide is not shown and the first slide's heading still is, until the second appears
      const second = page.getByText("Which agencies implement which laws");
      const next = page.getByText("Next", { exact: true });
      const onFirst = () => page.getByText("Names in the queries below are examples").first().isVisible();
      await expect
        .poll(
          async () => {
            if ((await second.count()) === 0 && (await onFirst()) && (await next.isVisible())) await next.click();
            return second.count();
          },
          { timeout: 30_000, interval: 2_000 },
        )
        .toBeGreaterThan(0);
      expect(await page.locator("pre.runnable", { hasText: "MATCH (a:Agency)-[i:IMPLEMENTS]->(l:Law)" }).count()).toBe(
        1,
      );
    } finally {
      await page.screenshot({ path: join(SCREENSHOT_DIR, "kg-browser-guide.png") });
    }
  });
});
