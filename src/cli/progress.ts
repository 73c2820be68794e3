/**
 * Progress for long CLI runs: one bar line redrawn in place when stderr is a terminal, one plain line per item
 * otherwise (logs, CI, pipes).
 *
 * The bar is drawn here rather than by a library: each frame is `\r` + the line + "clear to the end of the line",
 * never a saved-and-restored cursor position (cli-progress restored the position it had saved when the bar
 * started, so after lines printed above the bar the summary landed on top of the bar's last line). A message goes
 * above the bar (clear the bar's line, print the message and a newline, draw the bar again); `stop` draws the
 * final state and ends the line, so what is printed next starts below the bar.
 *
 * The bar moves per file: `advance` when a file has been read and extracted (or failed), `done` when its outcome
 * is known, which for ingested files is when their batch's transaction commits.
 */
export interface Progress {
  /** one more item read (or failed before loading): the bar moves */
  advance(): void;
  /** an item's outcome: one line when no bar is drawn; on the bar, the count of items done */
  done(line: string): void;
  /** a message that must be seen even on a terminal (failures) */
  log(line: string): void;
  stop(): void;
  /** true when a bar is drawn (per-item lines are not shown) */
  readonly bar: boolean;
}

/** The part of a stream the progress writes to (process.stderr, or a test's recorder). */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const WIDTH = 20;
/** at most this many frames a second; the last state is always drawn */
const FRAME_MS = 100;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "–";
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

/** The bar's text: `ingest [████░░░░] 12/80 read, 10 done | 2.1/s | ETA 32s`. */
export function barLine(label: string, read: number, done: number, total: number, elapsedMs: number): string {
  const filled = total ? Math.round((read / total) * WIDTH) : WIDTH;
  const rate = read / Math.max(elapsedMs / 1000, 0.001);
  const eta = read === 0 ? Infinity : (total - read) / rate;
  return `${label} [${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${read}/${total} read, ${done} done | ${rate.toFixed(1)}/s | ETA ${duration(eta)}`;
}

export function createProgress(
  total: number,
  label: string,
  stream: ProgressStream = process.stderr,
  now: () => number = Date.now,
): Progress {
  let read = 0;
  let done = 0;
  if (!stream.isTTY || total <= 1) {
    return {
      advance: () => read++,
      done: (line) => stream.write(`${label}: [${++done}/${total}] ${line}\n`),
      log: (line) => stream.write(`${line}\n`),
      stop: () => undefined,
      bar: false,
    };
  }
  const started = now();
  let drawnAt = -Infinity;
  let stopped = false;
  // a line longer than the terminal wraps, and `\r` then goes back to the start of the last row only
  const fit = (line: string) => (stream.columns ? line.slice(0, stream.columns - 1) : line);
  const draw = (force: boolean) => {
    const at = now();
    if (!force && at - drawnAt < FRAME_MS) return;
    drawnAt = at;
    stream.write(`\r${fit(barLine(label, read, done, total, at - started))}\x1b[K`);
  };
  draw(true);
  return {
    advance: () => {
      read++;
      draw(read === total);
    },
    done: () => {
      done++;
      draw(done === total);
    },
    log: (line) => {
      stream.write(`\r\x1b[K${line}\n`);
      if (!stopped) draw(true);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      draw(true);
      stream.write("\n");
    },
    bar: true,
  };
}
