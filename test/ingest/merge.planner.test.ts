import { describe, expect, it } from "vitest";
import { planMerge } from "../../src/ingest/merge.planner.js";
import { formatCount } from "../../src/ingest/merge.rules.js";
import { detailFrom, extraction, sourceInput } from "./helpers/builders.js";

const NOW = new Date("2025-07-10T00:00:00Z");
const texts = (w: { changes: { text: string }[] }) => w.changes.map((c) => c.text);

describe("planMerge", () => {
  it("creates a new incident with one fact per reported field", () => {
    const w = planMerge(null, extraction({ affectedCount: 6_000_000, actors: [{ name: "Scattered Spider", role: "suspected" }] }), sourceInput("https://a.example/1", "Wire A", "2025-07-02"), NOW, { newId: "acme-air-2025-06", title: "Acme Air breach", severityOf: () => "high" });
    expect(w.isNew).toBe(true);
    expect(w.incident).toMatchObject({ id: "acme-air-2025-06", title: "Acme Air breach", severity: "high", affectedCount: 6_000_000, detectedAt: "2025-06-30", status: "reported" });
    expect(w.facts.map((f) => f.field).sort()).toEqual(["actors", "affectedCount", "detected", "disclosed", "exposed", "exposed", "sector", "thirdParty", "victims"]);
    expect(w.facts.filter((f) => f.field === "exposed").map((f) => f.value)).toEqual(["name", "email"]);
    expect(texts(w)[0]).toBe("First report: Acme Air breach, 6M affected (reported, not confirmed) (Wire A)");
    expect(w.reportedAt).toEqual(new Date("2025-07-02T00:00:00Z"));
    expect(() => planMerge(null, extraction(), sourceInput("https://a.example/1", "A", "2025-07-02"), NOW)).toThrow(/newId/);
  });

  it("merges a second source: union of classes, strongest actor role, vendor, regulators, revised count", () => {
    const first = planMerge(null, extraction({ affectedCount: 6_000_000, notExposed: ["passport", "payment_card"], actors: [{ name: "Scattered Spider", role: "suspected" }] }), sourceInput("https://a.example/1", "Wire A", "2025-07-02"), NOW, { newId: "acme-air-2025-06" });
    const second = planMerge(detailFrom([first]), extraction({
      exposed: ["name", "date_of_birth", "loyalty_number"], notExposed: ["password"], affectedCount: 5_700_000, vendor: "Salesforce",
      actors: [{ name: "Scattered Spider", role: "attributed" }, { name: "ShinyHunters", role: "claimed" }], regulators: ["OAIC"], detected: "2025-06-29",
    }), sourceInput("https://b.example/2", "Wire B", "2025-07-09"), NOW, {});
    expect(second.isNew).toBe(false);
    expect(second.incident.id).toBe("acme-air-2025-06");
    expect(texts(second)).toEqual([
      'New report: Wire B — "Wire B story"',
      "Data taken: dates of birth (reported by Wire B, not confirmed by the company)",
      "Data taken: loyalty / frequent-flyer numbers (reported by Wire B, not confirmed by the company)",
      "Stated not taken: passwords / credentials (Wire B)",
      "Count revised 6M → 5.7M affected (reported by Wire B, not confirmed by the company)",
      "Actor linked: Scattered Spider (reported by Wire B, not confirmed by the company)",
      "Actor claims responsibility: ShinyHunters (the attackers claim this, unverified)",
      "Vendor named: Salesforce (reported by Wire B, not confirmed by the company)",
      "Regulator or authority named: OAIC",
      "Detection date: 2025-06-29 (earlier reports said 2025-06-30)",
    ]);
    expect(second.supersedes).toEqual([{ field: "affectedCount", stances: ["reported"] }]);
    expect(second.incident).toMatchObject({ affectedCount: 5_700_000, vendor: "Salesforce", regulators: ["OAIC"], detectedAt: "2025-06-29" });
    expect(second.incident.exposed).toEqual(["name", "email", "date_of_birth", "loyalty_number"]);
    expect(second.incident.notExposed).toEqual(["passport", "payment_card", "password"]);
    expect(second.incident.actors).toEqual([{ name: "Scattered Spider", role: "attributed" }, { name: "ShinyHunters", role: "claimed" }]);
  });

  it("keeps the newer count when an older article arrives late", () => {
    const newer = planMerge(null, extraction({ affectedCount: 5_700_000 }), sourceInput("https://a.example/new", "A", "2025-07-09"), NOW, { newId: "x-2025-06" });
    const older = planMerge(detailFrom([newer]), extraction({ affectedCount: 6_000_000 }), sourceInput("https://b.example/old", "B", "2025-07-02"), NOW);
    expect(older.incident.affectedCount).toBe(5_700_000);
    expect(older.supersedes).toEqual([]);
    expect(older.facts).toContainEqual(expect.objectContaining({ field: "affectedCount", value: 6_000_000, stance: "reported" }));
  });

  it("records conflicts instead of overwriting: a different vendor, and a class stated both taken and not taken", () => {
    const first = planMerge(null, extraction({ vendor: "Salesforce", notExposed: ["passport"] }), sourceInput("https://a.example/1", "A", "2025-07-02"), NOW, { newId: "x-2025-06" });
    const second = planMerge(detailFrom([first]), extraction({ vendor: "Zendesk", exposed: ["passport"] }), sourceInput("https://b.example/2", "B", "2025-07-05"), NOW);
    expect(texts(second)).toContain("Sources disagree on the vendor: Salesforce (earlier) vs Zendesk (reported by B, not confirmed by the company)");
    expect(texts(second)).toContain("Sources disagree on passport data: B says taken, earlier stated not taken");
    expect(second.incident.vendor).toBe("Salesforce");
    expect(second.incident.exposed).toContain("passport");
    expect(second.incident.notExposed).not.toContain("passport");
    expect(second.incident.conflicts).toEqual([
      { field: "exposed", values: [{ value: "passport taken", sourceIds: ["https://b.example/2"], stance: "reported" }, { value: "passport not taken", sourceIds: ["https://a.example/1"], stance: "denied" }] },
      { field: "vendor", values: [{ value: "Salesforce", sourceIds: ["https://a.example/1"], stance: "reported" }, { value: "Zendesk", sourceIds: ["https://b.example/2"], stance: "reported" }] },
    ]);
  });

  it("produces only 'new source' when a second outlet repeats the same facts", () => {
    const first = planMerge(null, extraction(), sourceInput("https://a.example/1", "A", "2025-07-02"), NOW, { newId: "x-2025-06" });
    const again = planMerge(detailFrom([first]), extraction(), sourceInput("https://b.example/2", "The Record", "2025-07-03"), NOW);
    expect(texts(again)).toEqual(['New report: The Record — "The Record story"']);
  });

  it("formats counts the way change texts read", () => {
    expect([5_700_000, 6_000_000, 1_400_000, 850_000, 12_500, 312, 1_200_000_000].map(formatCount)).toEqual(["5.7M", "6M", "1.4M", "850K", "12.5K", "312", "1.2B"]);
  });
});
