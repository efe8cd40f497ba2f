import { describe, expect, it } from "vitest";
import { advise } from "../../src/advise/index.js";
import type { Fact, IncidentDetail } from "../../src/domain/incident.js";
import type { ReaderProfile } from "../../src/domain/reader-profile.js";
import { makeIncident } from "./incident.fixture.js";

const NOW = new Date("2025-07-01T12:00:00Z");
const profile = (patch: Partial<ReaderProfile>): ReaderProfile => ({ owner: "slack:T1", organisation: null, sector: null, jurisdictions: [], listed: null, stack: [], updatedAt: NOW, ...patch });
const qantasLike = makeIncident({
  victims: ["Qantas"], sector: "airline", thirdParty: true, vendor: "Salesforce", vector: "vishing", detectedAt: "2025-06-30",
  exposed: ["name", "email", "loyalty_number", "loyalty_tier"], notExposed: ["password", "payment_card"], regulators: ["OAIC", "FBI"],
  stances: { detected: "confirmed", vendor: "reported" },
});
const ids = (p?: ReaderProfile) => advise(qantasLike, { profile: p, now: NOW }).actions.map((a) => a.ruleId);
const action = (id: string, p?: ReaderProfile) => advise(qantasLike, { profile: p, now: NOW }).actions.find((a) => a.ruleId === id);

describe("reader lenses from the workspace profile", () => {
  it("without a profile, every action says which lens it assumes; victim duties assume the victim lens", () => {
    const a = advise(qantasLike, { now: NOW });
    expect(a.actions.every((x) => x.lens !== undefined)).toBe(true);
    expect(a.actions.find((x) => x.ruleId === "regulatory.au-ndb")).toMatchObject({ lens: "victim", lensAssumed: true });
  });

  it("the victim gets its own clock as hours left from detection; another airline gets no victim duty", () => {
    const victim = profile({ organisation: "Qantas", sector: "airline", jurisdictions: ["AU"], listed: true });
    const ndb = action("regulatory.au-ndb", victim)!;
    expect(ndb).toMatchObject({ lens: "victim", lensAssumed: false });
    expect(ndb.text).toContain("Counting from the detection (2025-06-30), the 720-hour clock ends 2025-07-30 00:00 UTC: 684 hours left");
    const other = profile({ organisation: "Virgin Australia", sector: "airline", jurisdictions: ["AU"], stack: ["salesforce"] });
    expect(advise(qantasLike, { profile: other, now: NOW }).actions.filter((x) => x.lens === "victim")).toEqual([]);
    expect(ids(other)).toContain("saas_admin.salesforce.connected-apps");
    expect(action("security.helpdesk-impersonation-hunt", other)).toMatchObject({ lens: "same_sector", lensAssumed: false });
  });

  it("a reader whose stack does not hold the vendor gets no platform checks; an unknown stack keeps them as an assumption", () => {
    expect(ids(profile({ organisation: "Acme Retail", stack: ["zendesk"] }))).not.toContain("saas_admin.salesforce.connected-apps");
    expect(action("saas_admin.salesforce.connected-apps", profile({ organisation: "Acme Retail" }))).toMatchObject({ lens: "same_vendor", lensAssumed: true });
  });

  it("the SEC 8-K reminder only for a listed victim, never for an unlisted subsidiary", () => {
    const us = makeIncident({ victims: ["Allianz Life"], regulators: ["Maine AG"], exposed: ["name"] });
    const listed = advise(us, { profile: profile({ organisation: "Allianz Life", jurisdictions: ["US"], listed: true }) }).actions.map((a) => a.ruleId);
    const subsidiary = advise(us, { profile: profile({ organisation: "Allianz Life", jurisdictions: ["US"], listed: false }) }).actions.map((a) => a.ruleId);
    expect(listed).toContain("regulatory.us-sec-8k");
    expect(subsidiary).not.toContain("regulatory.us-sec-8k");
    expect(subsidiary).toContain("regulatory.us-state-breach-laws");
  });

  it("the FBI is not a regulator: it adds no US jurisdiction and is never listed among regulators", () => {
    const a = advise(makeIncident({ victims: ["Example Co"], regulators: ["FBI"], exposed: ["email"] }));
    expect(a.actions.map((x) => x.ruleId)).not.toContain("regulatory.us-state-breach-laws");
    expect(a.actions.map((x) => x.text).join("\n")).not.toMatch(/Regulators mentioned in reports: [^.]*FBI/);
    expect(advise(qantasLike).actions.find((x) => x.ruleId === "regulatory.au-ndb")!.text).toContain("Regulators mentioned in reports: OAIC");
  });
});

describe("actors through the gazetteer, and extortion read from the sources", () => {
  const quoted = (field: Fact["field"], value: unknown, text: string, stance: Fact["stance"] = "reported"): Fact =>
    ({ id: text.slice(0, 8), incidentId: "x", field, value, sourceId: "s1", seenAt: NOW, current: true, stance, quotes: [{ text, start: 0, end: text.length }], speaker: null, unit: null }) as Fact;

  it("UNC6040 named in a source keeps its own profile where the record says ShinyHunters", () => {
    const base = makeIncident({ vendor: "Salesforce", actors: [{ name: "ShinyHunters", role: "attributed" }], exposed: ["email"] });
    const detail = { ...base, sources: [], changes: [], campaign: null, facts: [quoted("actors", { name: "ShinyHunters", role: "attributed" }, "Google tracks the intruders as UNC6040, which overlaps with ShinyHunters.")] } as IncidentDetail;
    const hunt = advise(detail).actions.find((a) => a.ruleId === "security.actor-ttp-hunt")!;
    expect(hunt.text).toContain("UNC6040");
    expect(hunt.text).toContain("voice-phishing calls posing as IT support");
    expect(hunt.techniques).toContain("T1566.004");
    expect(advise(base).actions.find((a) => a.ruleId === "security.actor-ttp-hunt")!.text).not.toContain("voice-phishing");
  });

  it("a reported ransom demand and deadline bring the extortion actions, said as claims", () => {
    const base = makeIncident({ victims: ["Example Co"], exposed: ["email"] });
    const detail = { ...base, sources: [], changes: [], campaign: null, facts: [quoted("exposed", "email", "The hackers demanded a ransom and threatened to publish the data by Friday.")] } as IncidentDetail;
    const a = advise(detail);
    const got = a.actions.map((x) => x.ruleId);
    expect(got).toEqual(expect.arrayContaining(["security.leak-site-monitoring", "security.extortion-response", "regulatory.publication-injunction", "customer_service.publication-readiness"]));
    for (const x of a.actions.filter((y) => y.ruleId.includes("extortion") || y.ruleId.includes("publication") || y.ruleId.includes("leak"))) {
      expect(x.stance).toBe("claimed");
      expect(`${x.text} ${x.reason}`).toContain("the attackers claim this, unverified");
    }
    expect(advise(base).actions.map((x) => x.ruleId)).not.toContain("security.leak-site-monitoring");
  });
});
