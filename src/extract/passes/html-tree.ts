/**
 * A forgiving HTML parser for saved web pages: one linear pass over the tags builds an element tree, so the
 * text step (html.ts) can drop whole blocks (a navigation bar with nested lists, a footer of several divs).
 * A closing tag closes the nearest open element of its name and everything opened inside it; a closing tag with
 * no open element is ignored; what is still open at the end is closed there. Raw-text elements (script, style,
 * textarea) are skipped whole. Nesting stops at 256 levels.
 */

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const MAX_DEPTH = 256;
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "noscript", "template", "svg"]);
/** Elements an opening tag of the same kind closes implicitly (<p>a<p>b, <li>a<li>b, <td>a<td>b). */
const SELF_NESTING_CLOSES = new Set(["p", "li", "td", "th", "tr", "dt", "dd", "option"]);

// A tag is at most 2000 characters with no < or > inside, so a page of broken tags costs a bounded scan per "<",
// never one to the end of the page (a > inside a quoted attribute value ends the tag early: harmless here).
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]{0,2000})>|<!--[\s\S]*?(?:-->|$)|<![^<>]{0,2000}>|<\?[^<>]{0,2000}>/g;
const ATTR = /([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attrsOf(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? "";
  return attrs;
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m.index > last) top().children.push(html.slice(last, m.index));
    last = TAG.lastIndex;
    if (!m[2]) continue; // comment, doctype, processing instruction
    const tag = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.findLastIndex((e) => e.tag === tag);
      if (at > 0) stack.length = at;
      continue;
    }
    if (SELF_NESTING_CLOSES.has(tag) && top().tag === tag) stack.pop();
    const element: HtmlElement = { tag, attrs: attrsOf(m[3] ?? ""), children: [] };
    top().children.push(element);
    if (RAW_TEXT.has(tag)) {
      // the element's text runs to its closing tag, markup or not
      const closing = new RegExp(`</${tag}`, "gi");
      closing.lastIndex = last;
      const close = closing.exec(html)?.index ?? -1;
      const end = close < 0 ? html.length : close;
      if (end > last) element.children.push(html.slice(last, end));
      const after = close < 0 ? html.length : html.indexOf(">", close);
      last = after < 0 ? html.length : after + 1;
      TAG.lastIndex = last;
      continue;
    }
    // deeper than any real page: further elements become siblings, which bounds the recursion of the text step
    if (!VOID.has(tag) && !m[3]?.trimEnd().endsWith("/") && stack.length < MAX_DEPTH) stack.push(element);
  }
  if (last < html.length) top().children.push(html.slice(last));
  return root;
}
