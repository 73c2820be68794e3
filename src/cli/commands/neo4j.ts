/** `kg neo4j start|stop|status|fetch`: the project's own local Neo4j, for machines without Docker. */
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { fetchJars } from "../../local-neo4j/fetch.js";
import { localLayout } from "../../local-neo4j/layout.js";
import { start, status, stop } from "../../local-neo4j/server.js";

const say = (line: string) => console.log(`neo4j: ${line}`);

export function registerNeo4jCommand(program: Command): void {
  const neo4j = program
    .command("neo4j")
    .description("manage the project's local Neo4j 5.26 Community (started from Maven Central jars)");
  neo4j
    .command("fetch")
    .description("fetch Neo4j's jars with Maven (done by start when needed)")
    .action(async () => fetchJars(localLayout(loadConfig().neo4j.local.dir), say));
  neo4j
    .command("start")
    .description("start Neo4j, or reuse the one running; waits until Bolt answers")
    .action(async () => {
      await start(loadConfig().neo4j, say);
    });
  neo4j
    .command("stop")
    .description("stop Neo4j cleanly; data is kept")
    .action(async () => {
      await stop(loadConfig().neo4j, say);
    });
  neo4j
    .command("status")
    .description("say whether Neo4j answers (exit code 3 when it does not)")
    .action(async () => {
      const s = await status(loadConfig().neo4j);
      if (s.running)
        say(`running: Neo4j ${s.version} at ${s.uri}${s.pid ? ` (pid ${s.pid})` : ""}; Browser: ${s.browser}`);
      else say(`not running${s.pid ? ` (pid ${s.pid} exists but does not answer yet)` : ""}`);
      process.exitCode = s.running ? 0 : 3;
    });
}
