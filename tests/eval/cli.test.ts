import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const kg = (...args: string[]) =>
  spawnSync("node", ["bin/kg.mjs", "eval", ...args], { cwd: root, encoding: "utf8", timeout: 120_000 });

const tmp = mkdtempSync(join(tmpdir(), "kg-eval-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A two-sentence report; its gold names one agency the text has and one it does not, and no jurisdiction,
// so 荆州市 (named in the text) is a false jurisdiction.
const TEXT =
  "荆州市沙市区人民政府关于2016年法治政府建设工作的报告\n2016年，区政府认真贯彻落实《中华人民共和国行政诉讼法》。\n";
const GOLD = {
  report: {
    title: "荆州市沙市区人民政府关于2016年法治政府建设工作的报告",
    issuer: "荆州市沙市区人民政府",
    jurisdiction: "湖北省荆州市沙市区",
    year: 2016,
    publishedAt: null,
  },
  agencies: [
    { canonical: "荆州市沙市区人民政府", kind: "government", mentions: ["荆州市沙市区人民政府", "区政府"] },
    { canonical: "荆州市沙市区司法局", kind: "department", mentions: ["区司法局"] },
  ],
  laws: [{ canonical: "中华人民共和国行政诉讼法", kind: "law", mentions: ["《中华人民共和国行政诉讼法》"] }],
  programs: [],
  jurisdictions: [],
  uncertain: [],
};
const one = join(tmp, "one");
const bad = join(tmp, "bad");
const textless = join(tmp, "textless");
for (const d of [one, bad, textless]) spawnSync("mkdir", ["-p", d]);
writeFileSync(join(one, "sha.txt"), TEXT);
writeFileSync(join(one, "sha.gold.json"), JSON.stringify(GOLD));
writeFileSync(join(bad, "x.txt"), TEXT);
writeFileSync(join(bad, "x.gold.json"), '{"report": {}, "agencies": "none"}');
writeFileSync(join(textless, "y.gold.json"), JSON.stringify(GOLD));

describe("kg eval", () => {
  it("prints per-file scores with the missed and false names, and the micro-average as the last six lines", () => {
    const run = kg(one);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^sha {2}\(.*sha\.txt\)$/);
    expect(run.stdout).toContain("missed: 荆州市沙市区司法局");
    expect(run.stdout).toMatch(/false: {2}.*湖北省荆州市/);
    const tail = lines.slice(-6);
    expect(tail[0]).toBe("micro-average over 1 file");
    expect(tail.slice(2).map((l) => l.trim().split(/\s+/)[0])).toEqual([
      "agencies",
      "laws",
      "programs",
      "jurisdictions",
    ]);
    // agencies: 1 of 2 gold found; laws: the one found
    expect(tail[2]).toMatch(/^ {2}agencies\s+1\.000 {2}0\.500 {2}0\.667\s+1\/2\s+\d+\/\d+$/);
    expect(tail[3]).toMatch(/^ {2}laws\s+1\.000 {2}1\.000 {2}1\.000\s+1\/1\s+1\/1$/);
  });

  it("prints one JSON object with every file's counts, rates and lists under --json", () => {
    const run = kg(one, "--json");
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(["files", "micro"]);
    expect(out.files).toHaveLength(1);
    expect(out.files[0].name).toBe("sha");
    expect(out.files[0].scores.agencies).toMatchObject({ goldMatched: 1, gold: 2, missed: ["荆州市沙市区司法局"] });
    expect(out.files[0].scores.jurisdictions.falsePositives).toContain("湖北省荆州市");
    expect(out.micro.laws).toMatchObject({
      matched: 1,
      predicted: 1,
      goldMatched: 1,
      gold: 1,
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it("scores the project's own gold by default: the seed and every dev report with a gold file", () => {
    const run = kg("--json");
    expect(run.status, run.stderr).toBe(0);
    const names = JSON.parse(run.stdout).files.map((f: { name: string }) => f.name);
    const dev = readdirSync(join(root, "tests/fixtures/dev-reports"))
      .filter((f) => f.endsWith(".gold.json"))
      .map((f) => f.replace(".gold.json", ""));
    expect(dev.length).toBeGreaterThanOrEqual(6);
    expect(names.sort()).toEqual([...dev, "seed"].sort());
  });

  it.each([
    ["a missing folder", [join(tmp, "nowhere")], /^error: .*nowhere: no such file or folder$/],
    ["a folder without gold files", [tmp], /^error: .*: no \*\.gold\.json files in this folder$/],
    ["a gold file that is not gold", [bad], /^error: .*x\.gold\.json: not a gold file: agencies: /],
    ["a gold file without its text", [textless], /^error: .*y\.gold\.json: no report text beside it/],
    [
      "a file that is not a gold file",
      [join(one, "sha.txt")],
      /^error: .*sha\.txt: not a gold file \(\*\.gold\.json\)$/,
    ],
  ])("exits 2 with one line for %s", (_, args, message) => {
    const run = kg(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
  });
});
