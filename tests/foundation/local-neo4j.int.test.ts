import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { LocalNeo4jError } from "../../src/local-neo4j/errors.js";
import { fetchJars } from "../../src/local-neo4j/fetch.js";
import { findJava } from "../../src/local-neo4j/java.js";
import { localLayout } from "../../src/local-neo4j/layout.js";
import { start, status, stop } from "../../src/local-neo4j/server.js";
import { Neo4jTestHelper } from "../support/neo4j.js";

const config = loadConfig({ NODE_ENV: "test" });
const helper = new Neo4jTestHelper();
afterAll(() => helper.close());

async function expectCode(promise: Promise<unknown> | (() => unknown), code: string, message: RegExp) {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as LocalNeo4jError).code).toBe(code);
    expect((error as Error).message).toMatch(message);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe.runIf(config.neo4j.managedLocally)("the project's local Neo4j", () => {
  it("reuses the running server instead of starting a second one", async () => {
    const before = await status(config.neo4j);
    expect(before.running).toBe(true);
    const lines: string[] = [];
    const after = await start(config.neo4j, (l) => lines.push(l));
    expect(lines.join("\n")).toMatch(/already running/);
    expect(after.pid).toBe(before.pid);
  });

  it("says the port is taken when something else listens on it", async () => {
    const squatter = net.createServer((socket) => socket.end("not neo4j\n"));
    await new Promise<void>((resolve) => squatter.listen(0, "127.0.0.1", resolve));
    const port = (squatter.address() as net.AddressInfo).port;
    const dir = mkdtempSync(path.join(os.tmpdir(), "kg-neo4j-"));
    try {
      const other = loadConfig({
        LOCAL_NEO4J_BOLT_PORT: String(port),
        LOCAL_NEO4J_HTTP_PORT: String(port + 1),
        LOCAL_NEO4J_DIR: dir,
      }).neo4j;
      await expectCode(start(other), "PORT_TAKEN", new RegExp(`port ${port} on 127\\.0\\.0\\.1 is taken`));
    } finally {
      squatter.close();
    }
  });

  it("says Java is missing when there is none", async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      await expectCode(() => findJava("/nonexistent-java-home", []), "JAVA_MISSING", /Java not found: install Java 17/);
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it("says Maven could not fetch the jars, with the log's location", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kg-maven-"));
    const pom = path.join(dir, "pom.xml");
    const real = readFileSync(localLayout(".neo4j").pom, "utf8");
    writeFileSync(pom, real.replace(/<neo4j\.version>[^<]+</, "<neo4j.version>0.0.0-does-not-exist<"));
    const layout = {
      ...localLayout(dir),
      pom,
      lib: path.join(dir, "lib"),
      fetchedMarker: path.join(dir, "lib/.fetched"),
    };
    await expectCode(
      () => fetchJars(layout),
      "MAVEN_FAILED",
      /Maven could not fetch Neo4j's jars \(is Maven Central reachable\?\).*full log in/,
    );
  });

  it("stops cleanly and starts again with the data intact", async () => {
    const id = `restart:${helper.uniqueToken()}`;
    await helper.run("CREATE (:RoundTrip {id: $id, name: '沙市区'})", { id });
    await stop(config.neo4j);
    expect((await status(config.neo4j)).running).toBe(false);
    await start(config.neo4j);
    await helper.driver.verifyConnectivity();
    expect(await helper.run("MATCH (n:RoundTrip {id: $id}) RETURN n.name AS name", { id })).toEqual([
      { name: "沙市区" },
    ]);
  }, 240_000);
});
