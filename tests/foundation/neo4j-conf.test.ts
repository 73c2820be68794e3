import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { neo4jConf } from "../../src/local-neo4j/conf.js";

const template = readFileSync(new URL("../../neo4j/neo4j.conf", import.meta.url), "utf8");
const local = (env: Record<string, string> = {}) => loadConfig({}, env).neo4j.local;
const lines = (text: string, name: string) => text.split("\n").filter((l) => l.startsWith(`${name}=`));

describe("the local Neo4j's neo4j.conf", () => {
  it("keeps the template's memory settings and adds the configured ports", () => {
    const conf = neo4jConf(template, local({ LOCAL_NEO4J_BOLT_PORT: "7801", LOCAL_NEO4J_HTTP_PORT: "7802" }));
    expect(lines(conf.text, "server.memory.pagecache.size")).toEqual(["server.memory.pagecache.size=4g"]);
    expect(lines(conf.text, "server.bolt.listen_address")).toEqual(["server.bolt.listen_address=127.0.0.1:7801"]);
    expect(lines(conf.text, "server.http.listen_address")).toEqual(["server.http.listen_address=127.0.0.1:7802"]);
    expect(conf).toMatchObject({ heapInitial: "1g", heapMax: "3g" });
  });

  it("puts LOCAL_NEO4J_PAGECACHE and LOCAL_NEO4J_HEAP in place of the template's lines, once each", () => {
    const conf = neo4jConf(template, local({ LOCAL_NEO4J_PAGECACHE: "12g", LOCAL_NEO4J_HEAP: "6g" }));
    expect(lines(conf.text, "server.memory.pagecache.size")).toEqual(["server.memory.pagecache.size=12g"]);
    expect(lines(conf.text, "server.memory.heap.max_size")).toEqual(["server.memory.heap.max_size=6g"]);
    expect(conf).toMatchObject({ heapInitial: "1g", heapMax: "6g" });
  });

  it("lowers the initial heap to a maximum set below it", () => {
    const conf = neo4jConf(template, local({ LOCAL_NEO4J_HEAP: "512m" }));
    expect(conf).toMatchObject({ heapInitial: "512m", heapMax: "512m" });
    expect(lines(conf.text, "server.memory.heap.initial_size")).toEqual(["server.memory.heap.initial_size=512m"]);
  });

  it("refuses a size Neo4j would not read, naming the variable", () => {
    expect(() => local({ LOCAL_NEO4J_PAGECACHE: "12GB" })).toThrow(/^config: LOCAL_NEO4J_PAGECACHE="12GB" is invalid/);
  });
});
