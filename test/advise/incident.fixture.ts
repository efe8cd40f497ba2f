import type { Incident } from "../../src/domain/incident.js";

/** A neutral incident: nothing stated. Rule examples and tests patch it. */
export function makeIncident(patch: Partial<Incident> = {}): Incident {
  return {
    id: "example-2025-01",
    title: "Example Co data breach",
    victims: ["Example Co"],
    victimGroup: null,
    sector: "other",
    thirdParty: null,
    vendor: null,
    vector: null,
    exposed: [],
    notExposed: [],
    affectedCount: null,
    actors: [],
    detectedAt: null,
    disclosedAt: null,
    regulators: [],
    status: "reported",
    severity: "low",
    campaignId: null,
    conflicts: [],
    firstSeenAt: new Date("2025-01-01T00:00:00Z"),
    updatedAt: new Date("2025-01-01T00:00:00Z"),
    ...patch,
  };
}
