/** `kg stats`: node counts per label and relationship counts per type. */
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { graphStats } from "../../graph/stats.js";

export function registerStatsCommand(program: Command): void {
  program
    .command("stats")
    .description("count nodes per label and relationships per type")
    .option("--json", "print JSON on stdout")
    .action(async (flags: { json?: boolean }) => {
      const config = loadConfig();
      const driver = createDriver(config.neo4j);
      try {
        const stats = await graphStats(driver, config.neo4j.database);
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(stats)}\n`);
          return;
        }
        const width = Math.max(
          ...[...Object.keys(stats.labels), ...Object.keys(stats.relationships)].map((k) => k.length),
        );
        console.log("nodes");
        for (const [label, n] of Object.entries(stats.labels)) console.log(`  ${label.padEnd(width)}  ${n}`);
        console.log("relationships");
        for (const [type, n] of Object.entries(stats.relationships)) console.log(`  ${type.padEnd(width)}  ${n}`);
      } finally {
        await driver.close();
      }
    });
}
