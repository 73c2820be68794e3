/**
 * Progress for long CLI runs: a bar with count, rate and ETA when stderr is a terminal (cli-progress),
 * one plain line per item otherwise (logs, CI, pipes).
 */
import cliProgress from "cli-progress";

export interface Progress {
  /** one item done; `line` is what a non-terminal run prints for it */
  tick(line: string): void;
  /** a message that must be seen even on a terminal (failures) */
  log(line: string): void;
  stop(): void;
  /** true when a bar is drawn (per-item lines are not shown) */
  readonly bar: boolean;
}

export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 1) {
    let done = 0;
    return {
      tick: (line) => stream.write(`${label}: [${++done}/${total}] ${line}\n`),
      log: (line) => stream.write(`${line}\n`),
      stop: () => undefined,
      bar: false,
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`,
      etaBuffer: 50,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(total, 0, { rate: "0.0" });
  return {
    tick: () => {
      done++;
      bar.update(done, { rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) });
    },
    // cli-progress redraws on the same line: print the message above the bar
    log: (line) => {
      stream.write(`\r\x1b[K${line}\n`);
      bar.render();
    },
    stop: () => bar.stop(),
    bar: true,
  };
}
