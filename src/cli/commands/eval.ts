/**
 * `kg eval [GOLD…]`: extracts each gold file's report text and scores the result against the gold (rules:
 * tests/fixtures/dev-reports/README.md), per file and micro-averaged. With no argument, the project's own gold.
 * The extractor and scorer are imported when the command runs, so other commands do not load them.
 */
import type { Command } from "commander";

interface EvalFlags {
  json?: boolean;
  lists: boolean;
}

export function registerEvalCommand(program: Command): void {
  program
    .command("eval")
    .description("score the extractor against gold annotations (X.gold.json beside X.txt): P, R, F1 per type")
    .argument("[gold...]", "folders of *.gold.json files, or gold files (default: the project's seed and dev reports)")
    .option("--json", "print one JSON object { files, micro } with every missed and false name")
    .option("--no-lists", "leave out the missed and false names in the readable output")
    .action(async (args: string[], flags: EvalFlags) => {
      const [{ runEval }, { formatEval }] = await Promise.all([
        import("../eval-run.js"),
        import("../../eval/format.js"),
      ]);
      const { files, micro } = runEval(args);
      process.stdout.write(
        flags.json ? `${JSON.stringify({ files, micro })}\n` : `${formatEval(files, micro, flags.lists)}\n`,
      );
    });
}
