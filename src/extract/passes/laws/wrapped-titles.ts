/**
 * A title that wraps a 《》 law: 《中华人民共和国青藏高原生态保护法》实施办法 is a document of its own beside the
 * law. Source: how such measures are titled (立法法 art. 82: a province's rules implementing a law are
 * published as "X省实施《中华人民共和国…法》办法"; the State Council's as "中华人民共和国…法实施条例").
 * In a local report the 实施办法/实施细则 is the report's province's; otherwise, and for any 实施条例, the
 * law's own regulation.
 */
import type { Doc, LawMention } from "../../document.js";
import { lawMention } from "./mention.js";
import { reportScope } from "./scope.js";

const IMPLEMENTING = /^实施(办法|细则|条例)/;

export function wrappedTitles(doc: Doc, laws: readonly LawMention[]): LawMention[] {
  const out: LawMention[] = [];
  const scope = reportScope(doc);
  for (const law of laws) {
    if (law.kind !== "law" || doc.norm[law.end - 1] !== "》") continue;
    const m = IMPLEMENTING.exec(doc.norm.slice(law.end, law.end + 4));
    if (!m) continue;
    const span = { start: law.start, end: law.end + m[0].length };
    const title = doc.norm.slice(law.start + 1, law.end - 1) + m[0];
    const local = m[1] !== "条例" && !scope.national && !!scope.name;
    const canonical = local ? `${scope.name}实施《${law.canonical}》${m[1]}` : law.canonical + m[0];
    out.push(
      lawMention(doc, span, title, { canonical, kind: local ? "local_regulation" : "administrative_regulation" }),
    );
  }
  return out;
}
