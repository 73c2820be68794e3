/** The `kg` command line: every sub-command lives in ./commands; errors with a code become one line and an exit code. */
import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { registerAuditCommand } from "./commands/audit.js";
import { registerBackupCommands } from "./commands/backup.js";
import { registerDeleteReportCommand } from "./commands/delete-report.js";
import { registerEvalCommand } from "./commands/eval.js";
import { registerExportCommand } from "./commands/export.js";
import { registerExtractCommand } from "./commands/extract.js";
import { registerIngestCommand } from "./commands/ingest.js";
import { registerNeo4jCommand } from "./commands/neo4j.js";
import { registerServeCommand } from "./commands/serve.js";
import { registerStartCommand } from "./commands/start.js";
import { registerStatsCommand } from "./commands/stats.js";
import { exitCodeFor } from "./exit-codes.js";

const program = new Command("kg")
  .description("Knowledge graph of Chinese government reports: extract, ingest into Neo4j, serve GraphQL")
  .exitOverride()
  .showHelpAfterError();

registerStartCommand(program);
registerNeo4jCommand(program);
registerExtractCommand(program);
registerServeCommand(program);
registerIngestCommand(program);
registerDeleteReportCommand(program);
registerStatsCommand(program);
registerAuditCommand(program);
registerExportCommand(program);
registerEvalCommand(program);
registerBackupCommands(program);

try {
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
