/** `kg import DIR… [--meta FILE] [--overwrite]`: a new graph from report files, through neo4j-admin (import/run.ts). */
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { CodedError } from "../../errors.js";
import { defaultThreads, importExitCode, importPaths, importSummaryLines } from "../import/run.js";

interface ImportCommandFlags {
  meta?: string;
  overwrite?: boolean;
  json?: boolean;
  threads: string;
}

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description(
      "build a new graph from report files with neo4j-admin's bulk importer (local Neo4j only; stops and restarts it)",
    )
    .argument("<paths...>", "files, folders (searched recursively) or glob patterns")
    .option("--meta <file>", "per-file metadata, as for kg ingest (.csv or .jsonl; no replaces column)")
    .option("--overwrite", "replace the database even when it is not empty")
    .option("--json", "print a machine-readable summary on stdout")
    .option("--threads <n>", "extraction worker threads", String(defaultThreads()))
    .action(async (paths: string[], flags: ImportCommandFlags) => {
      const threads = Number(flags.threads);
      if (!Number.isInteger(threads) || threads < 1 || threads > 64)
        throw new CodedError("BAD_USER_INPUT", "--threads must be 1..64");
      const summary = await importPaths(
        paths,
        { meta: flags.meta, overwrite: flags.overwrite, threads },
        loadConfig(),
        (line) => process.stderr.write(`${line}\n`),
      );
      if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else for (const line of importSummaryLines(summary)) console.log(line);
      process.exitCode = importExitCode(summary);
    });
}
