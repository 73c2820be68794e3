/**
 * Finds the gold files `kg eval` scores: every `X.gold.json` in the folders given (not recursive: a gold set is
 * one folder), or gold files named directly, each with its report text `X.txt` (or .html .htm .md) beside it.
 * Anything that names no gold, or a gold without its text, is an error: a score over fewer files than meant
 * would look like a result.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { REPORT_EXTENSIONS } from "./input-files.js";
import { CodedError, type ErrorCodeName } from "../errors.js";
import { PACKAGE_ROOT } from "../package-root.js";

const GOLD_SUFFIX = ".gold.json";

/** The project's own gold: the dev reports and the seed (tests/fixtures/gold/seed.txt is the seed's text). */
export const DEFAULT_GOLD_DIRS = ["tests/fixtures/gold", "tests/fixtures/dev-reports"].map((d) =>
  join(PACKAGE_ROOT, d),
);

export interface GoldFile {
  name: string;
  gold: string;
  text: string;
}

const badInput = (message: string, code: ErrorCodeName = "FILE_NOT_FOUND") => new CodedError(code, message);

function withText(gold: string): GoldFile {
  const name = basename(gold).slice(0, -GOLD_SUFFIX.length);
  const text = REPORT_EXTENSIONS.map((ext) => join(dirname(gold), name + ext)).find((p) => existsSync(p));
  if (!text) throw badInput(`${gold}: no report text beside it (${name}${REPORT_EXTENSIONS.join(`, ${name}`)})`);
  return { name, gold, text };
}

export function findGoldFiles(args: string[]): GoldFile[] {
  const golds = new Set<string>();
  for (const arg of args) {
    const path = resolve(arg);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw badInput(`${arg}: no such file or folder`);
    if (stat.isFile()) {
      if (!path.endsWith(GOLD_SUFFIX)) throw badInput(`${arg}: not a gold file (*${GOLD_SUFFIX})`, "BAD_USER_INPUT");
      golds.add(path);
      continue;
    }
    const found = readdirSync(path).filter((f) => f.endsWith(GOLD_SUFFIX));
    if (found.length === 0) throw badInput(`${arg}: no *${GOLD_SUFFIX} files in this folder`);
    for (const f of found) golds.add(join(path, f));
  }
  return [...golds].sort().map(withText);
}

/** A path as shown to the user: relative to the working directory when inside it. */
export const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
};
