/** Pass 2: the folded twin of the text (same length), which every later pass searches. */
import type { Doc } from "../document.js";
import { foldText } from "../util/fold.js";

export function normalize(doc: Doc): Doc {
  return { ...doc, norm: foldText(doc.text) };
}
