/**
 * Tests that run `node bin/kg.mjs` run the compiled dist/, as users do; this rebuilds it first when a source file
 * (or tsconfig) is newer than the last build (tsc's build-info file, touched after each build here).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../../src/package-root.js";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** "built" when dist/ had to be (re)compiled, "fresh" when it was current. */
export function ensureDist(): "built" | "fresh" {
  const info = fromRoot("dist", ".tsbuildinfo");
  const sources = Math.max(
    newestSource(fromRoot("src")),
    statSync(fromRoot("tsconfig.build.json")).mtimeMs,
    statSync(fromRoot("tsconfig.json")).mtimeMs,
  );
  if (existsSync(info) && existsSync(fromRoot("dist", "cli", "main.js")) && statSync(info).mtimeMs >= sources)
    return "fresh";
  execFileSync(
    process.execPath,
    [fromRoot("node_modules", "typescript", "bin", "tsc"), "-p", fromRoot("tsconfig.build.json")],
    { stdio: "inherit" },
  );
  const now = new Date();
  utimesSync(info, now, now);
  return "built";
}
