// `npm run lint:eslint`: typescript-eslint's recommended rules (the ones that need no type information, so a run
// stays fast on a 2-core machine). Import cycles, layers and "passes do not import passes" are scripts/check-imports.mjs's job.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const NODE_GLOBALS = { console: "readonly", process: "readonly", URL: "readonly", Buffer: "readonly" };

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".neo4j*/", ".ci/", "neo4j/target/", "web/graphiql/dist/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_type => Law` (type-graphql's type functions) and `[_, value]` name what they do not use with a leading _.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Off: the code writes two statements under one `if` as a sequence, `if (m) (a(), b());` (about a dozen
      // places in extract/, eval/, cli/ and bench/), which this rule reports and cannot be told to allow.
      "@typescript-eslint/no-unused-expressions": "off",
    },
  },
  {
    // type-graphql's decorators take classes as `Function` (abstract classes and interface types included).
    files: ["src/api/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-function-type": "off" },
  },
  {
    // Tests read GraphQL and Cypher responses whose shape the assertions check.
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  { files: ["**/*.mjs"], languageOptions: { globals: NODE_GLOBALS } },
);
