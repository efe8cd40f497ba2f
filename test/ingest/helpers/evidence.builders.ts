import type { CountUnit, Evidence, Stance } from "../../../src/domain/evidence.js";
import type { Extraction } from "../../../src/domain/incident.js";
import { extraction } from "./builders.js";

/** One value with the sentence that says it (written for these tests), its stance and speaker. */
export interface Said {
  field: string;
  value: unknown;
  stance: Stance;
  sentence: string;
  speaker?: string | null;
  unit?: CountUnit;
}

/**
 * An extraction whose `text` is the given sentences (title first, one per line) and whose
 * evidence quotes them with real offsets, as the extractor's contract says.
 */
export function extractionSaying(overrides: Partial<Extraction>, said: Said[], title = "Airline reports customer data theft"): Extraction {
  const sentences = [title, ...new Set(said.map((s) => s.sentence))];
  const text = sentences.join("\n");
  const evidence: Evidence[] = said.map((s) => {
    const start = text.indexOf(s.sentence);
    return {
      field: s.field, value: s.value, stance: s.stance, speaker: s.speaker ?? null,
      quotes: [{ text: s.sentence, start, end: start + s.sentence.length }], ...(s.unit ? { unit: s.unit } : {}),
    };
  });
  return extraction({ ...overrides, text, evidence });
}
