import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { makeWrite } from "./store-fixtures.js";
import type { Sector, Severity } from "../../src/domain/incident.js";

const day = (d: number) => new Date(Date.UTC(2025, 6, d, 12));
const published = (d: number) => new Date(Date.UTC(2024, 6, d, 8));

/** Five incidents: first seen on day N, updated on the day given (so update order ≠ creation order). */
const SEED: { id: string; sector: Sector; severity: Severity; seen: number; updated: number; vendor: string | null; actor: string }[] = [
  { id: "qantas-2025-06", sector: "airline", severity: "high", seen: 1, updated: 9, vendor: "Salesforce", actor: "ShinyHunters" },
  { id: "westjet-2025-06", sector: "airline", severity: "medium", seen: 2, updated: 3, vendor: null, actor: "Scattered Spider" },
  { id: "adidas-2025-05", sector: "retail", severity: "low", seen: 3, updated: 4, vendor: "Salesforce", actor: "ShinyHunters" },
  { id: "chanel-2025-07", sector: "retail", severity: "critical", seen: 4, updated: 5, vendor: "Salesforce", actor: "ShinyHunters" },
  { id: "allianz-2025-07", sector: "other", severity: "high", seen: 5, updated: 6, vendor: "Salesforce", actor: "UNC6040" },
];

describe.each(storeKinds())("incident queries (%s)", (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(kind);
    for (const s of SEED) {
      const incident = { sector: s.sector, severity: s.severity, vendor: s.vendor, victims: [s.id.split("-")[0]!], actors: [{ name: s.actor, role: "claimed" as const }] };
      // Sources published a year before they were fetched: event time and fetch time differ.
      await store.applyIncidentWrite(makeWrite({ id: s.id, incident, at: day(s.seen), source: { publishedAt: published(s.seen) } }));
      if (s.updated !== s.seen) {
        await store.applyIncidentWrite(makeWrite({ id: s.id, incident, at: day(s.updated), source: { url: `https://x.test/${s.id}/2`, contentHash: "2", publishedAt: published(s.updated) }, changes: [] }));
      }
    }
  });
  afterAll(async () => { await store.cleanup(); });

  it("lists newest update first, or newest first-seen first", async () => {
    expect((await store.listIncidents()).map((i) => i.id)).toEqual(["qantas-2025-06", "allianz-2025-07", "chanel-2025-07", "adidas-2025-05", "westjet-2025-06"]);
    expect((await store.listIncidents({ order: "first_seen" })).map((i) => i.id)).toEqual(["allianz-2025-07", "chanel-2025-07", "adidas-2025-05", "westjet-2025-06", "qantas-2025-06"]);
    expect((await store.listIncidents({ limit: 2, offset: 1 })).map((i) => i.id)).toEqual(["allianz-2025-07", "chanel-2025-07"]);
  });

  it("filters by sector, minimum severity, update date and creation date", async () => {
    expect((await store.listIncidents({ sector: "airline" })).map((i) => i.id)).toEqual(["qantas-2025-06", "westjet-2025-06"]);
    expect((await store.listIncidents({ minSeverity: "high" })).map((i) => i.id)).toEqual(["qantas-2025-06", "allianz-2025-07", "chanel-2025-07"]);
    expect((await store.listIncidents({ since: day(5) })).map((i) => i.id)).toEqual(["qantas-2025-06", "allianz-2025-07", "chanel-2025-07"]);
    expect((await store.listIncidents({ createdSince: day(4), sector: "retail" })).map((i) => i.id)).toEqual(["chanel-2025-07"]);
    expect(await store.countIncidents({ sector: "retail" })).toBe(2);
    expect(await store.countIncidents({ minSeverity: "critical" })).toBe(1);
    expect(await store.countIncidents()).toBe(5);
  });

  it("serves index rows with campaign names and actor names", async () => {
    await store.upsertCampaign({ id: "sf-2025", name: "Salesforce vishing wave", vendor: "Salesforce", actor: "ShinyHunters", vector: "vishing", incidentIds: ["qantas-2025-06", "chanel-2025-07"] });
    const rows = await store.listIncidentIndex();
    expect(rows).toHaveLength(5);
    const qantas = rows.find((r) => r.id === "qantas-2025-06")!;
    expect(qantas).toMatchObject({ victims: ["qantas"], actors: ["ShinyHunters"], campaignName: "Salesforce vishing wave", sector: "airline", vendor: "Salesforce" });
    expect(rows.find((r) => r.id === "westjet-2025-06")!.campaignName).toBeNull();
  });

  it("creates, renames and finds campaigns by id or case-insensitive name", async () => {
    const created = await store.upsertCampaign({ id: "uNC-1", name: "UNC6040 wave", vendor: null, actor: "UNC6040", vector: null, incidentIds: ["allianz-2025-07"] });
    expect(created.incidentIds).toEqual(["allianz-2025-07"]);
    const renamed = await store.upsertCampaign({ id: "uNC-1", name: "UNC6040 Data Theft", vendor: "Salesforce", actor: "UNC6040", vector: "vishing", incidentIds: ["adidas-2025-05"] });
    expect(renamed).toMatchObject({ name: "UNC6040 Data Theft", vendor: "Salesforce", incidentIds: ["adidas-2025-05", "allianz-2025-07"] });
    expect(renamed.firstSeenAt.getTime()).toBe(created.firstSeenAt.getTime());
    expect((await store.getCampaign("unc6040 data theft"))?.id).toBe("uNC-1");
    expect((await store.getCampaign("uNC-1"))?.name).toBe("UNC6040 Data Theft");
    expect(await store.getCampaign("nothing")).toBeNull();
    expect((await store.listCampaigns()).map((c) => c.id).sort()).toEqual(["sf-2025", "uNC-1"]);
    const detail = await store.getIncident("adidas-2025-05");
    expect(detail?.campaignId).toBe("uNC-1");
    expect(detail?.campaign?.name).toBe("UNC6040 Data Theft");
  });

  it("orders and filters by event time: the sources' publication dates, not the fetch time", async () => {
    const reported = await store.listIncidents({ order: "reported" });
    expect(reported.map((i) => i.id)).toEqual(["qantas-2025-06", "allianz-2025-07", "chanel-2025-07", "adidas-2025-05", "westjet-2025-06"]);
    expect(reported[0]!.lastReportedAt).toEqual(published(9));
    expect(reported[0]!.firstReportedAt).toEqual(published(1));
    expect(reported[0]!.updatedAt).toEqual(day(9));
    expect((await store.listIncidents({ reportedSince: published(5) })).map((i) => i.id).sort()).toEqual(["allianz-2025-07", "chanel-2025-07", "qantas-2025-06"]);
    expect(await store.countIncidents({ reportedSince: day(1) })).toBe(0);
    const rows = await store.listIncidentIndex();
    expect(rows.find((r) => r.id === "westjet-2025-06")!.reportedAt).toEqual(published(3));
  });

  it("computes stats over all incidents or those reported since a date", async () => {
    const all = await store.stats(null);
    expect(all.total).toBe(5);
    expect(all.bySector).toEqual({ airline: 2, retail: 2, other: 1 });
    expect(all.bySeverity).toEqual({ low: 1, medium: 1, high: 2, critical: 1 });
    expect(all.topVendors).toEqual([{ name: "Salesforce", count: 4 }]);
    expect(all.topActors[0]).toEqual({ name: "ShinyHunters", count: 3 });
    expect(all.sources).toBe(10);
    expect((await store.stats(day(5))).total).toBe(0);
    const recent = await store.stats(published(5));
    expect(recent.total).toBe(3);
    expect(recent.sources).toBe(4);
    expect(recent.bySector).toEqual({ airline: 1, retail: 1, other: 1 });
    const recentActors = recent.topActors.reduce((n, a) => n + a.count, 0);
    expect(recentActors).toBeGreaterThan(0);
    expect(recentActors).toBeLessThan(all.topActors.reduce((n, a) => n + a.count, 0));
  });
});
