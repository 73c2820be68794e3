/** Before the unit tier: no database, only a current dist/ for the tests that run `node bin/kg.mjs`. */
import { ensureDist } from "./dist.js";

export function setup(): void {
  if (ensureDist() === "built") console.log("[tests] compiled src/ into dist/");
}
