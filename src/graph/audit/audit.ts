/** Runs the audit queries and returns the findings (findings.ts) with the agency count of each report. */
import type { Driver } from "neo4j-driver";
import { withGraphErrors } from "../errors.js";
import { auditFindings, type AuditEntity, type AuditFindings } from "./findings.js";
import { agenciesPerReport, auditEntities } from "./queries.js";

export interface ReportAgencies {
  id: string;
  title: string | null;
  year: number | null;
  issuer: string | null;
  agencies: number;
}

export type GraphAudit = AuditFindings & { reports: ReportAgencies[] };

const plain = (v: unknown): unknown =>
  v && typeof v === "object" && "toNumber" in v ? (v as { toNumber(): number }).toNumber() : v;

export async function auditGraph(driver: Driver, database: string): Promise<GraphAudit> {
  return withGraphErrors(async () => {
    const read = async (q: { cypher: string; params: Record<string, unknown> }) =>
      (await driver.executeQuery(q.cypher, q.params, { database, routing: "READ" })).records.map((r) =>
        Object.fromEntries(Object.entries(r.toObject()).map(([k, v]) => [k, plain(v)])),
      );
    const entities = (await read(auditEntities())) as unknown as AuditEntity[];
    const reports = (await read(agenciesPerReport())) as unknown as ReportAgencies[];
    return { ...auditFindings(entities), reports };
  });
}
