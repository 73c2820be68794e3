/**
 * Where `kg export` writes: stdout, the file --out names, or (csv) nodes.csv and edges.csv in the folder --out
 * names. Files are opened before the export starts, so an unwritable --out is one line (BAD_PATH) and nothing
 * else happens; each is written beside its final name and renamed into place at the end, so a failed export
 * leaves no partial file and the previous export stays as it was.
 */
import { createWriteStream, mkdirSync, openSync, renameSync, rmSync, statSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { CodedError } from "../errors.js";

export interface ExportOutput {
  write(file: string, chunk: string): Promise<void>;
  /** closes the files and moves them into place; returns their paths */
  commit(): Promise<string[]>;
  /** closes and removes the files written so far */
  abort(): void;
}

const reason = (error: unknown) => (error as { code?: string }).code ?? (error as Error).message;
const badPath = (path: string, why: string) => new CodedError("BAD_PATH", `cannot write --out ${path}: ${why}`);

/** `files`: the names the format writes; one unnamed file (stdout or --out FILE) or several (into --out FOLDER). */
export function openExportOutput(out: string | undefined, files: string[], folder: boolean): ExportOutput {
  if (out === undefined) {
    if (folder) throw new CodedError("BAD_USER_INPUT", `this format writes ${files.join(" and ")}: give --out FOLDER`);
    return stdoutOutput();
  }
  if (folder) {
    try {
      mkdirSync(out, { recursive: true });
    } catch (error) {
      throw badPath(out, reason(error));
    }
  } else if (isFolder(out)) throw badPath(out, "it is a folder");
  const targets = files.map((name) => {
    const final = folder ? join(out, name) : out;
    return { name, final, partial: `${final}.partial-${process.pid}`, stream: undefined as WriteStream | undefined };
  });
  try {
    for (const t of targets) t.stream = createWriteStream("", { fd: openSync(t.partial, "wx") });
  } catch (error) {
    removeAll(targets);
    throw badPath(out, reason(error));
  }
  return {
    async write(file, chunk) {
      const stream = targets.find((t) => t.name === file)!.stream!;
      if (chunk && !stream.write(chunk)) await once(stream, "drain");
    },
    async commit() {
      for (const t of targets)
        await new Promise<void>((resolve, reject) => t.stream!.end((e?: Error) => (e ? reject(e) : resolve())));
      for (const t of targets) renameSync(t.partial, t.final);
      return targets.map((t) => t.final);
    },
    abort: () => removeAll(targets),
  };
}

/**
 * Whether `path` is a folder; a path that cannot be a file at all (under a file: ENOTDIR) is one line too. Node 24
 * answers ENOTDIR with undefined here (no entry), and opening the partial file then says ENOTDIR.
 */
function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch (error) {
    throw badPath(path, reason(error));
  }
}

/** Removes the partial files this export opened (one it could not open may not even be removable: under a file). */
function removeAll(targets: { partial: string; stream?: WriteStream }[]): void {
  for (const t of targets) {
    if (!t.stream) continue;
    t.stream.destroy();
    rmSync(t.partial, { force: true });
  }
}

function stdoutOutput(): ExportOutput {
  return {
    async write(_file, chunk) {
      if (chunk && !process.stdout.write(chunk)) await once(process.stdout, "drain");
    },
    commit: async () => [],
    abort: () => undefined,
  };
}
