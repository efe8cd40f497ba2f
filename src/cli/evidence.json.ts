import type { Evidence } from "../domain/evidence.js";
import type { Extraction } from "../domain/incident.js";

/** JSON field names of `extract --json`, by extraction field. */
const JSON_FIELD: Record<string, string> = {
  victims: "victims", victimGroup: "victim_group", sector: "sector", thirdParty: "third_party", vendor: "vendor", vector: "vector",
  exposed: "exposed", notExposed: "not_exposed", affectedCount: "affected_count", actors: "actors", detected: "detected", disclosed: "disclosed", regulators: "regulators",
};

/** One value's evidence as printed: value, stance, speaker, unit (counts), quotes with offsets into `evidence.text`. */
function entry(e: Evidence) {
  return { value: e.value, stance: e.stance, speaker: e.speaker, ...(e.unit ? { unit: e.unit } : {}), quotes: e.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end })) };
}

/**
 * The `evidence` object of `extract --json`: `text` (what the offsets index into), then per field (the JSON's own field
 * names) the list of values with their evidence; `yearless` lists day+month dates whose year nothing in the article gives.
 */
export function evidenceJson(x: Extraction): Record<string, unknown> {
  const fields: Record<string, ReturnType<typeof entry>[]> = {};
  for (const e of x.evidence) (fields[JSON_FIELD[e.field] ?? e.field] ??= []).push(entry(e));
  return { text: x.text, ...fields, ...(x.yearless?.length ? { yearless: x.yearless.map((e) => ({ field: JSON_FIELD[e.field] ?? e.field, ...entry(e) })) } : {}) };
}
