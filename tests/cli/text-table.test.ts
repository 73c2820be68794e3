/** Tables of Chinese names line up: a CJK character takes two columns. */
import { describe, expect, it } from "vitest";
import { displayWidth, formatTable, truncateDisplay } from "../../src/cli/text-table.js";

describe("text tables", () => {
  it("counts a Chinese character as two columns and ASCII as one", () => {
    expect(displayWidth("区卫计局")).toBe(8);
    expect(displayWidth("report:1（x）")).toBe(13); // 8 + 2 + 1 + 2
  });

  it("pads columns to the widest cell by display width and aligns number columns right", () => {
    expect(
      formatTable(
        ["name", "n", "id"],
        [
          ["区政府", "7", "a"],
          ["x", "12", "b"],
        ],
        new Set([1]),
      ),
    ).toEqual(["name     n  id", "区政府   7  a", "x       12  b"]);
  });

  it("cuts text to a width with an ellipsis", () => {
    expect(truncateDisplay("区卫计局继续开展", 9)).toBe("区卫计局…");
    expect(truncateDisplay("短", 9)).toBe("短");
  });
});
