/**
 * `kg export --format jsonl|graphml|csv [--report ID] [--around ID --depth N [--include-mentions]] [--out PATH]
 * [--bom] [--texts]`: the graph, one report's part of it, or a neighbourhood, streamed to stdout, a file, or (csv) the
 * nodes.csv and edges.csv of a folder. Bad flags, unknown ids and an unwritable --out are one line, exit 2.
 */
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { EXPORT_FORMATS, exportWriter, writesFolder, type ExportFormat } from "../../graph/export/formats.js";
import { planExport, type ExportSelection } from "../../graph/export/stream.js";
import { CodedError } from "../../errors.js";
import { openExportOutput } from "../export-output.js";

interface ExportFlags {
  format: string;
  report?: string;
  around?: string;
  depth: string;
  includeMentions?: boolean;
  out?: string;
  bom?: boolean;
  texts?: boolean;
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
    .option("--include-mentions", "let --around follow MENTIONS (report to entity) too, not only typed relations")
    .option("--out <path>", "write to this file (csv: into this folder, as nodes.csv and edges.csv) instead of stdout")
    .option("--bom", "start each csv file with a byte order mark, for Excel")
    .option("--texts", "give each report its whole text as a `text` property (left out by default: most of the bytes)")
    .action((flags: ExportFlags) => runExport(flags));
}

function selectionOf(flags: ExportFlags): ExportSelection {
  if (flags.report && flags.around) throw badInput("give --report or --around, not both");
  if (flags.includeMentions && !flags.around) throw badInput("--include-mentions goes with --around");
  if (flags.report) return { report: flags.report };
  if (flags.around)
    return { around: flags.around, depth: Number(flags.depth), includeMentions: !!flags.includeMentions };
  return { all: true };
}

async function runExport(flags: ExportFlags): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format))
    throw badInput(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
  const format = flags.format as ExportFormat;
  if (flags.bom && format !== "csv") throw badInput("--bom goes with --format csv");
  const selection = selectionOf(flags);
  const config = loadConfig();
  // the files are known before the columns are: open them first, so a bad --out fails before any query
  const files = exportWriter(format, { node: [], edge: [] }).files.map((f) => f.name);
  const output = openExportOutput(flags.out, files, writesFolder(format));
  const driver = createDriver(config.neo4j);
  try {
    const plan = await planExport(driver, config.neo4j.database, selection, {
      withColumns: format !== "jsonl",
      texts: !!flags.texts,
    });
    const writer = exportWriter(format, plan.columns, { bom: !!flags.bom });
    let nodes = 0;
    let relationships = 0;
    for (const f of writer.files) await output.write(f.name, f.header);
    for await (const item of plan.items()) {
      if (item.kind === "node") nodes++;
      else relationships++;
      const { file, text } = writer.item(item);
      await output.write(file, text);
    }
    for (const f of writer.files) await output.write(f.name, f.footer);
    const written = await output.commit();
    if (written.length > 0)
      console.error(`export: ${nodes} node(s), ${relationships} relationship(s) to ${written.join(", ")}`);
  } catch (error) {
    output.abort();
    throw error;
  } finally {
    await driver.close();
  }
}
