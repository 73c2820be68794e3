/** `kg extract FILE`: run the extractor on one report file and print the result (JSON or a readable summary). */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { extractReport } from "../../extract/index.js";
import type { ExtractedReport, ReportMetadata } from "../../extract/types.js";
import { CodedError } from "../../errors.js";

interface ExtractFlags {
  title?: string;
  published?: string;
  issuer?: string;
  sourceUrl?: string;
  json?: boolean;
}

function metadataOf(flags: ExtractFlags): ReportMetadata {
  if (flags.published && !/^\d{4}-\d{2}-\d{2}$/.test(flags.published)) {
    throw new CodedError("BAD_USER_INPUT", `--published must be YYYY-MM-DD, got "${flags.published}"`);
  }
  return {
    ...(flags.title ? { title: flags.title } : {}),
    ...(flags.published ? { publishedAt: flags.published } : {}),
    ...(flags.issuer ? { issuer: flags.issuer } : {}),
    ...(flags.sourceUrl ? { sourceUrl: flags.sourceUrl } : {}),
  };
}

export function summarize(result: ExtractedReport): string {
  const { report } = result;
  const lines = [
    `${report.title || "(no title)"}`,
    `  issuer: ${report.issuer ?? "?"}   jurisdiction: ${report.jurisdiction ?? "?"}   year: ${report.year ?? "?"}   published: ${report.publishedAt ?? "?"}`,
    `  id: ${report.id}   sections: ${result.sections.length}   relations: ${result.relations.length}`,
  ];
  for (const type of ["Agency", "Law", "Program", "Jurisdiction", "Metric"] as const) {
    const entities = result.entities.filter((e) => e.type === type && e.mentions.length > 0);
    lines.push(`${type} (${entities.length})`);
    for (const e of entities)
      lines.push(`  ${e.name}${e.kind ? ` [${e.kind}]` : ""}${e.aliases.length ? `  ← ${e.aliases.join(", ")}` : ""}`);
  }
  const counts = new Map<string, number>();
  for (const r of result.relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  lines.push(`Relations: ${[...counts].map(([t, n]) => `${t} ${n}`).join(", ")}`);
  return lines.join("\n");
}

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("extract agencies, laws, programs, jurisdictions, metrics and relations from one report file")
    .argument("<file>", "report as text (UTF-8, GBK/GB18030, UTF-16 with BOM) or HTML")
    .option("--title <title>", "report title (overrides the text)")
    .option("--published <date>", "publication date YYYY-MM-DD (overrides the text)")
    .option("--issuer <name>", "issuing body (overrides the text)")
    .option("--source-url <url>", "source URL (also fixes the report id)")
    .option("--json", "print one JSON object { report, entities, relations, sections }")
    .action(async (file: string, flags: ExtractFlags) => {
      const config = loadConfig();
      const meta = metadataOf(flags);
      let input: Buffer;
      try {
        input = await readFile(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "FILE_NOT_FOUND" : "BAD_USER_INPUT";
        throw new CodedError(code, `cannot read ${file}: ${(error as Error).message}`);
      }
      const result = extractReport(input, meta, { maxBytes: config.extract.maxBytes });
      const { report, entities, relations, sections } = result;
      process.stdout.write(
        flags.json ? `${JSON.stringify({ report, entities, relations, sections })}\n` : `${summarize(result)}\n`,
      );
    });
}
