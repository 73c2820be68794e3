/**
 * `kg audit`: what in the graph looks like one thing split in two, or two things merged into one: probable
 * duplicate entities (inside one scope, or a jurisdiction's own node beside a national one of the same name), the
 * names that several jurisdictions each have their own node of (candidates for the national list), generic
 * Law/Program nodes, unscoped names shared by several provinces, and the agency count of each report (a report
 * with none usually lost its issuer or jurisdiction). Read-only; --json prints every finding (findings.ts).
 */
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { auditGraph, type GraphAudit } from "../../graph/audit/audit.js";

export function auditLines(audit: GraphAudit, limit: number): string[] {
  const lines: string[] = [];
  const section = <T>(title: string, items: T[], line: (item: T) => string) => {
    lines.push(`${title}: ${items.length}`);
    for (const item of items.slice(0, limit)) lines.push(`  ${line(item)}`);
    if (items.length > limit) lines.push(`  … ${items.length - limit} more (--limit, or --json for all)`);
  };
  section("probable duplicates", audit.duplicates, (d) => `${d.a}  ~  ${d.b}  (${d.reason})`);
  section(
    "one local name in several jurisdictions (candidates for the national list, not duplicates)",
    audit.localNamesAcrossJurisdictions,
    (n) =>
      `${n.label} ${n.name}  (${n.scopes.length}: ${n.scopes.join(" ")})${n.nationalId ? `  beside ${n.nationalId}` : ""}`,
  );
  section("generic Law/Program nodes", audit.generic, (g) => `${g.id}  (${g.reports} reports)`);
  section(
    "Law/Program nodes shared by provinces, named by no national report",
    audit.sharedLocal,
    (s) => `${s.id}  (${s.provinces.join(" ")})`,
  );
  const none = audit.reports.filter((r) => r.agencies === 0);
  section(
    "reports (agencies mentioned)",
    audit.reports,
    (r) => `${r.agencies}\t${r.year ?? "?"}\t${r.issuer ?? "?"}\t${r.title ?? ""}\t${r.id}`,
  );
  lines.push(`reports without any agency: ${none.length}`);
  return lines;
}

export function registerAuditCommand(program: Command): void {
  program
    .command("audit")
    .description(
      "list probable duplicate entities, local names in several jurisdictions, generic and shared Law/Program nodes, and agencies per report",
    )
    .option("--json", "print JSON on stdout")
    .option("--limit <n>", "items shown per section", "30")
    .action(async (flags: { json?: boolean; limit: string }) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 0)
        throw Object.assign(new Error("--limit must be a whole number"), { code: "BAD_USER_INPUT" });
      const config = loadConfig();
      const driver = createDriver(config.neo4j);
      try {
        const audit = await auditGraph(driver, config.neo4j.database);
        if (flags.json) process.stdout.write(`${JSON.stringify(audit)}\n`);
        else for (const line of auditLines(audit, limit)) console.log(line);
      } finally {
        await driver.close();
      }
    });
}
