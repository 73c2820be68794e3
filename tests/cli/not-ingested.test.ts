/** The reasons `kg ingest` gives for files it did not ingest, and the exit code when nothing went in. */
import { describe, expect, it } from "vitest";
import { emptySummary, ingestExitCode, summaryLines } from "../../src/cli/ingest-summary.js";
import { failureReason } from "../../src/cli/not-ingested.js";

describe("failureReason", () => {
  it.each([
    ["EACCES", "EACCES: permission denied, open '/data/r.txt'", "not readable: permission denied"],
    ["EMPTY_INPUT", "input is empty", "empty"],
    ["EMPTY_INPUT", "the HTML page has no text", "empty: the HTML page has no text"],
    [
      "TOO_LARGE",
      "input is 31.0 MB; the limit is 20.0 MB (set MAX_REPORT_MB)",
      "too large: input is 31.0 MB; the limit is 20.0 MB (set MAX_REPORT_MB)",
    ],
    ["NOT_TEXT", "input is a PDF document, not a text report", "input is a PDF document, not a text report"],
    [
      "DATABASE_UNAVAILABLE",
      "not attempted: Neo4j is away",
      "failed: DATABASE_UNAVAILABLE: not attempted: Neo4j is away",
    ],
  ])("says %s (%s) as %j", (code, message, reason) => {
    expect(failureReason(code, message)).toBe(reason);
  });
});

describe("the ingest summary when nothing went in", () => {
  const onlySkipped = () => {
    const s = emptySummary(0);
    s.skipped = [{ file: "/in/a.pdf", reason: "unsupported type .pdf (kg reads .txt .html .htm .md)" }];
    return s;
  };

  it("exits 2 when files were skipped and none went in", () => {
    expect(ingestExitCode(onlySkipped())).toBe(2);
  });

  it("exits 0 when a skipped file sits beside one that went in", () => {
    const s = onlySkipped();
    s.unchanged = 1;
    expect(ingestExitCode(s)).toBe(0);
    expect(summaryLines(s, false).at(-1)).toBe("  /in/a.pdf: unsupported type .pdf (kg reads .txt .html .htm .md)");
  });

  it("exits 0 when nothing was asked for (a --reextract with nothing to redo)", () => {
    expect(ingestExitCode(emptySummary(0))).toBe(0);
    expect(summaryLines(emptySummary(0), false)).toHaveLength(2);
  });

  it("lists 20 files and says how many more there are", () => {
    const s = emptySummary(0);
    s.skipped = Array.from({ length: 23 }, (_, i) => ({ file: `/in/${i}.doc`, reason: "unsupported type .doc" }));
    const lines = summaryLines(s, false);
    expect(lines.filter((l) => l.startsWith("  /in/"))).toHaveLength(20);
    expect(lines.slice(-2)).toEqual([
      "  … and 3 more (--json lists them all)",
      "nothing ingested: none of the 23 file(s) went in (the list above says why)",
    ]);
  });
});
