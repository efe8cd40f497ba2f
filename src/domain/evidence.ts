import { z } from "zod";

/**
 * How sure a fact is, read from the wording of the sentence that states it.
 * - confirmed: the victim or an authority states it ("Qantas said", a filing, a notification letter);
 * - reported:  an outlet or a third party reports it ("according to sources", "reporting has linked");
 * - claimed:   the attacker claims it (leak-site posts, "the hackers say");
 * - inferred:  the program derived it (a sector from a gazetteer, a vector from context);
 * - denied:    a source states it is NOT so (data stated not taken, a denial of involvement).
 */
export const STANCES = ["confirmed", "reported", "claimed", "inferred", "denied"] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

/** Stronger first: when two sources give the same value, the record keeps the strongest stance. */
const STRENGTH: Record<Stance, number> = { confirmed: 4, reported: 3, claimed: 2, inferred: 1, denied: 0 };
export const stanceStrength = (s: Stance): number => STRENGTH[s];
export const strongerStance = (a: Stance, b: Stance): Stance => (STRENGTH[a] >= STRENGTH[b] ? a : b);

/** What a count counts. Records are not people. */
export const COUNT_UNITS = ["people", "records", "accounts", "unknown"] as const;
export const CountUnitSchema = z.enum(COUNT_UNITS);
export type CountUnit = z.infer<typeof CountUnitSchema>;

/**
 * A verbatim span of the text the extractor read (`Extraction.text`):
 * `text === extraction.text.slice(start, end)` always holds.
 */
export const QuoteSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * One value of one field, as one article supports it: the value, how sure the article is of it,
 * the sentence(s) that say it, and who says it. List fields (victims, exposed, notExposed, actors,
 * regulators) get one entry per element; scalar fields one entry for the value they output.
 */
export const EvidenceSchema = z.object({
  /** A FactField name ("exposed", "affectedCount", "detected", …). */
  field: z.string(),
  /** One element of a list field ("passport", "ShinyHunters") or the scalar value (a number, a date, a name). */
  value: z.unknown(),
  stance: StanceSchema,
  /** At least one: no value without evidence. */
  quotes: z.array(QuoteSchema).min(1),
  /** Who the sentence says is speaking, as written ("Qantas", "the FBI", "The Register", "ShinyHunters"); null when unnamed. */
  speaker: z.string().nullable().default(null),
  /** Counts only: what the number counts. */
  unit: CountUnitSchema.optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;
