#!/usr/bin/env node
// The `kg` command: runs the compiled CLI in dist/ (`npm run build`; `npm install` builds it through `prepare`).
// A checkout without dist/ (sources changed by hand, install run with --ignore-scripts) runs the TypeScript
// sources through tsx, a dev dependency, instead.
import { existsSync } from "node:fs";

const compiled = new URL("../dist/cli/main.js", import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
