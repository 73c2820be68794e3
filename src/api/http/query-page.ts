/**
 * The page a browser gets at GET /graphql: a small self-contained query editor (no CDN, no external script),
 * so it works offline and behind firewalls. Apollo's own landing page loads from the internet; it is disabled.
 * The examples/*.graphql files are offered in a menu.
 */
import { readdirSync, readFileSync } from "node:fs";

const EXAMPLES_DIR = new URL("../../../examples/", import.meta.url);

export function loadExamples(): { name: string; query: string }[] {
  try {
    return readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith(".graphql"))
      .sort()
      .map((f) => ({ name: f.replace(/\.graphql$/, ""), query: readFileSync(new URL(f, EXAMPLES_DIR), "utf8") }));
  } catch {
    return [];
  }
}

const DEFAULT_QUERY = `# Press Ctrl+Enter (or Run) to send the query.
{
  stats { nodes { label count } }
  agencies(first: 5, orderBy: MENTIONS, direction: DESC) {
    totalCount
    edges { node { name kind mentionCount } }
  }
}
`;

/** JSON for an inline <script>: `<` escaped so no string can close the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function queryPageHtml(examples: { name: string; query: string }[]): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>govreport-kg GraphQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; display: flex; flex-direction: column; height: 100vh; }
  header { display: flex; gap: .5rem; align-items: center; padding: .5rem; background: #1f3b57; color: #fff; }
  header h1 { font-size: 1rem; margin: 0 1rem 0 0; }
  main { flex: 1; display: grid; grid-template-columns: 1fr 1fr; min-height: 0; }
  section { display: flex; flex-direction: column; min-height: 0; border-right: 1px solid #ccc; }
  textarea, pre { flex: 1; margin: 0; padding: .5rem; border: 0; font: 13px/1.4 ui-monospace, monospace; resize: none; overflow: auto; }
  #variables { flex: 0 0 6rem; border-top: 1px solid #ccc; }
  label { font-size: .8rem; padding: .25rem .5rem; background: #eee; }
  button { font-weight: bold; padding: .3rem 1rem; }
  #status { margin-left: auto; font-size: .8rem; }
</style></head>
<body>
<header>
  <h1>govreport-kg GraphQL</h1>
  <button id="run" title="Ctrl+Enter">Run ▶</button>
  <select id="examples"><option value="">examples…</option></select>
  <input id="key" type="password" placeholder="API key (for mutations)" autocomplete="off">
  <span id="status"></span>
</header>
<main>
  <section>
    <label for="query">Query</label>
    <textarea id="query" spellcheck="false"></textarea>
    <label for="variables">Variables (JSON)</label>
    <textarea id="variables" spellcheck="false">{}</textarea>
  </section>
  <section><label>Result</label><pre id="result"></pre></section>
</main>
<script>
const examples = ${scriptJson(examples)};
const $ = (id) => document.getElementById(id);
$("query").value = ${scriptJson(DEFAULT_QUERY)};
for (const ex of examples) $("examples").add(new Option(ex.name, ex.name));
$("examples").onchange = (e) => { const ex = examples.find((x) => x.name === e.target.value); if (ex) $("query").value = ex.query; };
async function run() {
  let variables;
  try { variables = JSON.parse($("variables").value || "{}"); } catch { $("result").textContent = "Variables are not valid JSON"; return; }
  const headers = { "content-type": "application/json", accept: "application/json" };
  if ($("key").value) headers.authorization = "Bearer " + $("key").value;
  $("status").textContent = "running…";
  const started = performance.now();
  try {
    const res = await fetch(location.pathname, { method: "POST", headers, body: JSON.stringify({ query: $("query").value, variables }) });
    $("result").textContent = JSON.stringify(await res.json(), null, 2);
    $("status").textContent = res.status + " in " + Math.round(performance.now() - started) + " ms";
  } catch (err) {
    $("result").textContent = String(err);
    $("status").textContent = "failed";
  }
}
$("run").onclick = run;
document.addEventListener("keydown", (e) => { if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); run(); } });
</script>
</body></html>`;
}
