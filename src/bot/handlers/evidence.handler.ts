import type { FactField } from "../../domain/incident.js";
import type { Handler } from "../bot.env.js";
import { EVIDENCE_FIELD_WORDS, evidenceView } from "../views/evidence.view.js";
import { resolveIncident } from "./incident.resolver.js";

/** Splits "qantas-2025-06 count" / "air france actors" into the incident reference and a field word. */
export function splitEvidenceRef(ref: string): { ref: string; field: string | null; fields: FactField[] | null } {
  const words = ref.trim().split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? "";
  const fields = words.length > 1 ? EVIDENCE_FIELD_WORDS[last] : undefined;
  return fields ? { ref: words.slice(0, -1).join(" "), field: last, fields } : { ref: ref.trim(), field: null, fields: null };
}

/** `evidence ID [field]`: the sentences behind each fact, quoted with outlet, date and link (the "Why?" button). */
export const evidenceHandler: Handler<"evidence"> = async (cmd, _ctx, env) => {
  const { ref, field, fields } = splitEvidenceRef(cmd.ref);
  const found = await resolveIncident(ref, env, "evidence");
  if (!found.ok) return found.view;
  return evidenceView(found.detail, fields, field ?? undefined);
};
