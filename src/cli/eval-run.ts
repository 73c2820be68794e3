/**
 * What `kg eval` does, for the command and the gold test alike: find the gold files, extract each one's text,
 * score it, and micro-average over all files.
 */
import { readFileSync } from "node:fs";
import { loadConfig } from "../config.js";
import { parseGold } from "../eval/gold.js";
import type { FileResult } from "../eval/format.js";
import { microAverage, scoreReport, type MicroScores } from "../eval/score.js";
import { extractReport } from "../extract/index.js";
import { DEFAULT_GOLD_DIRS, findGoldFiles, shown } from "./gold-files.js";
import { CodedError, codeOf } from "../errors.js";

export interface EvalRun {
  files: FileResult[];
  micro: MicroScores;
}

export function runEval(args: string[] = []): EvalRun {
  const { maxBytes } = loadConfig().extract;
  const files = findGoldFiles(args.length ? args : DEFAULT_GOLD_DIRS).map((f): FileResult => {
    const gold = parseGold(readFileSync(f.gold, "utf8"), shown(f.gold));
    let result;
    try {
      result = extractReport(readFileSync(f.text), {}, { maxBytes });
    } catch (error) {
      throw new CodedError(codeOf(error) ?? "INTERNAL", `${shown(f.text)}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return { name: f.name, gold: shown(f.gold), text: shown(f.text), scores: scoreReport(result, gold) };
  });
  return { files, micro: microAverage(files.map((r) => r.scores)) };
}
