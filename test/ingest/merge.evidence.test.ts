import { describe, expect, it } from "vitest";
import { computeSeverity } from "../../src/advise/index.js";
import { planMerge } from "../../src/ingest/merge.planner.js";
import type { MergedIncident } from "../../src/ingest/merge.planner.js";
import { detailFrom, sourceInput } from "./helpers/builders.js";
import { extractionSaying } from "./helpers/evidence.builders.js";

const NOW = new Date("2026-12-04T09:00:00Z");
const severityOf = (i: MergedIncident) => computeSeverity({ ...i, campaignId: null, firstSeenAt: NOW, updatedAt: NOW }).severity;

const CONFIRMED = "Acme Air said 5.7 million customers had their names and email addresses taken.";
const CLAIMED = "The ShinyHunters group claims on its leak site to hold 6 million records.";
const LINKED = "Reporting has linked the intrusion to ShinyHunters.";
const VENDOR = "According to people familiar with the matter, the data sat in a Salesforce instance.";

/** The company's own statement: a confirmed count of people, confirmed classes. */
const companyReport = () => extractionSaying({ affectedCount: 5_700_000, exposed: ["name", "email"] }, [
  { field: "affectedCount", value: 5_700_000, stance: "confirmed", sentence: CONFIRMED, speaker: "Acme Air", unit: "people" },
  { field: "exposed", value: "name", stance: "confirmed", sentence: CONFIRMED, speaker: "Acme Air" },
  { field: "exposed", value: "email", stance: "confirmed", sentence: CONFIRMED, speaker: "Acme Air" },
]);

/** A later press report: the attackers' claimed figure, a linked actor, a reported vendor. */
const pressReport = () => extractionSaying({
  affectedCount: 5_700_000, exposed: ["name"], vendor: "Salesforce", actors: [{ name: "ShinyHunters", role: "suspected" }],
}, [
  { field: "affectedCount", value: 5_700_000, stance: "reported", sentence: "The airline has put the figure at 5.7 million.", unit: "people" },
  { field: "affectedCount", value: 6_000_000, stance: "claimed", sentence: CLAIMED, speaker: "ShinyHunters", unit: "records" },
  { field: "exposed", value: "name", stance: "reported", sentence: "Names were among the data, the outlet reported." },
  { field: "vendor", value: "Salesforce", stance: "reported", sentence: VENDOR },
  { field: "actors", value: "ShinyHunters", stance: "reported", sentence: LINKED },
]);

describe("merging keeps evidence, stances and figures per source", () => {
  it("stores every value with its stance, quote (verbatim at its offsets), speaker and unit", () => {
    const ex = companyReport();
    const w = planMerge(null, ex, sourceInput("https://a.example/1", "Wire A", "2025-07-02"), NOW, { newId: "acme-air-2025-07" });
    const count = w.facts.find((f) => f.field === "affectedCount")!;
    expect(count).toMatchObject({ value: 5_700_000, stance: "confirmed", speaker: "Acme Air", unit: "people" });
    for (const f of w.facts) for (const q of f.quotes ?? []) expect(ex.text.slice(q.start, q.end)).toBe(q.text);
    expect(w.sourceText).toBe(ex.text);
    expect(w.incident.stances).toMatchObject({ affectedCount: "confirmed", "exposed:name": "confirmed", "exposed:email": "confirmed", sector: "inferred" });
  });

  it("keeps the company's confirmed count and the attackers' claimed records apart", () => {
    const first = planMerge(null, companyReport(), sourceInput("https://a.example/1", "Wire A", "2025-07-02"), NOW, { newId: "acme-air-2025-07", severityOf });
    const second = planMerge(detailFrom([first]), pressReport(), sourceInput("https://b.example/2", "The Register", "2025-07-09"), NOW, { severityOf });
    expect(second.incident.affectedCount).toBe(5_700_000);
    expect(second.incident.stances?.affectedCount).toBe("confirmed");
    expect(second.incident.counts).toEqual([
      { value: 6_000_000, unit: "records", stance: "claimed", speaker: "ShinyHunters", sources: ["https://b.example/2"] },
      { value: 5_700_000, unit: "people", stance: "confirmed", speaker: "Acme Air", sources: ["https://a.example/1", "https://b.example/2"] },
    ]);
    expect(second.changes.map((c) => c.text)).toContain("Another figure: 6M records (ShinyHunters claims this, unverified)");
    expect(second.supersedes).toEqual([]);
    // A merged name stays confirmed (the company said it); the press's vendor and actor stay reported.
    expect(second.incident.stances).toMatchObject({ "exposed:name": "confirmed", vendor: "reported", "actors:shinyhunters": "reported" });
  });

  it("a claimed figure alone is the incident's count, as a claim, and never makes it critical", () => {
    const ex = extractionSaying({ affectedCount: 900_000_000, exposed: ["name", "passport"] }, [
      { field: "affectedCount", value: 900_000_000, stance: "claimed", sentence: "The hackers say they hold 900 million records.", speaker: "the hackers", unit: "records" },
      { field: "exposed", value: "passport", stance: "claimed", sentence: "They also claim passport scans." },
    ]);
    const w = planMerge(null, ex, sourceInput("https://c.example/3", "Wire C", "2025-08-01"), NOW, { newId: "acme-air-2025-08", severityOf });
    expect(w.incident.affectedCount).toBe(900_000_000);
    expect(w.incident.stances?.affectedCount).toBe("claimed");
    expect(w.incident.severity).not.toBe("critical");
    expect(w.changes[0]!.text).toBe("First report: Airline reports customer data theft, 900M affected (claimed, unverified) (Wire C)".replace("Airline reports customer data theft", w.incident.title));
  });

  it("a newer confirmed figure revises the older confirmed one and leaves the attackers' claim", () => {
    const first = planMerge(null, companyReport(), sourceInput("https://a.example/1", "Wire A", "2025-07-02"), NOW, { newId: "acme-air-2025-07" });
    const second = planMerge(detailFrom([first]), pressReport(), sourceInput("https://b.example/2", "The Register", "2025-07-09"), NOW);
    const revision = extractionSaying({ affectedCount: 5_800_000 }, [
      { field: "affectedCount", value: 5_800_000, stance: "confirmed", sentence: "Acme Air now says 5.8 million customers were affected.", speaker: "Acme Air", unit: "people" },
    ]);
    const third = planMerge(detailFrom([first, second]), revision, sourceInput("https://d.example/4", "Wire D", "2025-07-20"), NOW);
    expect(third.supersedes).toEqual([{ field: "affectedCount", stances: ["confirmed"] }]);
    expect(third.incident.affectedCount).toBe(5_800_000);
    expect(third.incident.counts?.map((c) => [c.value, c.stance])).toEqual([[6_000_000, "claimed"], [5_800_000, "confirmed"], [5_700_000, "reported"]]);
    expect(third.changes.map((c) => c.text)).toContain("Count revised 5.7M → 5.8M people (confirmed by Acme Air)");
  });

  it("conflicts show each side's stance; an actor the victim names is confirmed however the press words it", () => {
    const a = extractionSaying({ vendor: "Zendesk", actors: [{ name: "ShinyHunters", role: "attributed" }] }, [
      { field: "vendor", value: "Zendesk", stance: "confirmed", sentence: "Acme Air said the data was taken from its Zendesk help desk.", speaker: "Acme Air" },
      { field: "actors", value: "ShinyHunters", stance: "confirmed", sentence: "Acme Air named ShinyHunters as the group responsible.", speaker: "Acme Air" },
    ]);
    const first = planMerge(null, a, sourceInput("https://a.example/1", "Wire A", "2025-07-02"), NOW, { newId: "acme-air-2025-07" });
    const second = planMerge(detailFrom([first]), pressReport(), sourceInput("https://b.example/2", "The Register", "2025-07-09"), NOW);
    expect(second.incident.conflicts).toContainEqual({
      field: "vendor", values: [{ value: "Zendesk", sourceIds: ["https://a.example/1"], stance: "confirmed" }, { value: "Salesforce", sourceIds: ["https://b.example/2"], stance: "reported" }],
    });
    expect(second.incident.stances?.["actors:shinyhunters"]).toBe("confirmed");
    expect(second.incident.stances?.vendor).toBe("confirmed");
  });

  it("dates an undated article by the incident date it gives, never by the fetch time", () => {
    const undated = { ...sourceInput("https://e.example/5", "Wire E", "2025-07-02"), publishedAt: null };
    const w = planMerge(null, companyReport(), undated, NOW, { newId: "acme-air-2025-07" });
    expect(w.reportedAt).toEqual(new Date("2025-07-02T00:00:00Z"));
  });
});
