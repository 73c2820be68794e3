/** Test helper: the Cypher queries of the Neo4j Browser guide in README.md (between the guide markers). */
import { readFileSync } from "node:fs";

export const GUIDE_PATH = new URL("../../README.md", import.meta.url);

/** The ```cypher blocks of the guide, with the heading above each. */
export function guideQueries(): { title: string; cypher: string }[] {
  const readme = readFileSync(GUIDE_PATH, "utf8");
  const text = readme.slice(readme.indexOf("<!-- guide:start"), readme.indexOf("<!-- guide:end -->"));
  const out: { title: string; cypher: string }[] = [];
  let title = "";
  for (const part of text.split(/^```/m).map((p, i) => ({ p, code: i % 2 === 1 }))) {
    if (part.code && part.p.startsWith("cypher")) out.push({ title, cypher: part.p.slice("cypher".length).trim() });
    else if (!part.code) title = [...part.p.matchAll(/^#+\s*(.+)$/gm)].pop()?.[1] ?? title;
  }
  return out;
}
