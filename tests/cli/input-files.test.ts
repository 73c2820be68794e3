/**
 * How `kg ingest` and `kg import` turn their arguments into report files (src/cli/input-files.ts): folders are
 * searched recursively, and a symbolic link inside a folder counts as what it points at, as it does when named.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expandInputs, globToRegExp } from "../../src/cli/input-files.js";

const root = mkdtempSync(path.join(os.tmpdir(), "kg-inputs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** root/elsewhere holds the real files; root/folder links to them, to a folder, to itself and to nothing. */
function tree(): string {
  const elsewhere = path.join(root, "elsewhere");
  mkdirSync(path.join(elsewhere, "more"), { recursive: true });
  writeFileSync(path.join(elsewhere, "a.txt"), "甲");
  writeFileSync(path.join(elsewhere, "more", "b.txt"), "乙");
  const folder = path.join(root, "folder");
  mkdirSync(folder);
  writeFileSync(path.join(folder, "own.txt"), "丙");
  symlinkSync(path.join(elsewhere, "a.txt"), path.join(folder, "linked.txt"));
  symlinkSync(path.join(elsewhere, "more"), path.join(folder, "linked-folder"));
  symlinkSync(folder, path.join(folder, "loop"));
  symlinkSync(path.join(root, "missing.txt"), path.join(folder, "dangling.txt"));
  return folder;
}

describe("a folder argument", () => {
  const folder = tree();
  const { files, errors, skipped } = expandInputs([folder]);

  it("takes a linked file and the files of a linked folder, as if they were there", () => {
    expect(files.map((f) => path.relative(folder, f))).toEqual([
      path.join("linked-folder", "b.txt"),
      "linked.txt",
      "own.txt",
    ]);
    expect(errors).toEqual([]);
  });

  it("walks a folder linked back into itself once, and names a link to nothing as skipped", () => {
    expect(files.some((f) => f.includes(`${path.sep}loop${path.sep}`))).toBe(false);
    expect(skipped).toEqual([{ file: path.join(folder, "dangling.txt"), reason: "a symbolic link to nothing" }]);
  });
});

describe("a glob", () => {
  it("matches any folders with **/ and one segment with *", () => {
    expect(globToRegExp("/r/**/*.txt").test("/r/a/b/c.txt")).toBe(true);
    expect(globToRegExp("/r/**/*.txt").test("/r/c.txt")).toBe(true);
    expect(globToRegExp("/r/*.txt").test("/r/a/c.txt")).toBe(false);
    expect(globToRegExp("/r/[ab].txt").test("/r/b.txt")).toBe(true);
  });
});
