/** schema/schema.graphql is the printed schema of src/api; rewrite it with `npx tsx src/api/emit-schema.ts`. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printApiSchema, SCHEMA_FILE } from "../../src/api/emit-schema.js";

describe("schema/schema.graphql", () => {
  it("matches the schema the resolvers build (run `npx tsx src/api/emit-schema.ts` when this fails)", async () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(await printApiSchema());
  });

  it("has a Node interface every report and entity type implements", async () => {
    const sdl = await printApiSchema();
    for (const type of ["Report", "Agency", "Law", "Program", "Jurisdiction", "Metric"]) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements (Entity & )?Node`));
    }
  });
});
