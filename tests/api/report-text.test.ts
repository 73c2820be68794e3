/** The pure half of reading a report's text: the excerpt's bounds and the context around an evidence sentence. */
import { describe, expect, it } from "vitest";
import type { Evidence } from "../../src/api/common/evidence.type.js";
import { checkExcerptRange, contextOf, excerptOf } from "../../src/api/report/report-text.service.js";

const evidence = (text: string, sentence: string): Evidence => {
  const start = text.indexOf(sentence);
  return {
    reportId: "report:x",
    sentence,
    start,
    end: start + sentence.length,
    section: null,
    sectionKind: null,
    properties: {},
  };
};

describe("the context around an evidence sentence", () => {
  const text = "第一句。区卫计局开展打击非法行医行动。第三句。";

  it("takes `chars` characters on each side, fewer at the edges of the text", () => {
    expect(contextOf(text, evidence(text, "区卫计局开展打击非法行医行动。"), 2)).toEqual({
      before: "句。",
      sentence: "区卫计局开展打击非法行医行动。",
      after: "第三",
      start: 2,
      end: 21,
    });
    expect(contextOf(text, evidence(text, "第一句。"), 100)).toMatchObject({ before: "", start: 0, end: text.length });
  });

  it("never cuts a character outside the BMP in half at its edges", () => {
    const astral = "𬌗𬌗甲。乙。𬌗𬌗";
    const context = contextOf(astral, evidence(astral, "甲。乙。"), 3)!;
    expect(context.before).toBe("𬌗");
    expect(context.after).toBe("𬌗");
  });

  it("is null when the evidence's offsets do not fit the text", () => {
    expect(contextOf("短", { ...evidence(text, "第三句。") }, 10)).toBeNull();
  });
});

describe("an excerpt", () => {
  it("is the text between the offsets, up to the very end", () => {
    checkExcerptRange(0, 4);
    expect(excerptOf("report:x", "第一句。第二句。", 4, 8)).toBe("第二句。");
  });

  it.each([
    [-1, 3, /start must be 0 or more/],
    [5, 4, /must not be before start/],
    [0, 2001, /at most 2000/],
  ])("refuses start %i, end %i", (start, end, message) => {
    expect(() => checkExcerptRange(start, end)).toThrow(message);
  });

  it("refuses an end past the text rather than cutting it short", () => {
    expect(() => excerptOf("report:x", "第一句。", 0, 5)).toThrow(/past the end of the text of report:x, which has 4/);
  });
});
