/**
 * `kg export --format jsonl|graphml|csv [--report ID] [--around ID --depth N] [--out FILE]`: the graph, one
 * report's part of it, or a neighbourhood, streamed to stdout or a file (writes wait for the stream to drain).
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { EXPORT_FORMATS, exportWriter, type ExportFormat } from "../../graph/export/formats.js";
import { exportGraph, type ExportSelection } from "../../graph/export/stream.js";
import { CodedError } from "../../errors.js";

interface ExportFlags {
  format: string;
  report?: string;
  around?: string;
  depth: string;
  out?: string;
}

const badInput = (message: string) => new CodedError("BAD_USER_INPUT", message);

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("export nodes and relationships with their evidence as JSON lines, GraphML or CSV")
    .option("--format <format>", `one of ${EXPORT_FORMATS.join(", ")}`, "jsonl")
    .option("--report <id>", "only this report, the entities it mentions and its evidence")
    .option("--around <id>", "only the nodes within --depth hops of this node, and the relationships between them")
    .option("--depth <n>", "hops for --around", "1")
    .option("--out <file>", "write to this file instead of stdout")
    .action((flags: ExportFlags) => runExport(flags));
}

async function runExport(flags: ExportFlags): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format))
    throw badInput(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
  if (flags.report && flags.around) throw badInput("give --report or --around, not both");
  const selection: ExportSelection = flags.report
    ? { report: flags.report }
    : flags.around
      ? { around: flags.around, depth: Number(flags.depth) }
      : { all: true };
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  const out = flags.out ? createWriteStream(flags.out) : process.stdout;
  const write = async (chunk: string) => {
    if (chunk && !out.write(chunk)) await once(out, "drain");
  };
  try {
    const writer = exportWriter(flags.format as ExportFormat);
    let nodes = 0;
    let relationships = 0;
    await write(writer.header);
    for await (const item of exportGraph(driver, config.neo4j.database, selection)) {
      if (item.kind === "node") nodes++;
      else relationships++;
      await write(writer.item(item));
    }
    await write(writer.footer);
    if (flags.out) console.error(`export: ${nodes} node(s), ${relationships} relationship(s) to ${flags.out}`);
  } finally {
    if (out !== process.stdout) await new Promise<void>((resolve) => (out as NodeJS.WritableStream).end(resolve));
    await driver.close();
  }
}
