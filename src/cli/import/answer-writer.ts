/**
 * What the `kg import` main thread does with each worker answer, in file order: a failure is reported, a report
 * whose id an earlier file gave is skipped (ingest finds it stored already), any other report's CSV lines and text
 * are written and its shared entities merged (shared-entities.ts, which needs the file order). No Neo4j: a bench
 * (bench/import/main-thread.ts) drives it as kg import does.
 */
import type { CsvFiles } from "../../graph/import/csv-files.js";
import { SharedEntities } from "../../graph/import/shared-entities.js";
import type { Progress } from "../progress.js";
import type { WorkerAnswer } from "./messages.js";

export class AnswerWriter {
  reports = 0;
  duplicates = 0;
  characters = 0;
  private readonly shared = new SharedEntities();
  private readonly firstFile = new Map<string, string>();

  constructor(
    private readonly files: string[],
    private readonly csv: CsvFiles,
    private readonly progress: Progress,
    private readonly fail: (file: string, code: string, message: string) => void,
  ) {}

  take(answer: WorkerAnswer): void {
    const { progress } = this;
    const file = this.files[answer.index]!;
    if (!answer.ok) {
      this.fail(file, answer.code, answer.message);
      progress.advance();
      progress.done(`${file}: failed`);
      return;
    }
    const { records } = answer;
    const earlier = this.firstFile.get(records.reportId);
    if (earlier !== undefined) {
      // ingest finds the report stored already: unchanged, nothing written
      this.duplicates++;
      progress.advance();
      progress.done(`${file}: same text as ${earlier} (${records.reportId}): skipped`);
      return;
    }
    this.firstFile.set(records.reportId, file);
    for (const group of records.groups) this.csv.writeEncoded(group);
    if (records.text !== null) this.csv.writeReportText(records.text);
    this.shared.add(records.shared, records.links, records.successions);
    this.reports++;
    this.characters += answer.characters;
    const notes = answer.notes.length ? `; ${answer.notes.join("; ")}` : "";
    if (progress.bar && answer.notes.length) progress.log(`${file}: ${answer.notes.join("; ")}`);
    progress.advance();
    progress.done(
      `${file}: extracted ${records.reportId} (${answer.entities} entities, ${answer.relations} relations)${notes}`,
    );
  }

  /** After the last answer: the merged shared entities' lines, then every file closed. */
  finish(): void {
    for (const line of this.shared.lines()) this.csv.write(line);
    this.csv.close();
  }
}
