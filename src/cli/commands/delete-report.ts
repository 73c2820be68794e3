/** `kg delete-report ID`: removes a report and every entity no other report supports. */
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { deleteReport } from "../../graph/load/delete.js";
import { CodedError } from "../../errors.js";

export function registerDeleteReportCommand(program: Command): void {
  program
    .command("delete-report")
    .description("delete one report and the entities and relations only it supported")
    .argument("<id>", "the report id (e.g. as printed by kg ingest)")
    .option("--json", "print the result as JSON on stdout")
    .action(async (id: string, flags: { json?: boolean }) => {
      const config = loadConfig();
      const driver = createDriver(config.neo4j);
      try {
        const result = await deleteReport(driver, config.neo4j.database, id);
        if (flags.json) process.stdout.write(`${JSON.stringify({ id, ...result })}\n`);
        if (!result.deleted) throw new CodedError("REPORT_NOT_FOUND", `no report with id ${id}`);
        if (!flags.json)
          console.log(
            `deleted report ${id}: ${result.nodesDeleted} node(s), ${result.relationshipsDeleted} relationship(s)`,
          );
      } finally {
        await driver.close();
      }
    });
}
