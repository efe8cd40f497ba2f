import type { IncidentWrite, SourceInput } from "../../src/store/store.port.js";

/** A plausible incident write; override any part. Text is invented for tests. */
export function makeWrite(overrides: {
  id?: string;
  incident?: Partial<IncidentWrite["incident"]>;
  source?: Partial<SourceInput>;
  facts?: IncidentWrite["facts"];
  supersedes?: IncidentWrite["supersedes"];
  changes?: IncidentWrite["changes"];
  at?: Date;
  isNew?: boolean;
} = {}): IncidentWrite {
  const id = overrides.id ?? "qantas-2025-06";
  const at = overrides.at ?? new Date("2025-07-02T10:00:00Z");
  return {
    incident: {
      id,
      title: "Qantas customer data taken from a call-centre platform",
      victims: ["Qantas"],
      victimGroup: null,
      sector: "airline",
      thirdParty: true,
      vendor: "Salesforce",
      vector: "vishing",
      exposed: ["email", "phone"],
      notExposed: ["payment_card"],
      affectedCount: 5_700_000,
      actors: [{ name: "Scattered Spider", role: "suspected" }],
      detectedAt: "2025-06-30",
      disclosedAt: "2025-07-02",
      regulators: ["OAIC"],
      status: "confirmed",
      severity: "high",
      conflicts: [],
      ...overrides.incident,
    },
    isNew: overrides.isNew ?? true,
    source: {
      url: `https://news.example.test/${id}/first`,
      outlet: "Example News",
      title: "Airline confirms customer data theft",
      publishedAt: new Date("2025-07-02T08:00:00Z"),
      language: "en",
      contentHash: "hash-1",
      fetchedAt: at,
      ...overrides.source,
    },
    facts: overrides.facts ?? [
      { field: "affectedCount", value: 5_700_000 },
      { field: "exposed", value: ["email", "phone"] },
      { field: "vendor", value: "Salesforce" },
    ],
    supersedes: overrides.supersedes ?? [],
    changes: overrides.changes ?? [{ kind: "new_incident", field: null, text: "New incident: Qantas" }],
    at,
  };
}
