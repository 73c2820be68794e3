/**
 * A terminal as far as progress output needs one: it records every write and plays them onto a screen of lines
 * (text overwrites at the cursor; `\r`, `\n`, erase to the end of the line, and save/restore of the cursor, the
 * sequence that used to put the ingest summary on top of the bar). Enough to check what a user would see.
 */
export class FakeTerminal {
  readonly isTTY = true;
  readonly writes: string[] = [];
  private readonly lines: string[] = [""];
  private row = 0;
  private col = 0;
  private saved = { row: 0, col: 0 };

  constructor(readonly columns = 120) {}

  write(chunk: string): boolean {
    this.writes.push(chunk);
    // ESC 7 / ESC 8 (save / restore), CSI K (erase right), other CSI sequences (cursor shown/hidden): ignored
    // eslint-disable-next-line no-control-regex -- escape sequences are what this parses
    for (const token of chunk.match(/\x1b7|\x1b8|\x1b\[[0-9;?]*[A-Za-z]|[^\x1b]/gu) ?? []) {
      if (token === "\x1b7") this.saved = { row: this.row, col: this.col };
      else if (token === "\x1b8") ({ row: this.row, col: this.col } = this.saved);
      else if (token === "\x1b[K") this.lines[this.row] = this.lines[this.row]!.slice(0, this.col);
      else if (token.startsWith("\x1b")) continue;
      else if (token === "\r") this.col = 0;
      else if (token === "\n") {
        this.row++;
        this.col = 0;
        this.lines[this.row] ??= "";
      } else {
        const line = this.lines[this.row]!.padEnd(this.col);
        this.lines[this.row] = line.slice(0, this.col) + token + line.slice(this.col + 1);
        this.col++;
      }
    }
    return true;
  }

  /** The screen's lines, the cursor's (empty) line at the end included when it is on a fresh line. */
  screen(): string[] {
    return [...this.lines];
  }
}
