/**
 * The GraphiQL page's bundle: web/graphiql/ (React + GraphiQL + Monaco's workers) bundled with esbuild into
 * dist/graphiql/ at build time (`npm run build`), so the page loads nothing from the internet. A stamp (hash of
 * the page's sources and package-lock.json) tells whether the bundle on disk is current; `ensureGraphiqlBundle`
 * rebuilds only when it is not, and esbuild is imported only then (it is a dev dependency).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { urlFromRoot } from "../../package-root.js";

const ROOT = urlFromRoot("");
export const GRAPHIQL_DIR = fileURLToPath(new URL("dist/graphiql/", ROOT));
const SOURCES = new URL("web/graphiql/", ROOT);
const STAMP = "stamp.txt";

/** The files the page loads, by name: the script, its CSS, Monaco's three workers (and the fonts the CSS names). */
export const GRAPHIQL_SCRIPT = "graphiql.js";
export const GRAPHIQL_STYLE = "graphiql.css";

function sourceStamp(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(SOURCES).sort()) hash.update(name).update(readFileSync(new URL(name, SOURCES)));
  hash.update(readFileSync(new URL("package-lock.json", ROOT)));
  return hash.digest("hex").slice(0, 16);
}

export function graphiqlBundleIsCurrent(): boolean {
  const stamp = `${GRAPHIQL_DIR}${STAMP}`;
  return existsSync(stamp) && readFileSync(stamp, "utf8").trim() === sourceStamp();
}

export async function buildGraphiqlBundle(): Promise<void> {
  const { build } = await import("esbuild");
  const monaco = createRequire(import.meta.url).resolve;
  rmSync(GRAPHIQL_DIR, { recursive: true, force: true });
  mkdirSync(GRAPHIQL_DIR, { recursive: true });
  await build({
    entryPoints: {
      graphiql: fileURLToPath(new URL("main.tsx", SOURCES)),
      "editor.worker": monaco("monaco-editor/esm/vs/editor/editor.worker.js"),
      "json.worker": monaco("monaco-editor/esm/vs/language/json/json.worker.js"),
      "graphql.worker": monaco("monaco-graphql/esm/graphql.worker.js"),
    },
    bundle: true,
    format: "iife",
    minify: true,
    jsx: "automatic",
    target: "es2022",
    outdir: GRAPHIQL_DIR,
    loader: { ".ttf": "file" },
    assetNames: "[name]-[hash]",
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "linked",
    logLevel: "warning",
  });
  writeFileSync(`${GRAPHIQL_DIR}${STAMP}`, `${sourceStamp()}\n`);
}

/** Builds the bundle if it is missing or stale; returns what it did. */
export async function ensureGraphiqlBundle(): Promise<"current" | "built"> {
  if (graphiqlBundleIsCurrent()) return "current";
  await buildGraphiqlBundle();
  return "built";
}
