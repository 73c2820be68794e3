/**
 * `npx tsx scripts/report-metadata-score.ts`: how often the extractor reads a work report's year and issuer from
 * the text alone, on the 80 corpus reports of tests/fixtures (52 national 1954-2025, 28 provincial 2026) with their
 * title lines dropped (national: the first two lines, the title the collection added and a blank line; provincial:
 * the title line after the page furniture). The expected year and issuer come from the file names
 * (国务院-2019-政府工作报告.txt -> 2019, 中华人民共和国国务院). Prints each miss, then the totals.
 */
import { extractReport } from "../src/extract/index.js";
import { titleLinesDropped } from "../tests/extract/support/corpus-files.js";

const result = { n: 0, year: 0, issuer: 0 };
for (const file of titleLinesDropped()) {
  const { report } = extractReport(file.text);
  result.n++;
  const yearOk = report.year === file.year;
  const issuerOk = report.issuer === file.issuer;
  if (yearOk) result.year++;
  if (issuerOk) result.issuer++;
  if (!yearOk || !issuerOk)
    console.log(
      `${file.name}: year ${report.year ?? "null"} (want ${file.year}), issuer ${report.issuer ?? "null"} (want ${file.issuer}); title: ${report.title}`,
    );
}
const pct = (k: number) => `${((100 * k) / result.n).toFixed(1)} %`;
console.log(
  `${result.n} reports without title lines: year right ${result.year} (${pct(result.year)}), issuer right ${result.issuer} (${pct(result.issuer)})`,
);
