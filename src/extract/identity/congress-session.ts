/** The year of a session of the National People's Congress (第N届全国人民代表大会第M次会议). */
import { readTsv } from "../lexicon/tsv.js";

const EARLY = new Map<string, number>(
  readTsv("npc-sessions.tsv").map(([term, session, year]) => [`${term}/${session}`, +year!]),
);

/** null when the term/session pair did not happen (or is not known yet). */
export function npcSessionYear(term: number, session: number): number | null {
  if (term <= 5) return EARLY.get(`${term}/${session}`) ?? null;
  if (session < 1 || session > 5) return null;
  return 1983 + 5 * (term - 6) + (session - 1);
}
