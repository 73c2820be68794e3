/** `npx tsx src/api/emit-schema.ts`: rewrites schema/schema.graphql from the resolvers (commit the result). */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildApiSchema } from "./schema.js";
import { urlFromRoot } from "../package-root.js";

export const SCHEMA_FILE = urlFromRoot("schema", "schema.graphql");

export async function printApiSchema(): Promise<string> {
  const header = "# Generated from src/api by `npx tsx src/api/emit-schema.ts`; do not edit by hand.\n\n";
  return `${header}${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(new URL(".", SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, await printApiSchema());
  console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
}
