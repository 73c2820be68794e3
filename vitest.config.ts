import { defineConfig } from "vitest/config";

/**
 * Two tiers. `unit`: every test that needs no database, no Java and no browser (`*.test.ts`), files in parallel;
 * its setup only recompiles dist/ when stale (tests that run `node bin/kg.mjs`). `integration`: `*.int.test.ts`
 * against a real Neo4j (started by the global setup when NEO4J_URI is unset), one file at a time. `npm test` runs
 * both; `npm run test:unit` the first alone.
 */
export default defineConfig({
  resolve: {
    // One copy of graphql: without this, tests load graphql's ESM and CJS builds side by side and
    // type-graphql fails with "Cannot use GraphQLSchema from another module or realm".
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
          globalSetup: ["tests/support/unit-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/**/*.int.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          // Integration tests share one real Neo4j; files run one at a time to keep a 2-core machine steady.
          fileParallelism: false,
        },
      },
    ],
  },
});
