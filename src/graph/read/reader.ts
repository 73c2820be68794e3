/**
 * Runs the API's read (and write) queries. One GraphReader per GraphQL request: it counts the queries it ran,
 * so tests can prove a nested request costs a bounded number of round trips, and it applies the transaction
 * timeout from config to every transaction. Reads go through executeRead (routable to followers in a cluster),
 * writes through executeWrite; a session per query keeps concurrent DataLoader batches independent.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { toPlain } from "./plain.js";

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export class GraphReader {
  /** number of queries sent to the database by this reader */
  queryCount = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly txTimeoutMs: number,
  ) {}

  read(query: CypherQuery): Promise<Row[]> {
    return this.run(query, "read");
  }

  write(query: CypherQuery): Promise<Row[]> {
    return this.run(query, "write");
  }

  private async run({ cypher, params }: CypherQuery, mode: "read" | "write"): Promise<Row[]> {
    this.queryCount++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === "read" ? "READ" : "WRITE" });
    const bound = integerParams(params);
    const work = async (tx: ManagedTransaction) => (await tx.run(cypher, bound)).records.map((r) => toPlain(r.toObject()) as Row);
    try {
      const config = { timeout: this.txTimeoutMs };
      return mode === "read" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }
}

/** JavaScript numbers go to Cypher as floats; SKIP, LIMIT and slices need integers, so whole numbers are sent as such. */
function integerParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]));
}
