#!/usr/bin/env node
// The `kg` command. Runs the TypeScript sources directly through tsx (a dependency), so there is no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
