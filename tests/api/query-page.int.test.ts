/**
 * GraphiQL at GET /graphql works offline in a real browser: every request outside the API's origin is blocked
 * (and must not happen), the editor suggests fields from the schema, the docs open on a type, and two of the
 * examples/ tabs run with their preset variables (one with an API key typed into the headers pane).
 * Needs Debian's chromium at /usr/bin/chromium; the bundle is built by the tests' global setup.
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { ensureSeed, SEED, startApi, TEST_KEYS, type TestApi } from "./support/api.js";
import { requireTool } from "../support/system-tools.js";

/** the README's picture (docs/graphiql.png) is this screenshot: `SCREENSHOT_DIR=docs` writes it there */
const SCREENSHOT = join(process.env.SCREENSHOT_DIR ?? tmpdir(), "graphiql.png");

const helper = new Neo4jTestHelper();
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  api = await startApi();
  // Neo4j plans a query's Cypher on its first run (over 10 s on a busy 2-core machine): plan the example here,
  // so the page's run below is not cut by the transaction timeout.
  await api.gql(readFileSync(new URL("../../examples/agency-programs.graphql", import.meta.url), "utf8"));
  browser = (await launchChromium())!; // unset without Chromium: the tests below then do not run (requireTool)
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await helper.close();
});

/** A page whose requests outside the API's origin are aborted and listed in `foreign`. */
async function offlinePage(viewport = { width: 1400, height: 900 }): Promise<{ page: Page; foreign: string[] }> {
  const page = await browser.newPage({ viewport });
  const origin = new URL(api.url).origin;
  const foreign: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.goto(api.url);
  await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
  // the schema has loaded once the docs button is usable
  await page.getByLabel("Show Documentation Explorer").waitFor({ timeout: 30_000 });
  return { page, foreign };
}

/** Runs the active tab and returns the JSON the API answered. */
async function runActiveTab(page: Page): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const answer = page.waitForResponse(
    (r) =>
      r.url().startsWith(api.url) &&
      r.request().method() === "POST" &&
      !r.request().postData()?.includes("IntrospectionQuery"),
  );
  await page.getByLabel(/^Execute query/).click();
  return (await (await answer).json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const resultText = (page: Page) => page.locator(".graphiql-response").innerText();

describe.runIf(requireTool(CHROMIUM, "chromium").available)("GraphiQL at /graphql in a browser", () => {
  it("serves HTML to a browser and GraphQL results to other clients at GET /graphql", async () => {
    const html = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(html.headers.get("content-type")).toContain("text/html");
    const text = await html.text();
    expect(text).toContain('<script src="/graphiql/graphiql.js">');
    expect(text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)/);
    const json = await fetch(`${api.url}?query=${encodeURIComponent("{ stats { nodes { label } } }")}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(json.status).toBe(200);
    const script = await fetch(new URL("/graphiql/graphiql.js", api.url));
    expect(script.headers.get("content-type")).toContain("javascript");
    expect((await fetch(new URL("/graphiql/../package.json", api.url))).status).toBe(404);
  });

  it("suggests agencies after `{ agen` and opens the docs of Agency, loading nothing from elsewhere", async () => {
    const { page, foreign } = await offlinePage();
    await page.getByLabel("New tab").click();
    const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("{ agen");
    const suggestions = page.locator(".suggest-widget .monaco-list-row");
    await expect
      .poll(() => suggestions.allInnerTexts(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining("agencies"));

    await page.keyboard.press("Escape");
    await page.getByLabel("Show Documentation Explorer").click();
    await page.locator(".graphiql-doc-explorer-search input").fill("Agency");
    await page
      .locator(".graphiql-doc-explorer-search [role=option]", { hasText: /^Agency$/ })
      .first()
      .click();
    const docs = page.locator(".graphiql-doc-explorer");
    await expect
      .poll(() => docs.locator(".graphiql-doc-explorer-title").innerText(), { timeout: 10_000 })
      .toBe("Agency");
    expect(await docs.innerText()).toContain("implements");
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("runs the agency-programs example and the ingest-report example with an API key in the headers pane", async () => {
    const { page, foreign } = await offlinePage({ width: 1600, height: 1000 });

    await page.locator(".graphiql-tab", { hasText: "AgencyPrograms" }).click();
    const programs = await runActiveTab(page);
    expect(programs.errors).toBeUndefined();
    expect(JSON.stringify(programs.data)).toContain("立案19起");
    await expect.poll(() => resultText(page), { timeout: 10_000 }).toContain("荆州市沙市区卫生和计划生育局");
    expect(JSON.stringify(programs.data)).toContain(SEED.healthBureau.replace(/^agency:/, ""));
    await page.screenshot({ path: SCREENSHOT });

    await page.locator(".graphiql-tab", { hasText: "IngestReport" }).click();
    await page.locator(".graphiql-editor-tools button", { hasText: "Headers" }).click();
    const headers = page.locator(".graphiql-editor-tool .monaco-editor").last();
    await headers.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${TEST_KEYS[0]}` }));
    // Monaco closes brackets and quotes as they are typed: drop whatever it added after the cursor
    await page.keyboard.press("Shift+ControlOrMeta+End");
    await page.keyboard.press("Delete");
    const ingest = await runActiveTab(page);
    expect(ingest.errors).toBeUndefined();
    expect(ingest.data).toMatchObject({ ingestReport: { status: "UNCHANGED" } });
    await expect.poll(() => resultText(page), { timeout: 10_000 }).toContain("UNCHANGED");
    expect(foreign).toEqual([]);
    await page.close();
  });
});
