/**
 * The gold annotation format of tests/fixtures/dev-reports/README.md ("Gold format"), checked on read so a
 * malformed file is one clear line instead of a score of zero. Pure: the caller reads the file.
 */
import { z } from "zod";

export const CATEGORIES = ["agencies", "laws", "programs", "jurisdictions"] as const;
export type Category = (typeof CATEGORIES)[number];

const entity = z.object({
  canonical: z.string().optional(),
  name: z.string().optional(),
  kind: z.string().optional(),
  mentions: z.array(z.string()),
});

const goldSchema = z.object({
  report: z.looseObject({
    title: z.string().nullable().optional(),
    issuer: z.string().nullable().optional(),
    jurisdiction: z.string().nullable().optional(),
    year: z.number().nullable().optional(),
    publishedAt: z.string().nullable().optional(),
  }),
  agencies: z.array(entity),
  laws: z.array(entity),
  programs: z.array(entity),
  jurisdictions: z.array(entity),
  uncertain: z
    .array(z.looseObject({ category: z.string(), text: z.string(), note: z.string().optional() }))
    .default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldEntity = z.infer<typeof entity>;

export class GoldFormatError extends Error {
  readonly code = "BAD_USER_INPUT";
}

/** The gold's name for an entity: `canonical` (agencies, laws, jurisdictions) or `name` (programs). */
export const goldName = (g: GoldEntity): string => g.canonical ?? g.name ?? "";

/** Parses and checks one gold file's text; `label` names it in the error. */
export function parseGold(json: string, label: string): Gold {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new GoldFormatError(`${label}: not JSON (${(error as Error).message})`);
  }
  const parsed = goldSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GoldFormatError(`${label}: not a gold file: ${issue?.path.join(".") || "(top)"}: ${issue?.message}`);
  }
  for (const c of CATEGORIES) {
    const i = parsed.data[c].findIndex((g) => !goldName(g));
    if (i >= 0) throw new GoldFormatError(`${label}: not a gold file: ${c}.${i} has neither canonical nor name`);
  }
  return parsed.data;
}
