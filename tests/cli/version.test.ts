/** `kg --version` prints the package's version and exits 0. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { version: string };

describe("kg --version", () => {
  it.each(["--version", "-V"])("prints the package version for %s", (flag) => {
    const out = execFileSync(process.execPath, ["bin/kg.mjs", flag], { cwd: root, encoding: "utf8" });
    expect(out.trim()).toBe(version);
  });
});
