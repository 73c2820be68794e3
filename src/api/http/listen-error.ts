/**
 * What `kg serve` and `kg start` say when the API cannot listen: one line with a code (src/errors.ts), never the
 * raw EADDRINUSE with a stack. `listenProbe` answers the same question before any work is done, so `kg start`
 * refuses a taken port before it starts Neo4j or ingests anything.
 */
import net from "node:net";
import { CodedError } from "../../errors.js";

/** The coded error for a failed `listen` (a taken port, a port or address this process may not use), else `error`. */
export function listenError(error: unknown, host: string, port: number): unknown {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case "EADDRINUSE":
      return new CodedError(
        "PORT_TAKEN",
        `port ${port} on ${host} is already in use by another process; stop it, or choose another port (PORT=…, or kg serve --port …)`,
      );
    case "EACCES":
      return new CodedError(
        "PORT_TAKEN",
        `this user may not listen on port ${port} on ${host}; choose a port above 1023 (PORT=…)`,
      );
    case "EADDRNOTAVAIL":
      return new CodedError("BAD_CONFIG", `HOST=${host} is not an address of this machine`);
    default:
      return error;
  }
}

/** Resolves when `host:port` could be listened on now; rejects with listenError's coded error otherwise. */
export function listenProbe(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error) => reject(listenError(error, host, port)));
    server.listen(port, host, () => server.close(() => resolve()));
  });
}
