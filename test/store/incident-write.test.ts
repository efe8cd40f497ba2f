import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSecondStore, openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { makeWrite } from "./store-fixtures.js";

describe.each(storeKinds())("incident writes (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => { await store.cleanup(); });

  it("creates an incident with its source, facts and changes, and reads it back", async () => {
    const applied = await store.applyIncidentWrite(makeWrite());
    expect(applied.changed).toBe(true);
    expect(applied.changes).toHaveLength(1);
    const detail = await store.getIncident("qantas-2025-06");
    expect(detail).not.toBeNull();
    expect(detail!.affectedCount).toBe(5_700_000);
    expect(detail!.exposed).toEqual(["email", "phone"]);
    expect(detail!.actors).toEqual([{ name: "Scattered Spider", role: "suspected" }]);
    expect(detail!.detectedAt).toBe("2025-06-30");
    expect(detail!.firstSeenAt.toISOString()).toBe("2025-07-02T10:00:00.000Z");
    expect(detail!.sources.map((s) => s.url)).toEqual(["https://news.example.test/qantas-2025-06/first"]);
    expect(detail!.sources[0]!.id).toBe(applied.sourceId);
    expect(detail!.facts.map((f) => [f.field, f.value, f.current]).sort()).toEqual([
      ["affectedCount", 5_700_000, true], ["exposed", ["email", "phone"], true], ["vendor", "Salesforce", true],
    ]);
    expect(detail!.changes.map((c) => c.text)).toEqual(["New incident: Qantas"]);
    expect(await store.incidentIdExists("qantas-2025-06")).toBe(true);
    expect(await store.incidentIdExists("qantas-2025-07")).toBe(false);
  });

  it("updates the incident from a second source and supersedes the revised count", async () => {
    await store.applyIncidentWrite(makeWrite());
    const later = new Date("2025-07-09T09:00:00Z");
    const applied = await store.applyIncidentWrite(makeWrite({
      isNew: false,
      at: later,
      incident: { affectedCount: 6_000_000, actors: [{ name: "ShinyHunters", role: "claimed" }], victims: ["Qantas", "Jetstar"] },
      source: { url: "https://other.example.test/qantas-update", contentHash: "hash-2" },
      facts: [{ field: "affectedCount", value: 6_000_000 }, { field: "actors", value: [{ name: "ShinyHunters", role: "claimed" }] }],
      supersedes: ["affectedCount"],
      changes: [{ kind: "count_revised", field: "affectedCount", text: "count revised 5.7M → 6M" }],
    }));
    expect(applied.changed).toBe(true);
    const detail = (await store.getIncident("qantas-2025-06"))!;
    expect(detail.affectedCount).toBe(6_000_000);
    expect(detail.updatedAt.toISOString()).toBe(later.toISOString());
    expect(detail.firstSeenAt.toISOString()).toBe("2025-07-02T10:00:00.000Z");
    expect(detail.sources).toHaveLength(2);
    const counts = detail.facts.filter((f) => f.field === "affectedCount").map((f) => [f.value, f.current]);
    expect(counts.sort()).toEqual([[5_700_000, false], [6_000_000, true]]);
    expect(detail.changes.map((c) => c.kind)).toEqual(["new_incident", "count_revised"]);
    expect((await store.findIncidentsByVictim(["JETSTAR"])).map((i) => i.id)).toEqual(["qantas-2025-06"]);
  });

  it("treats the same source URL twice as an update, never a duplicate", async () => {
    await store.applyIncidentWrite(makeWrite());
    const second = await store.applyIncidentWrite(makeWrite({
      source: { contentHash: "hash-edited", title: "Airline confirms theft (updated)" },
      facts: [{ field: "affectedCount", value: 5_800_000 }],
      incident: { affectedCount: 5_800_000 },
      changes: [{ kind: "count_revised", field: "affectedCount", text: "count revised 5.7M → 5.8M" }],
    }));
    expect(second.changed).toBe(true);
    const detail = (await store.getIncident("qantas-2025-06"))!;
    expect(detail.sources).toHaveLength(1);
    expect(detail.sources[0]!.title).toBe("Airline confirms theft (updated)");
    expect(detail.sources[0]!.contentHash).toBe("hash-edited");
    expect(detail.facts.filter((f) => f.current).map((f) => f.value)).toEqual([5_800_000]);
    const source = await store.getSourceByUrl("https://news.example.test/qantas-2025-06/first");
    expect(source?.id).toBe(second.sourceId);
  });

  it("is a no-op when the identical write is applied again", async () => {
    const first = await store.applyIncidentWrite(makeWrite());
    const again = await store.applyIncidentWrite(makeWrite({ at: new Date("2025-07-03T00:00:00Z") }));
    expect(again).toEqual({ incidentId: "qantas-2025-06", sourceId: first.sourceId, changed: false, changes: [] });
    const detail = (await store.getIncident("qantas-2025-06"))!;
    expect(detail.changes).toHaveLength(1);
    expect(detail.facts).toHaveLength(3);
    expect(detail.updatedAt.toISOString()).toBe("2025-07-02T10:00:00.000Z");
    expect(await store.listChangesSince(new Date(0))).toHaveLength(1);
  });

  it("keeps counts above 2^31 and null/JSON fact values intact", async () => {
    await store.applyIncidentWrite(makeWrite({
      id: "dump-2025-08",
      incident: { affectedCount: 3_500_000_000, victims: ["Société Générale Test"], victimGroup: "Groupe Test", thirdParty: null, vector: null },
      facts: [{ field: "vendor", value: null }, { field: "thirdParty", value: false }],
    }));
    const detail = (await store.getIncident("dump-2025-08"))!;
    expect(detail.affectedCount).toBe(3_500_000_000);
    expect(detail.thirdParty).toBeNull();
    expect(detail.facts.map((f) => f.value).sort()).toEqual([false, null]);
    expect((await store.findIncidentsByVictim(["societe generale test"])).map((i) => i.id)).toEqual(["dump-2025-08"]);
    expect((await store.findIncidentsByVictim(["groupe  test!"])).map((i) => i.id)).toEqual(["dump-2025-08"]);
    expect(await store.findIncidentsByVictim(["nobody"])).toEqual([]);
  });

  it("records non-breach sources as seen and keeps an existing incident link", async () => {
    const seen = { url: "https://news.example.test/unrelated", outlet: "Example", title: "Patch Tuesday", publishedAt: null, language: "en", contentHash: "x", fetchedAt: new Date() };
    await store.markSourceSeen(seen);
    await store.markSourceSeen({ ...seen, contentHash: "y" });
    const stored = await store.getSourceByUrl(seen.url);
    expect(stored).toMatchObject({ incidentId: null, contentHash: "y", publishedAt: null });
    await store.applyIncidentWrite(makeWrite());
    await store.markSourceSeen({ ...seen, url: "https://news.example.test/qantas-2025-06/first" });
    expect((await store.getSourceByUrl("https://news.example.test/qantas-2025-06/first"))?.incidentId).toBe("qantas-2025-06");
  });

  it("lists changes since a date, filtered by incident, oldest first", async () => {
    await store.applyIncidentWrite(makeWrite({ at: new Date("2025-07-01T00:00:00Z") }));
    await store.applyIncidentWrite(makeWrite({ id: "westjet-2025-06", incident: { victims: ["WestJet"] }, at: new Date("2025-07-05T00:00:00Z"), changes: [{ kind: "new_incident", field: null, text: "New incident: WestJet" }] }));
    const all = await store.listChangesSince(new Date("2025-06-01T00:00:00Z"));
    expect(all.map((c) => c.incidentId)).toEqual(["qantas-2025-06", "westjet-2025-06"]);
    expect((await store.listChangesSince(new Date("2025-07-03T00:00:00Z"))).map((c) => c.incidentId)).toEqual(["westjet-2025-06"]);
    expect((await store.listChangesSince(new Date(0), { incidentIds: ["qantas-2025-06"] })).map((c) => c.text)).toEqual(["New incident: Qantas"]);
    expect(await store.listChangesSince(new Date(0), { limit: 1 })).toHaveLength(1);
  });

  it("survives two replicas writing the same new incident from the same URL at once", async () => {
    const other = await openSecondStore(store);
    try {
      const results = await Promise.all([store.applyIncidentWrite(makeWrite()), other.applyIncidentWrite(makeWrite())]);
      expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
      const detail = (await store.getIncident("qantas-2025-06"))!;
      expect(detail.sources).toHaveLength(1);
      expect(detail.changes).toHaveLength(1);
      expect(detail.facts).toHaveLength(3);
    } finally {
      await other.close();
    }
  });
});
