import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One copy of graphql: without this, tests load graphql's ESM and CJS builds side by side and
    // type-graphql fails with "Cannot use GraphQLSchema from another module or realm".
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests share one real Neo4j; files run one at a time to keep a 2-core machine steady.
    fileParallelism: false,
    pool: "forks",
  },
});
