/**
 * Expands `kg ingest` arguments into report files: plain files, folders (recursively) and globs (`*`, `**`, `?`,
 * for shells that pass them through quoted). Folders and globs keep only report files (.txt .html .htm .md); the
 * other files they hold are listed as skipped, with why, so the summary can name them.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { CodedError } from "../errors.js";

export const REPORT_EXTENSIONS = [".txt", ".html", ".htm", ".md"];

export class InputFileError extends CodedError<"FILE_NOT_FOUND" | "UNSUPPORTED_FILE_TYPE"> {
  constructor(
    code: "FILE_NOT_FOUND" | "UNSUPPORTED_FILE_TYPE",
    readonly path: string,
    message: string,
  ) {
    super(code, message);
  }
}

export interface ExpandedInputs {
  files: string[];
  /** arguments that name nothing usable, one error each; the other arguments still count */
  errors: InputFileError[];
  /** files a folder or glob held that are not report files: never opened, each with why */
  skipped: { file: string; reason: string }[];
}

const isReport = (path: string) => REPORT_EXTENSIONS.includes(extname(path).toLowerCase());

/** Why a file of a folder or glob is left out. */
export function unsupportedType(path: string): string {
  const extension = extname(path).toLowerCase();
  const type = extension ? `unsupported type ${extension}` : "unsupported type (no extension)";
  return `${type} (kg reads ${REPORT_EXTENSIONS.join(" ")})`;
}

export function expandInputs(args: string[]): ExpandedInputs {
  const files = new Set<string>();
  const skipped = new Map<string, string>();
  const errors: InputFileError[] = [];
  const dangling: string[] = [];
  const take = (found: string[]) => {
    for (const f of found) {
      if (isReport(f)) files.add(f);
      else skipped.set(f, unsupportedType(f));
    }
    for (const f of dangling.splice(0)) skipped.set(f, "a symbolic link to nothing");
  };
  for (const arg of args) {
    if (/[*?[]/.test(arg)) {
      const matched = globFiles(arg);
      if (matched.length === 0) errors.push(new InputFileError("FILE_NOT_FOUND", arg, "no files match this pattern"));
      take(matched);
      continue;
    }
    const path = resolve(arg);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) errors.push(new InputFileError("FILE_NOT_FOUND", arg, "no such file or folder"));
    else if (stat.isDirectory()) {
      const found = walk(path, new Set(), dangling);
      if (found.length === 0) errors.push(new InputFileError("FILE_NOT_FOUND", arg, "the folder holds no files"));
      take(found);
    } else if (!isReport(path)) errors.push(new InputFileError("UNSUPPORTED_FILE_TYPE", arg, unsupportedType(path)));
    else files.add(path);
  }
  return {
    files: [...files].sort(),
    errors,
    skipped: [...skipped].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, reason]) => ({ file, reason })),
  };
}

/**
 * Every file under `dir`. A symbolic link counts as what it points at (a file or a folder, as `kg ingest LINK`
 * reads it); a folder reached twice (a link back up the tree) is walked once; a link to nothing goes in `dangling`.
 */
function walk(dir: string, seen: Set<string>, dangling: string[]): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
    if (kind?.isDirectory()) out.push(...walk(path, seen, dangling));
    else if (kind?.isFile()) out.push(path);
    else if (!kind) dangling.push(path);
  }
  return out;
}

/** Files matching a glob: walks from the longest literal folder prefix and tests each path against a RegExp. */
function globFiles(pattern: string): string[] {
  const absolute = resolve(pattern);
  const parts = absolute.split(sep);
  const firstWild = parts.findIndex((p) => /[*?[]/.test(p));
  const base = parts.slice(0, firstWild).join(sep) || sep;
  if (!statSync(base, { throwIfNoEntry: false })?.isDirectory()) return [];
  const regex = globToRegExp(absolute);
  return walk(base, new Set(), []).filter((f) => regex.test(f));
}

export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      // `**/` matches zero or more folders
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i);
      if (close < 0) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, "^")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
