/**
 * The environment of a local Neo4j of a test's own: its own folder and two ports nobody listens on now, and no
 * NEO4J_URI / NEO4J_PASSWORD, so the project starts it. For tests that stop the server, import into it or restore
 * it, which must not touch the database the other tests share.
 */
import net from "node:net";

/** A port nobody listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function ownNeo4jEnv(dir: string): Promise<Record<string, string | undefined>> {
  const [bolt, http] = [await freePort(), await freePort()];
  return {
    NEO4J_URI: undefined,
    NEO4J_PASSWORD: undefined,
    LOCAL_NEO4J_DIR: dir,
    LOCAL_NEO4J_BOLT_PORT: String(bolt),
    LOCAL_NEO4J_HTTP_PORT: String(http),
  };
}
