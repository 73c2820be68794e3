/** The lexicon pairs an agency's canonical name is in (identity/succession-pairs.ts), which the loader links. */
import { describe, expect, it } from "vitest";
import { successionPairs } from "../../src/extract/identity/succession-pairs.js";

const pairs = (name: string) =>
  successionPairs(name).map((p) => `${p.predecessor} -> ${p.successor} ${p.succession.year}`);

describe("succession pairs of a canonical name", () => {
  it.each([
    [
      "荆州市沙市区卫生和计划生育局",
      [
        "荆州市沙市区卫生和计划生育局 -> 荆州市沙市区卫生健康局 2018",
        "荆州市沙市区卫生局 -> 荆州市沙市区卫生和计划生育局 2013",
        "荆州市沙市区人口和计划生育局 -> 荆州市沙市区卫生和计划生育局 2013",
      ],
    ],
    ["荆州市沙市区卫生健康局", ["荆州市沙市区卫生和计划生育局 -> 荆州市沙市区卫生健康局 2018"]],
    ["湖北省农业厅", ["湖北省农业厅 -> 湖北省农业农村厅 2018"]],
    [
      "中华人民共和国国家发展计划委员会",
      [
        "中华人民共和国国家发展计划委员会 -> 中华人民共和国国家发展和改革委员会 2003",
        "中华人民共和国国家计划委员会 -> 中华人民共和国国家发展计划委员会 1998",
      ],
    ],
  ])("%s", (name, expected) => {
    expect(pairs(name)).toEqual(expected);
  });

  it.each([
    ["a body word after something that is not a jurisdiction's prefix", "荆州市沙市区畜牧农业局"],
    ["a bare body word with no jurisdiction", "卫生健康局"],
    ["a body the lexicon does not list", "荆州市沙市区教育局"],
  ])("none for %s (%s)", (_why, name) => {
    expect(pairs(name)).toEqual([]);
  });
});
