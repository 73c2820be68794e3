/**
 * The local Neo4j's neo4j.conf: the committed template (neo4j/neo4j.conf) with the ports from config and, when
 * LOCAL_NEO4J_PAGECACHE / LOCAL_NEO4J_HEAP are set, their sizes in place of the template's. Pure: server.ts writes it.
 */
import type { Config } from "../config.js";

type LocalSettings = Config["neo4j"]["local"];

export function neo4jConf(
  template: string,
  local: LocalSettings,
): { text: string; heapInitial: string; heapMax: string } {
  // a graph of 100,000 reports wants more page cache than the template's 4 GB, and a laptop may want less
  const withMemory = replaceSetting(
    replaceSetting(template, "server.memory.pagecache.size", local.pageCache),
    "server.memory.heap.max_size",
    local.heapMax,
  );
  const heapMax = settingOf(withMemory, "server.memory.heap.max_size") ?? "2g";
  const templateInitial = settingOf(withMemory, "server.memory.heap.initial_size") ?? "1g";
  // a heap smaller than the template's initial one lowers both: the JVM refuses -Xms above -Xmx
  const heapInitial = bytesOf(templateInitial) > bytesOf(heapMax) ? heapMax : templateInitial;
  const text = replaceSetting(withMemory, "server.memory.heap.initial_size", heapInitial);
  return {
    text: `${text}\n# added by kg neo4j start from config\nserver.bolt.listen_address=127.0.0.1:${local.boltPort}\nserver.http.listen_address=127.0.0.1:${local.httpPort}\n`,
    heapInitial,
    heapMax,
  };
}

const settingPattern = (name: string, value: string) => new RegExp(`^${name.replace(/\./g, "\\.")}=${value}`, "m");

function settingOf(conf: string, name: string): string | undefined {
  return settingPattern(name, "(\\S+)").exec(conf)?.[1];
}

function replaceSetting(conf: string, name: string, value: string | undefined): string {
  if (value === undefined) return conf;
  const line = `${name}=${value}`;
  return settingPattern(name, ".*$").test(conf) ? conf.replace(settingPattern(name, ".*$"), line) : `${conf}\n${line}`;
}

function bytesOf(size: string): number {
  const unit = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[size.slice(-1).toLowerCase()] ?? 1;
  return Number.parseInt(size, 10) * unit;
}
