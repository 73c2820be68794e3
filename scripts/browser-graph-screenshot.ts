/**
 * Makes docs/browser-graph.png, the README's first picture: Neo4j Browser (served by the local Neo4j) in headless
 * Chromium, logged in, with neo4j/browser/style.grass dropped on it as a user would, showing the graph that
 * `npm start` builds from seeds/: provincial governments of 2026 and the State Council, the national law and
 * the programs they share (the query is BROWSER_GRAPH_QUERY below).
 *
 *   npm start   # once, so the graph holds seeds/ (then Ctrl-C; the local Neo4j keeps running)
 *   npx tsx scripts/browser-graph-screenshot.ts [--out docs/browser-graph.png]
 *
 * Uses the Neo4j of src/config.ts (LOCAL_NEO4J_BOLT_PORT / LOCAL_NEO4J_HTTP_PORT for the local one); needs
 * Debian's chromium and a CJK font (fonts-wqy-microhei).
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { loadConfig } from "../src/config.js";
import { launchChromium } from "../tests/support/chromium.js";

const GRASS = readFileSync(new URL("../neo4j/browser/style.grass", import.meta.url), "utf8");
const outFlag = process.argv.indexOf("--out");
const OUT = outFlag > 0 ? process.argv[outFlag + 1]! : "docs/browser-graph.png";

/**
 * Six provinces' 2026 reports and the State Council's of 2025: who issued each, which place it covers, and the
 * statements (with their report) tying the issuers to a national law and the programs they share.
 */
const BROWSER_GRAPH_QUERY = `MATCH (r:Report)-[ib:ISSUED_BY]->(a:Agency), (r)-[cv:COVERS]->(j:Jurisdiction)
WHERE (r.year = 2026 AND j.short IN ['北京', '江苏', '浙江', '广东', '云南', '山西']) OR (r.year = 2025 AND j.level = 'national')
MATCH (a)-[s:IMPLEMENTS|CONDUCTS]->(x)
WHERE s.report = r.id
  AND x.id IN ['law:中华人民共和国民营经济促进法', 'program:人工智能+行动', 'program:提振消费专项行动', 'program:一带一路']
RETURN r, ib, a, cv, j, s, x`;

async function runCommand(page: Page, text: string): Promise<void> {
  await page.locator("#monaco-main-editor, .monaco-editor").first().click();
  await page.keyboard.insertText(text);
  await page.getByTestId("editor-Run").click();
}

const config = loadConfig();
const browser = await launchChromium();
if (!browser) throw new Error("no /usr/bin/chromium: apt-get install chromium fonts-wqy-microhei");
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${config.neo4j.local.httpPort}/browser/`, { waitUntil: "networkidle" });
  await page.getByTestId("boltaddress").fill(config.neo4j.uri);
  await page.getByTestId("username").fill(config.neo4j.user);
  await page.getByTestId("password").fill(config.neo4j.password);
  await page.getByTestId("connect").click();
  await page.getByText("You are connected as user").first().waitFor({ timeout: 60_000 });
  // the drop a user makes with the style file, made in the page (as tests/graph/browser.int.test.ts does)
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.items.add(new File([${JSON.stringify(GRASS)}], "style.grass"));
    const target = document.querySelector("[data-testid=stream]");
    for (const type of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
  })()`);
  // only the relationships the query returns: Browser would otherwise add every MENTIONS between the nodes (the
  // setting Browser's panel calls "Connect result nodes" is autoComplete)
  await runCommand(page, ":config autoComplete: false");
  await runCommand(page, BROWSER_GRAPH_QUERY.replace(/\s*\n\s*/g, " "));
  await page.locator("svg g.node").nth(10).waitFor({ timeout: 60_000 });
  // the graph frame full screen, without the usage-statistics banner above it
  await page
    .getByText("To help make Neo4j Browser better")
    .locator("..")
    .locator("button")
    .first()
    .click()
    .catch(() => undefined);
  await page
    .locator("[title='Fullscreen']")
    .first()
    .click()
    .catch(() => undefined);
  await page.waitForTimeout(8000); // the force layout settles
  // zoom in on the middle of the drawing (the graph view zooms on the mouse wheel); the mouse stays there, so the
  // panel on the right shows what it rests on (in docs/browser-graph.png, a CONDUCTS statement and its evidence)
  const box = await page.locator("svg g.layer.nodes").first().boundingBox();
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) (await page.mouse.wheel(0, -120), await page.waitForTimeout(300));
  }
  await page.waitForTimeout(1500);
  const nodes = await page.locator("svg g.node").count();
  await page.screenshot({ path: OUT });
  console.log(`${OUT}: ${nodes} nodes drawn`);
} finally {
  await browser.close();
}
