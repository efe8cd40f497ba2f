import { VECTOR_WORDS, classWords, FIELD_LABELS } from "../../domain/field-labels.js";
import type { Fact, FactField, IncidentDetail } from "../../domain/incident.js";
import type { View, ViewSection } from "../../domain/view.js";
import { actorWords, attributionOf, figureLine, figuresOf, quotesOf, supportOf } from "./fact.words.js";
import { formatValue, plural } from "./format.js";
import { incidentContext } from "./incident.view.js";
import { finishView } from "./view.builder.js";

/** Words people type after `evidence ID` → the fields they mean. Knowledge as data. */
export const EVIDENCE_FIELD_WORDS: Record<string, FactField[]> = {
  victim: ["victims", "victimGroup"], victims: ["victims", "victimGroup"], group: ["victimGroup"], sector: ["sector"],
  vendor: ["vendor", "thirdParty"], platform: ["vendor", "thirdParty"], "third-party": ["thirdParty"], vector: ["vector"], how: ["vector"],
  data: ["exposed", "notExposed"], exposed: ["exposed"], taken: ["exposed"], "not-taken": ["notExposed"], notexposed: ["notExposed"],
  count: ["affectedCount"], affected: ["affectedCount"], affectedcount: ["affectedCount"], number: ["affectedCount"], people: ["affectedCount"],
  actor: ["actors"], actors: ["actors"], who: ["actors"], attacker: ["actors"], attackers: ["actors"],
  date: ["detected", "disclosed"], dates: ["detected", "disclosed"], detected: ["detected"], disclosed: ["disclosed"], when: ["detected", "disclosed"],
  regulator: ["regulators"], regulators: ["regulators"], authorities: ["regulators"],
};

/** Every fact field, in the order the card shows them. */
const ORDER: FactField[] = ["victims", "victimGroup", "sector", "thirdParty", "vendor", "vector", "affectedCount", "exposed", "notExposed", "actors", "detected", "disclosed", "regulators"];

/** One heading per value the incident holds for a field, worded by its stance. */
function valuesOf(d: IncidentDetail, field: FactField): { value: unknown; heading: string }[] {
  const label = FIELD_LABELS[field].charAt(0).toUpperCase() + FIELD_LABELS[field].slice(1);
  const one = (value: unknown, text: string) => ({ value, heading: `${label}: ${text} — ${attributionOf(d, field, value)}` });
  switch (field) {
    case "victims": return d.victims.map((v) => one(v, v));
    case "exposed": case "notExposed": return d[field].map((c) => one(c, classWords(c)));
    case "regulators": return d.regulators.map((r) => one(r, r));
    case "actors": return d.actors.map((a) => ({ value: a.name, heading: `${label}: ${actorWords(d, a)}` }));
    case "affectedCount": return figuresOf(d).map((f) => ({ value: f.value, heading: `${label}: ${figureLine(d, f)}` }));
    case "vector": return d.vector ? [one(d.vector, VECTOR_WORDS[d.vector])] : [];
    case "detected": return d.detectedAt ? [one(d.detectedAt, d.detectedAt)] : [];
    case "disclosed": return d.disclosedAt ? [one(d.disclosedAt, d.disclosedAt)] : [];
    case "victimGroup": return d.victimGroup ? [one(d.victimGroup, d.victimGroup)] : [];
    case "sector": return [one(d.sector, d.sector)];
    case "thirdParty": return d.thirdParty !== null ? [one(d.thirdParty, d.thirdParty ? "yes" : "no")] : [];
    case "vendor": return d.vendor ? [one(d.vendor, d.vendor)] : [];
    default: return [];
  }
}

const NO_QUOTE = "No sentence stored for this value (recorded before evidence was kept, or derived by Breach Radar).";

function sectionFor(d: IncidentDetail, field: FactField, value: unknown, heading: string): ViewSection {
  const facts: Fact[] = supportOf(d, field, value).facts;
  const quotes = quotesOf(d, facts);
  return quotes.length > 0 ? { heading, quotes } : { heading, text: facts.length > 0 ? NO_QUOTE : `No source gives this value: ${formatValue(value)} was derived by Breach Radar.` };
}

/**
 * `evidence ID [field]`: the sentences behind each fact (or one field's facts), quoted verbatim
 * with outlet, date and link, each value worded by its stance.
 */
export function evidenceView(d: IncidentDetail, fields: FactField[] | null, asked?: string): View {
  const wanted = fields ?? ORDER;
  const sections = wanted.flatMap((field) => valuesOf(d, field).map((v) => sectionFor(d, field, v.value, v.heading)));
  const quoted = sections.reduce((n, s) => n + (s.quotes?.length ?? 0), 0);
  return finishView({
    kind: "evidence",
    title: `Why: ${d.title}`,
    subtitle: asked ? `Evidence for "${asked}" · ${plural(quoted, "sentence")} quoted` : `${plural(quoted, "sentence")} quoted from ${plural(d.sources.length, "source")}`,
    sections: sections.length > 0 ? sections : [{ text: asked ? `Nothing is recorded for "${asked}" yet.` : "Nothing is recorded yet." }],
    actions: [
      { id: "show", label: "Incident", command: `show ${d.id}` },
      { id: "sources", label: "Sources", command: `sources ${d.id}` },
    ],
    context: incidentContext(d),
    incidentId: d.id,
    ephemeral: true,
  });
}
