/**
 * The GraphiQL page served at GET /graphql, bundled by scripts/build-graphiql.ts into dist/graphiql/ (no CDN:
 * everything the page loads comes from the API's own origin). The server writes the examples/*.graphql files
 * into the page as JSON (#kg-config); each becomes a tab, with its variables and headers, on a first visit.
 * Tabs, history and (if the user ticks it in the settings) headers are kept in the browser's localStorage.
 */
import "./workers.js";
import { createRoot } from "react-dom/client";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";

interface PageConfig {
  defaultQuery: string;
  tabs: { query: string; variables?: string; headers?: string }[];
}

const config = JSON.parse(document.getElementById("kg-config")?.textContent ?? "{}") as PageConfig;
const fetcher = createGraphiQLFetcher({ url: location.pathname });
const plugins = [HISTORY_PLUGIN, explorerPlugin()];

createRoot(document.getElementById("graphiql")!).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={plugins}
    defaultQuery={config.defaultQuery}
    defaultTabs={[{ query: config.defaultQuery }, ...config.tabs]}
    defaultEditorToolsVisibility={true}
    shouldPersistHeaders={false}
  />,
);
