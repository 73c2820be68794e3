/**
 * The `kg` command line. Only the command asked for is loaded (its module pulls in Apollo, the driver or the
 * division trie): `kg --help` and `kg --version` load none of them. Errors with a code become one line and an exit
 * code (src/errors.ts).
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { fromRoot } from "../package-root.js";
import { exitCodeFor } from "./exit-codes.js";

type Register = (program: Command) => void;

/** Every sub-command: its name, the line `kg --help` shows, and how to load it. */
const COMMANDS: { name: string; summary: string; load: () => Promise<Register> }[] = [
  {
    name: "start",
    summary: "start Neo4j if none is configured, ingest seeds/, serve the GraphQL API",
    load: async () => (await import("./commands/start.js")).registerStartCommand,
  },
  {
    name: "neo4j",
    summary: "manage the project's local Neo4j 5.26 Community (started from Maven Central jars)",
    load: async () => (await import("./commands/neo4j.js")).registerNeo4jCommand,
  },
  {
    name: "extract",
    summary: "extract agencies, laws, programs, jurisdictions, metrics and relations from one report file",
    load: async () => (await import("./commands/extract.js")).registerExtractCommand,
  },
  {
    name: "serve",
    summary: "serve the GraphQL API (GET /graphql in a browser opens a query page; /health, /ready for probes)",
    load: async () => (await import("./commands/serve.js")).registerServeCommand,
  },
  {
    name: "ingest",
    summary: "extract report files (.txt .html .htm .md; files, folders, globs) and load them into Neo4j",
    load: async () => (await import("./commands/ingest.js")).registerIngestCommand,
  },
  {
    name: "reports",
    summary: "list the stored reports, newest first: id, year, issuer, title, entities and relations",
    load: async () => (await import("./commands/reports.js")).registerReportsCommand,
  },
  {
    name: "search",
    summary: "find entities by name or alias (full-text): label, name, id, reports that mention them",
    load: async () => (await import("./commands/search.js")).registerSearchCommand,
  },
  {
    name: "show",
    summary: "one entity or report by id: its properties, relations with their evidence, figures, reports",
    load: async () => (await import("./commands/show.js")).registerShowCommand,
  },
  {
    name: "import",
    summary:
      "build a new graph from report files with neo4j-admin's bulk importer (local Neo4j; stops and restarts it)",
    load: async () => (await import("./commands/import.js")).registerImportCommand,
  },
  {
    name: "delete-report",
    summary: "delete one report and the entities and relations only it supported",
    load: async () => (await import("./commands/delete-report.js")).registerDeleteReportCommand,
  },
  {
    name: "stats",
    summary: "count nodes per label and relationships per type",
    load: async () => (await import("./commands/stats.js")).registerStatsCommand,
  },
  {
    name: "audit",
    summary: "list probable duplicate entities, generic and shared Law/Program nodes, and agencies per report",
    load: async () => (await import("./commands/audit.js")).registerAuditCommand,
  },
  {
    name: "export",
    summary: "export nodes and relationships with their evidence as JSON lines, GraphML or CSV",
    load: async () => (await import("./commands/export.js")).registerExportCommand,
  },
  {
    name: "eval",
    summary: "score the extractor against gold annotations (X.gold.json beside X.txt): P, R, F1 per type",
    load: async () => (await import("./commands/eval.js")).registerEvalCommand,
  },
  {
    name: "backup",
    summary: "dump the local Neo4j's database to FILE (Neo4j is stopped for the dump and started again)",
    load: async () => (await import("./commands/backup.js")).registerBackupCommands,
  },
  {
    name: "restore",
    summary: "replace the local Neo4j's database with FILE; if loading fails, the previous store stays in place",
    load: async () => (await import("./commands/backup.js")).registerBackupCommands,
  },
];

const version = (JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as { version: string }).version;
const program = new Command("kg")
  .description("Knowledge graph of Chinese government reports: extract, ingest into Neo4j, serve GraphQL")
  .version(version)
  .exitOverride()
  .showHelpAfterError();

try {
  // the first argument that is not an option names the command (options of `kg` itself come before it)
  const chosen = COMMANDS.find((c) => c.name === process.argv.slice(2).find((a) => !a.startsWith("-")));
  if (chosen) {
    (await chosen.load())(program);
  } else {
    for (const c of COMMANDS) program.command(c.name).description(c.summary);
  }
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    const { code, line } = exitCodeFor(error);
    console.error(line);
    process.exitCode = code;
  }
}
