/**
 * HTML to text for web copies of reports: scripts, styles and navigation go, block elements
 * become line breaks, entities are decoded. Every regex here is anchored on a literal "<" or "&"
 * and lazy up to a fixed closing tag, so it stays linear on long pages.
 */

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return true;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|br|span|body|head|table|td|li|a)\b/gi);
  return (tags?.length ?? 0) >= 5;
}

const DROPPED = ["script", "style", "noscript", "nav", "header", "footer", "iframe", "svg", "select", "form", "template"];
const BLOCK = /<\/?(p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|blockquote|pre|dd|dt|title)\b[^>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ",
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  middot: "·",
  hellip: "…",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of DROPPED) {
    s = s.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, "gi"), "\n");
  }
  s = s.replace(BLOCK, "\n").replace(/<[^<>]{0,2000}>/g, "");
  s = decodeEntities(s);
  return s
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f\v]+/g, " ").trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}
