/**
 * The query page at GET /graphql works offline in a real browser: no request leaves the API's origin, and a
 * query typed there returns seed data. Needs Debian's chromium at /usr/bin/chromium.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { ensureSeed, SEED, startApi, type TestApi } from "./support/api.js";

const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOT = "/tmp/govreport-graphql-page.png";

const helper = new Neo4jTestHelper();
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  api = await startApi();
  if (existsSync(CHROMIUM)) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run"],
    });
  }
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await helper.close();
});

describe.skipIf(!existsSync(CHROMIUM))("the query page in a browser", () => {
  it("serves HTML to a browser and GraphQL results to other clients at GET /graphql", async () => {
    const html = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(await html.text()).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)/);
    const json = await fetch(`${api.url}?query=${encodeURIComponent("{ stats { nodes { label } } }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(json.status).toBe(200);
  });

  it("runs a typed query and shows seed data, loading nothing from elsewhere", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(new URL(api.url).origin)) foreign.push(request.url());
    });
    await page.goto(api.url);
    await page.fill("#query", `{ agency(id: "${SEED.healthBureau}") { name conducts { nodes { name } } } }`);
    await page.click("#run");
    await expect.poll(() => page.textContent("#result"), { timeout: 15_000 }).toContain("打击非法行医行动");
    const result = JSON.parse((await page.textContent("#result")) ?? "{}");
    expect(result.data.agency.name).toBe("荆州市沙市区卫生和计划生育局");
    expect(await page.textContent("#status")).toMatch(/^200 in \d+ ms$/);
    await page.screenshot({ path: SCREENSHOT });
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("offers the examples/*.graphql queries in its menu", async () => {
    const page = await browser.newPage();
    await page.goto(api.url);
    await page.selectOption("#examples", "agency-programs");
    expect(await page.inputValue("#query")).toContain("query AgencyPrograms");
    await page.click("#run");
    await expect.poll(() => page.textContent("#result"), { timeout: 15_000 }).toContain("立案19起");
    await page.close();
  });
});
