// Worker thread entry: registers tsx in this thread (as bin/kg.mjs does), then runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
