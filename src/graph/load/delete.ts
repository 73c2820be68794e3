/** Removes one report, its text and its contributions; entities no other report supports go with it (model.ts). */
import type { Driver } from "neo4j-driver";
import { withGraphErrors } from "../errors.js";
import { retryConflicts } from "./conflicts.js";
import { runPipelined, zeroCounts } from "./counters.js";
import {
  deleteReportNode,
  deleteReportTexts,
  deleteUnsupportedEntities,
  lockEntities,
  lockExistingReport,
  recomputeAliases,
  removeReportEvidence,
  removeReportSupport,
} from "./queries.js";

export async function deleteReport(
  driver: Driver,
  database: string,
  reportId: string,
): Promise<{ deleted: boolean; nodesDeleted: number; relationshipsDeleted: number }> {
  return withGraphErrors(() =>
    retryConflicts(async () => {
      const session = driver.session({ database });
      try {
        return await session.executeWrite(async (tx) => {
          const counts = zeroCounts();
          const [locked] = await runPipelined(tx, [lockExistingReport(reportId)], zeroCounts());
          if (locked!.records[0]!.get("found") === 0)
            return { deleted: false, nodesDeleted: 0, relationshipsDeleted: 0 };
          const [, support] = await runPipelined(
            tx,
            [
              lockEntities([reportId], []),
              removeReportSupport([reportId]),
              removeReportEvidence([reportId]),
              deleteReportTexts([reportId]),
            ],
            counts,
          );
          const ids = (support!.records[0]?.get("ids") as string[] | undefined) ?? [];
          await runPipelined(
            tx,
            [deleteReportNode(reportId), deleteUnsupportedEntities(ids), recomputeAliases(ids)],
            counts,
          );
          return {
            deleted: true,
            nodesDeleted: counts.nodesDeleted,
            relationshipsDeleted: counts.relationshipsDeleted,
          };
        });
      } finally {
        await session.close();
      }
    }),
  );
}
