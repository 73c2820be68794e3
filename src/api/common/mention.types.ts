/** Mention edges both ways; declared once so every entity type shares them. */
import { Report } from "../report/report.type.js";
import { Entity } from "./node.interface.js";
import { MentionTypes } from "./relation.type.js";

export const ReportMention = MentionTypes("Report", () => Report);
export const EntityMention = MentionTypes("Entity", () => Entity);
