import type { Stance } from "../../src/domain/evidence.js";
import { stanceKey, type CountFigure, type FactStances } from "../../src/domain/fact-stance.js";
import type { Fact, FactField, IncidentDetail, Source } from "../../src/domain/incident.js";
import { makeIncident } from "../advise/incident.fixture.js";

/** Our own invented incidents (no article text): each value carries the stance the test gives it. */
export interface StancedValue { field: FactField; value: unknown; stance: Stance; speaker?: string | null; source?: 0 | 1 }

const SOURCES: Source[] = [
  { id: "s1", url: "https://news.example.test/a", outlet: "Example Wire", title: "First report", publishedAt: new Date("2025-07-02T08:00:00Z"), language: "en", contentHash: "h1", fetchedAt: new Date("2026-12-01T09:00:00Z"), incidentId: "x" },
  { id: "s2", url: "https://news.example.test/b", outlet: "Daily Sample", title: "Second report", publishedAt: new Date("2025-07-09T08:00:00Z"), language: "en", contentHash: "h2", fetchedAt: new Date("2026-12-01T09:05:00Z"), incidentId: "x" },
];

/** An incident detail whose facts and stances are exactly `values` (counts from affectedCount facts). */
export function stancedIncident(patch: Parameters<typeof makeIncident>[0], values: StancedValue[]): IncidentDetail {
  const base = makeIncident(patch);
  const stances: FactStances = {};
  const facts: Fact[] = [];
  const counts: CountFigure[] = [];
  for (const [i, v] of values.entries()) {
    stances[stanceKey(v.field, v.value)] ??= v.stance;
    const src = SOURCES[v.source ?? 0]!;
    const text = `Invented sentence ${i} about ${v.field}.`;
    facts.push({ id: `f${i}`, incidentId: base.id, field: v.field, value: v.value, sourceId: src.id, seenAt: src.fetchedAt, publishedAt: src.publishedAt, current: true, stance: v.stance, speaker: v.speaker ?? null, unit: v.field === "affectedCount" ? (v.stance === "claimed" ? "records" : "people") : null, quotes: [{ text, start: 0, end: text.length }] });
    if (v.field === "affectedCount") counts.push({ value: v.value as number, unit: v.stance === "claimed" ? "records" : "people", stance: v.stance, speaker: v.speaker ?? null, sources: [src.url] });
  }
  return { ...base, stances, counts, sources: SOURCES.map((s) => ({ ...s, incidentId: base.id })), facts, changes: [], campaign: null };
}

/** An airline incident: victim confirmed, data confirmed and reported, a not-taken statement, confirmed and claimed counts, a claimed actor. */
export const skylark = (): IncidentDetail => stancedIncident(
  {
    id: "skylark-2025-07", title: "Skylark Air customer data breach", victims: ["Skylark Air"], sector: "airline", thirdParty: true, vendor: "Salesforce",
    vector: "vishing", exposed: ["name", "email", "date_of_birth", "loyalty_number"], notExposed: ["passport", "payment_card", "password"],
    affectedCount: 1_200_000, actors: [{ name: "ShinyHunters", role: "claimed" }], detectedAt: "2025-06-30", disclosedAt: "2025-07-02",
  },
  [
    { field: "victims", value: "Skylark Air", stance: "confirmed", speaker: "Skylark Air" },
    { field: "thirdParty", value: true, stance: "confirmed", speaker: "Skylark Air" },
    { field: "vendor", value: "Salesforce", stance: "reported", source: 1 },
    { field: "vector", value: "vishing", stance: "reported", source: 1 },
    { field: "exposed", value: "name", stance: "confirmed", speaker: "Skylark Air" },
    { field: "exposed", value: "email", stance: "confirmed", speaker: "Skylark Air" },
    { field: "exposed", value: "loyalty_number", stance: "confirmed", speaker: "Skylark Air" },
    { field: "exposed", value: "date_of_birth", stance: "reported", source: 1 },
    { field: "notExposed", value: "passport", stance: "denied", speaker: "Skylark Air" },
    { field: "notExposed", value: "payment_card", stance: "denied", speaker: "Skylark Air" },
    { field: "notExposed", value: "password", stance: "denied", speaker: "Skylark Air" },
    { field: "affectedCount", value: 1_200_000, stance: "confirmed", speaker: "Skylark Air" },
    { field: "affectedCount", value: 4_000_000, stance: "claimed", speaker: "ShinyHunters", source: 1 },
    { field: "actors", value: { name: "ShinyHunters", role: "claimed" }, stance: "claimed", speaker: "ShinyHunters", source: 1 },
    { field: "detected", value: "2025-06-30", stance: "confirmed", speaker: "Skylark Air" },
    { field: "disclosed", value: "2025-07-02", stance: "confirmed", speaker: "Skylark Air" },
  ],
);

/** A retailer incident known only from the press and the attackers: nothing confirmed, the way in only inferred. */
export const harbourMart = (): IncidentDetail => stancedIncident(
  {
    id: "harbour-mart-2025-08", title: "Harbour Mart breach", victims: ["Harbour Mart"], sector: "retail", thirdParty: null, vendor: "Snowflake",
    vector: "stolen_credentials", exposed: ["name", "postal_address", "purchase_history", "payment_card"], notExposed: [],
    affectedCount: 300_000, actors: [{ name: "UNC5537", role: "suspected" }],
  },
  [
    { field: "victims", value: "Harbour Mart", stance: "reported" },
    { field: "vendor", value: "Snowflake", stance: "reported" },
    { field: "vector", value: "stolen_credentials", stance: "inferred" },
    { field: "exposed", value: "name", stance: "reported" },
    { field: "exposed", value: "postal_address", stance: "reported" },
    { field: "exposed", value: "purchase_history", stance: "reported" },
    { field: "exposed", value: "payment_card", stance: "claimed", speaker: "the hackers", source: 1 },
    { field: "affectedCount", value: 300_000, stance: "claimed", speaker: "the hackers", source: 1 },
    { field: "actors", value: { name: "UNC5537", role: "suspected" }, stance: "reported", source: 1 },
  ],
);
