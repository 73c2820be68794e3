/** The API served until SIGINT/SIGTERM, shared by `kg serve` and `kg start`. */
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";

/** A clone that was never built gets its GraphiQL bundle here (~10 s, once); without esbuild, the page says how. */
export async function ensurePage(say: (line: string) => void): Promise<void> {
  const { ensureGraphiqlBundle, graphiqlBundleIsCurrent } = await import("../api/http/graphiql-bundle.js");
  if (graphiqlBundleIsCurrent()) return;
  say("bundling the GraphiQL page (once, after an install or update)");
  try {
    await ensureGraphiqlBundle();
  } catch (error) {
    say(`the GraphiQL page could not be bundled (${(error as Error).message.split("\n")[0]}); run npm run build`);
  }
}

export async function serveUntilSignal(config: Config, driver: Driver, say: (line: string) => void): Promise<never> {
  // loaded here, not at the top: the API (type-graphql, Apollo) costs every other `kg` command a second to load
  const { createApiServer } = await import("../api/server.js");
  await ensurePage(say);
  const server = await createApiServer(config, driver).catch(async (error: unknown) => {
    // a port that is taken (or any other failure to serve) ends the command: nothing is left holding it open
    await driver.close();
    throw error;
  });
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
