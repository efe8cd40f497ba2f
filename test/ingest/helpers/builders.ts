import type { Extraction, Incident, IncidentDetail, Source } from "../../../src/domain/incident.js";
import type { IncidentWrite, SourceInput } from "../../../src/store/store.port.js";

/** A hand-written extraction: every field explicit, overrides on top. */
export function extraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    isBreachReport: true, incidentKey: "acme-air-2025", victims: ["Acme Air"], victimGroup: null, sector: "airline",
    thirdParty: true, vendor: null, vector: null, exposed: ["name", "email"], notExposed: [], affectedCount: null,
    actors: [], detected: "2025-06-30", disclosed: "2025-07-02", regulators: [], language: "en", text: "", evidence: [],
    ...overrides,
  };
}

export function sourceInput(url: string, outlet: string, published: string, hash = url): SourceInput {
  return { url, outlet, title: `${outlet} story`, publishedAt: new Date(`${published}T00:00:00Z`), language: "en", contentHash: hash, fetchedAt: new Date(`${published}T12:00:00Z`) };
}

/** The detail a store would return after applying `writes` in order (enough for planner tests). */
export function detailFrom(writes: IncidentWrite[]): IncidentDetail {
  const last = writes.at(-1)!;
  const sources: Source[] = writes.map((w, i) => ({ ...w.source, id: `src-${i}`, incidentId: last.incident.id }));
  const drops = (s: IncidentWrite["supersedes"][number], f: IncidentWrite["facts"][number]) =>
    typeof s === "string" ? s === f.field : s.field === f.field && s.stances.includes(f.stance ?? "reported");
  const facts = writes.flatMap((w, i) => w.facts.map((f, j) => ({
    ...f, id: `f-${i}-${j}`, incidentId: last.incident.id, sourceId: `src-${i}`, seenAt: w.at, publishedAt: w.source.publishedAt,
    current: !writes.slice(i + 1).some((later) => later.supersedes.some((s) => drops(s, f))),
  })));
  return { ...last.incident, campaignId: null, firstSeenAt: writes[0]!.at, updatedAt: last.at, sources, facts, changes: [], campaign: null };
}

export function incident(overrides: Partial<Incident> & { id: string }): Incident {
  return {
    title: overrides.id, victims: ["X"], victimGroup: null, sector: "retail", thirdParty: true, vendor: null, vector: null,
    exposed: [], notExposed: [], affectedCount: null, actors: [], detectedAt: null, disclosedAt: null, regulators: [],
    status: "reported", severity: "medium", campaignId: null, conflicts: [], firstSeenAt: new Date("2025-08-01T00:00:00Z"),
    updatedAt: new Date("2025-08-01T00:00:00Z"), ...overrides,
  };
}
