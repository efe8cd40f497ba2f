import { describe, expect, it } from "vitest";
import { advise, computeSeverity } from "../../src/advise/index.js";
import type { Incident } from "../../src/domain/incident.js";
import { makeIncident } from "./incident.fixture.js";

const cases: [string, Partial<Incident>, string, RegExp][] = [
  ["nothing stated", {}, "low", /no exposed data/],
  ["tiny contact leak", { exposed: ["email"], affectedCount: 40 }, "low", /only 40 people/],
  ["contact data only", { exposed: ["name", "email", "phone"], affectedCount: 20_000 }, "medium", /names, email addresses and phone numbers/],
  ["contact data at 2M", { exposed: ["name", "email"], affectedCount: 2_000_000 }, "high", /2,000,000 people \(reported, not confirmed by the company\) affected/],
  ["bank data, count unknown", { exposed: ["financial"] }, "high", /financial \/ bank data/],
  ["extortion group claim", { exposed: ["email"], actors: [{ name: "Octo Tempest", role: "claimed" }] }, "high", /Scattered Spider/],
  ["passports at scale", { exposed: ["name", "passport"], affectedCount: 80_000 }, "critical", /passport data \(reported, not confirmed by the company\) exposed for 80,000 people \(reported, not confirmed by the company\)/],
  ["passports at scale, confirmed", { exposed: ["name", "passport"], affectedCount: 80_000, stances: { "exposed:passport": "confirmed", affectedCount: "confirmed" } }, "critical", /^passport data exposed for 80,000 people$/],
  ["cards at scale", { exposed: ["payment_card"], affectedCount: 1_500_000 }, "critical", /payment card data/],
  ["DOB for 6M", { exposed: ["name", "date_of_birth"], affectedCount: 6_000_000 }, "critical", /over 1 million/],
];

describe("computeSeverity", () => {
  it.each(cases)("%s", (_label, patch, level, reason) => {
    const result = computeSeverity(makeIncident(patch));
    expect(result.severity).toBe(level);
    expect(result.reasons.join(" | ")).toMatch(reason);
  });

  it("matches the severity advise() reports", () => {
    for (const [, patch] of cases) {
      const incident = makeIncident(patch);
      const advice = advise(incident);
      expect(advice.severity).toBe(computeSeverity(incident).severity);
      expect(advice.severityReasons).toEqual(computeSeverity(incident).reasons);
    }
  });

  it("never goes critical on a claimed count alone, and names the claim as a claim", () => {
    const claimed = makeIncident({ exposed: ["name", "passport"], affectedCount: 900_000_000, stances: { affectedCount: "claimed", "exposed:passport": "reported" } });
    const result = computeSeverity(claimed);
    expect(result.severity).toBe("high");
    expect(result.reasons.join(" | ")).toContain("the attackers claim 900M affected (unverified; not used for severity)");
    const figures = makeIncident({
      exposed: ["name", "passport"], affectedCount: 5_700_000, stances: { affectedCount: "confirmed", "exposed:passport": "confirmed" },
      counts: [{ value: 6_000_000, unit: "records", stance: "claimed", speaker: "ShinyHunters", sources: [] }, { value: 5_700_000, unit: "people", stance: "confirmed", speaker: "Qantas", sources: [] }],
    });
    const r = computeSeverity(figures);
    expect(r.severity).toBe("critical");
    expect(r.reasons).toEqual(["passport data exposed for 5,700,000 people", "identity data (passport data) exposed for 5,700,000 people (over 1 million)", "ShinyHunters claims 6M records (unverified; not used for severity)"]);
  });

  it("passports only the attackers claim do not make an incident critical", () => {
    const incident = makeIncident({ exposed: ["name", "passport"], affectedCount: 80_000, stances: { affectedCount: "confirmed", "exposed:passport": "claimed" } });
    expect(computeSeverity(incident).severity).toBe("high");
    expect(computeSeverity(incident).reasons.join(" ")).toContain("passport data (the attackers claim this, unverified)");
  });

  it("inferred facts never drive advice: an inferred vector and vendor are left out", () => {
    const incident = makeIncident({ exposed: ["email"], vector: "phishing", vendor: "Salesforce", thirdParty: true, stances: { vector: "inferred", vendor: "inferred", "exposed:email": "confirmed" } });
    const a = advise(incident);
    expect(a.actions.map((x) => x.ruleId)).not.toContain("security.phishing-entry");
    expect(a.actions.some((x) => /salesforce/i.test(x.text))).toBe(false);
  });

  it("a not-exposed passport does not raise severity", () => {
    expect(computeSeverity(makeIncident({ exposed: ["email"], notExposed: ["passport"], affectedCount: 50_000 })).severity).toBe("medium");
  });
});

describe("advise() options", () => {
  const incident = makeIncident({ victims: ["Example Co"], exposed: ["email"], vector: "vishing", disclosedAt: "2025-01-10" });
  it("demotes 'now' actions to 'soon' for incidents disclosed over 180 days before options.now", () => {
    const fresh = advise(incident, { now: new Date("2025-02-01T00:00:00Z") });
    const stale = advise(incident, { now: new Date("2025-12-01T00:00:00Z") });
    expect(fresh.actions.some((a) => a.priority === "now")).toBe(true);
    expect(stale.actions.some((a) => a.priority === "now")).toBe(false);
    expect(stale.actions.map((a) => a.ruleId).sort()).toEqual(fresh.actions.map((a) => a.ruleId).sort());
  });
  it("adds the reader's jurisdiction and groups actions by audience, highest priority first", () => {
    const gb = advise(incident, { country: "gb" });
    expect(gb.byAudience.regulatory.map((a) => a.ruleId)).toEqual(["regulatory.uk-gdpr"]);
    expect(advise(incident).byAudience.regulatory.map((a) => a.ruleId)).toEqual(["regulatory.check-applicable-laws"]);
    const order = { now: 0, soon: 1, later: 2 };
    const ranks = gb.actions.map((a) => order[a.priority]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(Object.values(gb.byAudience).flat().length).toBe(gb.actions.length);
  });
  it("keeps untrusted vendor text short and free of control characters", () => {
    const a = advise(makeIncident({ vendor: "Evil\u0007Corp\nCRM " + "x".repeat(200), thirdParty: true, exposed: ["email"] }));
    const text = a.actions.map((x) => x.text).join(" ");
    expect(text).not.toMatch(/[\u0000-\u001f]/);
    expect(text).toContain("Evil Corp CRM");
    expect(text).not.toContain("x".repeat(80));
  });
});
