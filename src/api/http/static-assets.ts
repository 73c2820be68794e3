/**
 * The GraphiQL bundle's files (dist/graphiql/), read once at startup and served by name under /graphiql/:
 * only the files found there, so no request path reaches the file system.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { GRAPHIQL_DIR } from "./graphiql-bundle.js";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticAsset {
  body: Buffer;
  type: string;
}

export function loadGraphiqlAssets(): Map<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  if (!existsSync(GRAPHIQL_DIR)) return assets;
  for (const name of readdirSync(GRAPHIQL_DIR)) {
    const type = TYPES[extname(name)];
    if (type) assets.set(name, { body: readFileSync(`${GRAPHIQL_DIR}${name}`), type });
  }
  return assets;
}
