/** National programs (national-programs.tsv): every written form -> the one name of the program. */
import { readTsv } from "./tsv.js";

/** How program names are compared: NFKC (＋ -> +, （） -> ()) without quotation marks or spaces. */
export function programKey(name: string): string {
  return name.normalize("NFKC").replace(/[“”"'‘’「」『』\s]/g, "");
}

export const nationalPrograms = new Map<string, string>();
for (const [name, variants] of readTsv("national-programs.tsv")) {
  for (const form of [name, ...(variants ? variants.split(",") : [])])
    nationalPrograms.set(programKey(form), programKey(name));
}
