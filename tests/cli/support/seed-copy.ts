/**
 * The seed report under a title of the test's own (a token in it), written to a temporary folder: its report id
 * differs from the real seed's, so a test can ingest and delete it without touching what other tests load.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedText } from "../../graph/fixtures/seed-fixture.js";

export function seedCopy(
  token: string,
  dir = mkdtempSync(join(tmpdir(), "kg-cli-")),
  name = "seed-copy.txt",
): { dir: string; file: string } {
  const file = join(dir, name);
  writeFileSync(file, seedText().replace("法治政府建设工作的报告", `法治政府建设工作的报告（${token}）`));
  return { dir, file };
}
