/** The API served until SIGINT/SIGTERM, shared by `kg serve` and `kg start`. */
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";

export async function serveUntilSignal(config: Config, driver: Driver, say: (line: string) => void): Promise<never> {
  // loaded here, not at the top: the API (type-graphql, Apollo) costs every other `kg` command a second to load
  const { createApiServer } = await import("../api/server.js");
  const server = await createApiServer(config, driver);
  say(`GraphQL API at ${server.url} (open it in a browser for the query page)`);
  const stop = async () => {
    await server.close();
    await driver.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  return new Promise<never>(() => {});
}
