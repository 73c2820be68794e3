/** The passes in order. Each is `(doc) => doc`; see passes/NN-*.ts. */
import type { Doc, Pass } from "./document.js";
import { normalize } from "./passes/02-normalize.js";
import { readMetadata } from "./passes/03-metadata.js";
import { findBodyEnd } from "./passes/04-body-end.js";
import { findSections } from "./passes/05-sections.js";
import { splitSentences } from "./passes/06-sentences.js";
import { findJurisdictions } from "./passes/07-jurisdictions.js";
import { findAgencies } from "./passes/08-agencies.js";
import { findLaws } from "./passes/09-laws.js";
import { findPrograms } from "./passes/10-programs.js";
import { findMetrics } from "./passes/11-metrics.js";
import { findRelations } from "./passes/12-relations.js";
import { scopeNames } from "./passes/scope-names.js";
import { findSuccessions } from "./passes/succession.js";

export const PASSES: Pass[] = [
  normalize,
  readMetadata,
  findBodyEnd,
  findSections,
  splitSentences,
  findJurisdictions,
  findAgencies,
  findLaws,
  findPrograms,
  scopeNames, // whose each law and program is, before figures and relations point at them
  findMetrics,
  findRelations,
  findSuccessions, // SUCCEEDED_BY from the dated succession lexicon
];

export function runPasses(doc: Doc, passes: Pass[] = PASSES): Doc {
  return passes.reduce((d, pass) => pass(d), doc);
}
