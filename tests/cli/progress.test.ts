/** The ingest progress bar as a terminal shows it, and the plain lines when stderr is not a terminal. */
import { describe, expect, it } from "vitest";
import { barLine, createProgress } from "../../src/cli/progress.js";
import { FakeTerminal } from "./support/fake-terminal.js";

/** A clock that moves 250 ms each time it is read: every frame is past the frame interval. */
function slowClock(): () => number {
  let t = 0;
  return () => (t += 250);
}

describe("the progress bar on a terminal", () => {
  it("moves once per file read, before the batch's files are done", () => {
    const term = new FakeTerminal();
    const progress = createProgress(3, "ingest", term, slowClock());
    const bars: string[] = [];
    const seen = () => bars.push(term.screen().at(-1)!.replace(/ \|.*/, ""));
    for (let i = 0; i < 3; i++) {
      progress.advance();
      seen();
    }
    for (let i = 0; i < 3; i++) progress.done("line not shown on a terminal");
    seen();
    expect(bars).toEqual([
      "ingest [███████░░░░░░░░░░░░░] 1/3 read, 0 done",
      "ingest [█████████████░░░░░░░] 2/3 read, 0 done",
      "ingest [████████████████████] 3/3 read, 0 done",
      "ingest [████████████████████] 3/3 read, 3 done",
    ]);
  });

  it("leaves its last state on its own line, so the summary printed next goes below it", () => {
    const term = new FakeTerminal();
    const progress = createProgress(2, "ingest", term, slowClock());
    progress.advance();
    progress.log("/in/empty.txt: EMPTY_INPUT: input is empty");
    progress.done("");
    progress.advance();
    progress.log("/in/b.txt: no year found; pass --published or --meta");
    progress.done("");
    progress.stop();
    term.write("reports: 1 added, 0 unchanged, 0 replaced, 1 failed (2 file(s), 0.1 s)\n");
    const screen = term.screen();
    expect(screen.slice(0, 2)).toEqual([
      "/in/empty.txt: EMPTY_INPUT: input is empty",
      "/in/b.txt: no year found; pass --published or --meta",
    ]);
    expect(screen[2]).toMatch(/^ingest \[█{20}\] 2\/2 read, 2 done \| [\d.]+\/s \| ETA 0s$/);
    expect(screen.slice(3)).toEqual(["reports: 1 added, 0 unchanged, 0 replaced, 1 failed (2 file(s), 0.1 s)", ""]);
  });

  it("draws the bar again under a message printed while it runs", () => {
    const term = new FakeTerminal();
    const progress = createProgress(4, "ingest", term, slowClock());
    progress.advance();
    progress.log("a failure");
    expect(term.screen()).toEqual(["a failure", expect.stringMatching(/^ingest \[█{5}░{15}\] 1\/4 read, 0 done/)]);
  });

  it("draws at most ten frames a second, but always the last one", () => {
    const term = new FakeTerminal();
    const progress = createProgress(50, "ingest", term, () => 1000);
    for (let i = 0; i < 50; i++) progress.advance();
    expect(term.writes).toHaveLength(2); // the first frame, and 50/50
    expect(term.screen().at(-1)).toMatch(/ 50\/50 read, 0 done/);
  });

  it("never draws a line wider than the terminal", () => {
    const term = new FakeTerminal(40);
    createProgress(9, "ingest", term, slowClock()).advance();
    expect(term.screen().every((l) => l.length < 40)).toBe(true);
  });
});

describe("progress without a terminal", () => {
  it("prints one numbered line per file done and no escape codes", () => {
    const writes: string[] = [];
    const progress = createProgress(2, "ingest", { write: (s: string) => writes.push(s) });
    progress.advance();
    progress.done("/in/a.txt: added report:1");
    progress.log("/in/b.txt: EMPTY_INPUT: input is empty");
    progress.advance();
    progress.done("/in/b.txt: failed");
    progress.stop();
    expect(writes.join("")).toBe(
      "ingest: [1/2] /in/a.txt: added report:1\n/in/b.txt: EMPTY_INPUT: input is empty\ningest: [2/2] /in/b.txt: failed\n",
    );
  });
});

describe("barLine", () => {
  it("gives the rate and the time left from the files read so far", () => {
    expect(barLine("ingest", 10, 5, 40, 5000)).toBe(
      "ingest [█████░░░░░░░░░░░░░░░] 10/40 read, 5 done | 2.0/s | ETA 15s",
    );
    expect(barLine("ingest", 1, 0, 200, 1000)).toMatch(/ETA 3m19s$/);
  });
});
