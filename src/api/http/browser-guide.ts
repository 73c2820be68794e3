/**
 * The README's Neo4j Browser guide (between the guide markers) as a Browser guide, served at GET /guide so a
 * user types `:guide http://localhost:4000/guide` in Browser (Neo4j allows remote guides from localhost by
 * default: browser.remote_content_hostname_whitelist). One slide per heading; its Cypher runs with one click.
 */
import { existsSync, readFileSync } from "node:fs";
import { urlFromRoot } from "../../package-root.js";

const README = urlFromRoot("README.md");

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** `code` and **bold** of the README's prose, the rest as text */
const inline = (text: string) =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<b>$1</b>");

export function browserGuideHtml(): string | null {
  if (!existsSync(README)) return null;
  const readme = readFileSync(README, "utf8");
  const start = readme.indexOf("<!-- guide:start");
  const end = readme.indexOf("<!-- guide:end -->");
  if (start < 0 || end < 0) return null;
  const sections = readme.slice(readme.indexOf("\n", start) + 1, end).split(/^###\s+/m);
  const slides = sections.map((section, i) => {
    const [heading, ...rest] = i === 0 ? ["govreport-kg: exploring the graph", section] : section.split("\n");
    const body = rest.join("\n").replace(/!\[[^\]]*\]\([^)]*\)/g, "");
    const parts = body.split(/^```/m).map((text, j) => {
      if (j % 2 === 1)
        return text.startsWith("cypher")
          ? `<pre mode="cypher" class="pre-scrollable code runnable">${escapeHtml(text.slice(6).trim())}</pre>`
          : `<pre>${escapeHtml(text.trim())}</pre>`;
      return text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => `<p>${inline(p.replace(/\s*\n\s*/g, " "))}</p>`)
        .join("\n");
    });
    return `<slide class="row-fluid"><div class="col-sm-12"><h3>${escapeHtml(heading!.trim())}</h3>\n${parts.join("\n")}</div></slide>`;
  });
  return `<article class="guide"><carousel class="deck container-fluid">\n${slides.join("\n")}\n</carousel></article>\n`;
}
