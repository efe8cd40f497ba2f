import { describe, expect, it } from "vitest";
import { actorShape, evidenceOf, incidentToStix, stixId, uuidv5, BREACH_RADAR_NAMESPACE, EXTENSION_ID, STANCE_CONFIDENCE } from "../../src/export/index.js";
import { advise } from "../../src/advise/index.js";
import type { ExportIncident } from "../../src/store/store.port.js";
import { stixErrors } from "./stix.validator.js";

const base: ExportIncident = {
  id: "acme-air-2025-07", title: "Acme Air customer data stolen", victims: ["Acme Air"], victimGroup: null, sector: "airline", thirdParty: true,
  vendor: "Salesforce", vector: "vishing", exposed: ["name", "email"], notExposed: ["passport"], affectedCount: 1_200_000,
  actors: [{ name: "ShinyHunters", role: "claimed" }, { name: "UNC6040", role: "suspected" }], detectedAt: "2025-06-30", disclosedAt: "2025-07-02",
  regulators: ["OAIC"], status: "confirmed", severity: "high", campaignId: null, conflicts: [],
  firstSeenAt: new Date("2025-07-02T08:00:00Z"), updatedAt: new Date("2025-07-05T09:30:00.123Z"),
  sources: [{ id: "s1", url: "https://news.example.test/acme", outlet: "Example News", title: "Acme Air breach", publishedAt: new Date("2025-07-02T00:00:00Z"), language: "en", contentHash: "x", fetchedAt: new Date("2025-07-02T08:00:00Z"), incidentId: "acme-air-2025-07" }],
  facts: [
    { id: "f1", incidentId: "acme-air-2025-07", field: "actors", value: [{ name: "ShinyHunters", role: "claimed" }, { name: "UNC6040", role: "suspected" }], sourceId: "s1", seenAt: new Date("2025-07-02T08:00:00Z"), current: true },
    { id: "f2", incidentId: "acme-air-2025-07", field: "affectedCount", value: 1_200_000, sourceId: "s1", seenAt: new Date("2025-07-02T08:00:00Z"), current: true },
  ],
  campaign: null,
};

describe("STIX ids", () => {
  it("UUIDv5 matches the RFC 4122 test vector and ids are deterministic per key", () => {
    expect(uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(stixId("incident", "qantas-2025-06")).toBe(stixId("incident", "qantas-2025-06"));
    expect(stixId("incident", "qantas-2025-06")).not.toBe(stixId("incident", "qantas-2025-07"));
    expect(stixId("incident", "x")).toMatch(/^incident--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("the fast id path gives the same UUIDv5 as the reference one, for short, non-ASCII and over-long keys", () => {
    const keys = ["qantas-2025-06", "org:société générale", "org:顧客データ 🛫", "", "x".repeat(1400), "é".repeat(3000)];
    for (const key of keys) {
      for (const type of ["incident", "relationship", "identity"]) {
        expect(stixId(type, key), `${type}:${key.slice(0, 20)}`).toBe(`${type}--${uuidv5(BREACH_RADAR_NAMESPACE, `${type}:${key}`)}`);
      }
    }
  });
});

describe("actors", () => {
  it("keeps distinct clusters distinct and out of a group's aliases; unknown names become threat actors of unknown type", () => {
    const shiny = actorShape("ShinyHunters");
    const unc = actorShape("UNC6040");
    expect(shiny.type).toBe("threat-actor");
    expect(unc.type).toBe("intrusion-set");
    expect(unc.id).not.toBe(shiny.id);
    expect(shiny.aliases).not.toContain("UNC6040");
    expect(shiny.aliases).toContain("Shiny Hunters");
    expect(actorShape("Scattered Spider").aliases).toContain("UNC3944");
    expect(actorShape("shinyhunters").id).toBe(shiny.id);
    expect(actorShape("Totally New Crew")).toMatchObject({ type: "threat-actor", threatActorTypes: ["unknown"] });
  });
});

describe("evidence reader: the one place stance comes from", () => {
  it("falls back on the current model: actor roles, denied for not exposed, inferred sector, reported otherwise", () => {
    const ev = evidenceOf(base);
    expect(ev.stanceOf("actors", "ShinyHunters")).toBe("claimed");
    expect(ev.stanceOf("actors", "UNC6040")).toBe("reported");
    expect(ev.stanceOf("notExposed", "passport")).toBe("denied");
    expect(ev.stanceOf("sector")).toBe("inferred");
    expect(ev.stanceOf("vendor")).toBe("reported");
    expect(ev.counts()).toEqual([{ value: 1_200_000, unit: "unknown", stance: "reported", speaker: null, sources: ["https://news.example.test/acme"] }]);
    expect(ev.sourcesFor("actors", "UNC6040").map((s) => s.id)).toEqual(["s1"]);
    expect(ev.sourcesFor("vendor")).toEqual([]);
  });

  it("reads stances, count figures and quotes when the store provides them (evidence issue), and the STIX objects carry them", () => {
    const withEvidence = {
      ...base,
      stances: { "actors:shinyhunters": "claimed", "actors:unc6040": "confirmed", vendor: "confirmed", "exposed:email": "confirmed" },
      counts: [{ value: 1_200_000, unit: "people", stance: "confirmed", speaker: "Acme Air", sources: ["https://news.example.test/acme"] }, { value: 6_000_000, unit: "records", stance: "claimed", speaker: "ShinyHunters", sources: ["https://news.example.test/acme"] }],
      facts: [{ ...base.facts[0]!, field: "vendor" as const, value: "Salesforce", quotes: [{ text: "Acme Air said the data sat on its Salesforce instance.", start: 0, end: 54 }], stance: "confirmed" }],
    } as unknown as ExportIncident;
    const ev = evidenceOf(withEvidence);
    expect(ev.stanceOf("actors", "UNC6040")).toBe("confirmed");
    expect(ev.stanceOf("exposed", "email")).toBe("confirmed");
    expect(ev.stanceOf("exposed", "name")).toBe("reported");
    expect(ev.counts().map((c) => [c.value, c.unit, c.stance])).toEqual([[1_200_000, "people", "confirmed"], [6_000_000, "records", "claimed"]]);
    expect(ev.quotesFor("vendor")).toEqual([{ text: "Acme Air said the data sat on its Salesforce instance.", source: "https://news.example.test/acme" }]);

    const { shared, own } = incidentToStix(withEvidence, advise(withEvidence));
    for (const o of [...shared, ...own]) expect(stixErrors(o)).toEqual([]);
    const rels = own.filter((o) => o.type === "relationship");
    const unc = shared.find((o) => o.name === "UNC6040")!;
    const attributed = rels.find((r) => r.relationship_type === "attributed-to" && r.target_ref === unc.id)!;
    expect(attributed.confidence).toBe(STANCE_CONFIDENCE.confirmed);
    expect((attributed.extensions as Record<string, { stance: string }>)[EXTENSION_ID]!.stance).toBe("confirmed");
    const vendorRel = rels.find((r) => r.relationship_type === "related-to" && (r.extensions as Record<string, { role?: string }>)[EXTENSION_ID]!.role === "vendor")!;
    expect((vendorRel.extensions as Record<string, { quotes: unknown[] }>)[EXTENSION_ID]!.quotes).toHaveLength(1);
    const incident = own.find((o) => o.type === "incident")!;
    expect((incident.extensions as Record<string, { counts: unknown[] }>)[EXTENSION_ID]!.counts).toHaveLength(2);
  });

  it("never emits a relationship for a denied actor, and courses of action carry advisory links and ATT&CK ids when advice gives them", () => {
    const denied = { ...base, stances: { "actors:unc6040": "denied" } } as ExportIncident;
    const advice = advise(denied);
    const withRefs = { ...advice, actions: advice.actions.map((a, k) => (k === 0 ? { ...a, advisories: [{ url: "https://www.cisa.gov/advisory", title: "Advisory", source: "" }], techniques: ["T1566.004", "not-an-id"] } : a)) };
    const { shared, own } = incidentToStix(denied, withRefs);
    const unc = actorShape("UNC6040");
    expect(own.some((o) => o.type === "relationship" && o.target_ref === unc.id)).toBe(false);
    const coa = shared.find((o) => o.type === "course-of-action" && Array.isArray(o.external_references))!;
    expect(coa.external_references).toEqual([
      { source_name: "cisa.gov", url: "https://www.cisa.gov/advisory", description: "Advisory" },
      { source_name: "mitre-attack", external_id: "T1566.004", url: "https://attack.mitre.org/techniques/T1566/004/" },
    ]);
    expect(stixErrors(coa)).toEqual([]);
  });
});
