import { stanceStrength, type CountUnit, type Quote, type Stance } from "./evidence.js";
import type { FactField } from "./incident.js";

/**
 * How sure the record is of each current value of an incident, keyed by field for scalar fields
 * ("vendor", "affectedCount") and by field and element for list fields ("exposed:email",
 * "actors:shinyhunters"). The stance is the strongest any current source gives that value.
 */
export type FactStances = Record<string, Stance>;

/** Fields whose value is a list: one stance per element. */
export const LIST_FIELDS: ReadonlySet<FactField> = new Set<FactField>(["victims", "exposed", "notExposed", "actors", "regulators"]);

/** The element name of a list value ("email", { name: "ShinyHunters" } → "shinyhunters"), lower case. */
export function elementKey(value: unknown): string {
  if (value && typeof value === "object" && "name" in value) return String((value as { name: unknown }).name).toLowerCase();
  return String(value).toLowerCase();
}

/** The key of one value in a FactStances record. */
export function stanceKey(field: FactField, value?: unknown): string {
  return LIST_FIELDS.has(field) && value !== undefined ? `${field}:${elementKey(value)}` : field;
}

/**
 * The stance of one value. Unknown (a record written before stances existed, or a hand-built
 * incident) reads as "reported": never stronger than what a news report says.
 */
export function stanceOf(stances: FactStances | undefined, field: FactField, value?: unknown): Stance {
  return stances?.[stanceKey(field, value)] ?? (field === "notExposed" ? "denied" : "reported");
}

/** The weakest of several stances (a sentence relying on several facts is only as sure as the least sure). */
export function weakestStance(stances: Stance[]): Stance {
  const affirmative = stances.filter((s) => s !== "denied");
  if (affirmative.length === 0) return stances[0] ?? "reported";
  return affirmative.reduce((a, b) => (stanceStrength(a) <= stanceStrength(b) ? a : b));
}

/** One figure for the size of an incident, as its sources give it: confirmed and claimed figures are kept apart. */
export interface CountFigure {
  value: number;
  unit: CountUnit;
  stance: Stance;
  /** Who gives the figure, as written ("Qantas", "ShinyHunters"), when a source names them. */
  speaker: string | null;
  /** Canonical URLs of the sources that give it. */
  sources: string[];
}

/** The evidence a stored fact keeps (see Evidence in evidence.ts). */
export interface FactEvidence {
  stance: Stance;
  /** Verbatim sentences of the source's text with offsets into it; empty for facts stored before evidence existed. */
  quotes: Quote[];
  speaker: string | null;
  unit: CountUnit | null;
}
