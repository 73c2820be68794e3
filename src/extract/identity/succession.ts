/**
 * Which body took over from an agency (agency-succession.tsv), in the agency's own jurisdiction: 荆州市沙市区
 * 卫生和计划生育局 -> 荆州市沙市区卫生健康局 (2018), 国家计划委员会 -> 国家发展计划委员会 (1998).
 */
import type { AgencyRef } from "../document.js";
import { governmentPrefix } from "../canonical.js";
import { agencyId } from "./ids.js";
import { localSuccessors, nationalSuccessors, type Succession } from "../lexicon/agency-succession.js";

export interface SuccessorOf {
  ref: AgencyRef;
  succession: Succession;
}

/** The bodies that took over from `ref`, as refs of the same jurisdiction. */
export function successorsOf(ref: AgencyRef): SuccessorOf[] {
  if (ref.level === "national" || !ref.jurisdictionCode) {
    return (nationalSuccessors.get(ref.name) ?? []).map((succession) => ({
      succession,
      ref: { id: agencyId(succession.successor), name: succession.successor, kind: ref.kind, level: "national" },
    }));
  }
  const prefix = governmentPrefix(ref.jurisdictionCode);
  if (!ref.name.startsWith(prefix)) return [];
  return (localSuccessors.get(ref.name.slice(prefix.length)) ?? []).map((succession) => {
    const name = prefix + succession.successor.slice("{J}".length);
    return { succession, ref: { ...ref, id: agencyId(name), name } };
  });
}
