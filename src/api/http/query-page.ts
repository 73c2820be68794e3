/**
 * The page a browser gets at GET /graphql: GraphiQL, bundled from the npm packages at build time into
 * dist/graphiql/ (src/api/http/graphiql-bundle.ts) and served from /graphiql/ on the API's own origin, so it
 * works offline and behind firewalls. Apollo's own landing page loads from the internet; it is disabled.
 * Each examples/NAME.graphql becomes a tab, with examples/NAME.variables.json as its variables when present,
 * and an Authorization header to fill in when it is a mutation (mutations need an API key).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { GRAPHIQL_DIR, GRAPHIQL_SCRIPT, GRAPHIQL_STYLE } from "./graphiql-bundle.js";
import { urlFromRoot } from "../../package-root.js";

const EXAMPLES_DIR = urlFromRoot("examples", "");
export const ASSETS_PATH = "/graphiql/";

export interface Example {
  name: string;
  query: string;
  /** JSON text, as typed in GraphiQL's variables pane */
  variables?: string;
  headers?: string;
}

const KEY_HEADER = JSON.stringify({ Authorization: "Bearer YOUR-API-KEY" }, null, 2);

export function loadExamples(): Example[] {
  try {
    return readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith(".graphql"))
      .sort()
      .map((f) => {
        const name = f.replace(/\.graphql$/, "");
        const query = readFileSync(new URL(f, EXAMPLES_DIR), "utf8");
        const variablesFile = new URL(`${name}.variables.json`, EXAMPLES_DIR);
        const example: Example = { name, query };
        if (existsSync(variablesFile)) example.variables = readFileSync(variablesFile, "utf8");
        if (/^\s*mutation\b/m.test(query)) example.headers = KEY_HEADER;
        return example;
      });
  } catch {
    return [];
  }
}

const DEFAULT_QUERY = `# Ctrl+Enter runs the query; Ctrl+Space suggests fields; the book icon opens the docs.
# The other tabs are the examples/ of the project.
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

export function queryPageHtml(examples: Example[]): string {
  if (!existsSync(`${GRAPHIQL_DIR}${GRAPHIQL_SCRIPT}`)) {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>govreport-kg GraphQL</title></head>
<body><h1>govreport-kg GraphQL</h1><p>The GraphiQL page is not built. Run <code>npm run build</code> (or
<code>npm run build:graphiql</code>) and restart the API. The API itself answers POST /graphql.</p></body></html>`;
  }
  const tabs = examples.map(({ query, variables, headers }) => ({ query, variables, headers }));
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>govreport-kg GraphQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${ASSETS_PATH}${GRAPHIQL_STYLE}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql"></div>
<script id="kg-config" type="application/json">${scriptJson({ defaultQuery: DEFAULT_QUERY, tabs })}</script>
<script src="${ASSETS_PATH}${GRAPHIQL_SCRIPT}"></script>
</body></html>`;
}
