/** `kg backup FILE` / `kg restore FILE`: a dump of the local Neo4j's database, and loading one back. */
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { backup, restore } from "../../local-neo4j/backup.js";

const say = (line: string) => console.log(`neo4j: ${line}`);

export function registerBackupCommands(program: Command): void {
  program
    .command("backup")
    .argument("<file>", "where to write the dump (e.g. graph-2026-12-02.dump)")
    .description("dump the local Neo4j's database to FILE (Neo4j is stopped for the dump and started again)")
    .action(async (file: string) => {
      await backup(loadConfig().neo4j, file, say);
    });
  program
    .command("restore")
    .argument("<file>", "a dump written by kg backup (or neo4j-admin database dump)")
    .description("replace the local Neo4j's database with FILE; if loading fails, the previous store stays in place")
    .action(async (file: string) => {
      await restore(loadConfig().neo4j, file, say);
    });
}
