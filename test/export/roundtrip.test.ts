import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STANCE_CONFIDENCE } from "../../src/export/index.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { ingestSharedSet } from "./helpers/store-loaders.js";
import { parseBundle } from "./stix.parser.js";
import { exportBundle } from "./helpers/export-bundle.js";

describe.each(storeKinds())("STIX round trip: export, re-import with a test parser (%s)", (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(kind);
    await ingestSharedSet(store, "seeds");
    await ingestSharedSet(store, "corpus");
  }, 120_000);
  afterAll(async () => { await store.cleanup(); });

  it("reproduces every incident's victims, data classes exposed and not, counts with stance, actors and sources", async () => {
    const parsed = parseBundle(await exportBundle(store));
    const incidents = await store.listIncidents({ limit: 1000 });
    expect(parsed.size).toBe(incidents.length);
    for (const summary of incidents) {
      const record = (await store.getIncident(summary.id))!;
      const p = parsed.get(record.id);
      expect(p, record.id).toBeDefined();
      expect(p!.victims.sort()).toEqual([...record.victims].sort());
      expect(p!.vendor).toBe(record.vendor);
      expect(p!.exposed.sort()).toEqual([...record.exposed].sort());
      expect(p!.notExposed.sort()).toEqual([...record.notExposed].sort());
      const expectedCounts = record.counts?.length
        ? record.counts.map((c) => ({ value: c.value, unit: c.unit, stance: c.stance }))
        : record.affectedCount === null ? [] : [{ value: record.affectedCount, unit: "unknown", stance: "reported" }];
      expect(p!.counts).toEqual(expectedCounts);
      expect(p!.actors.map((a) => a.name).sort()).toEqual(record.actors.map((a) => a.name).sort());
      for (const a of p!.actors) expect(a.confidence).toBe(STANCE_CONFIDENCE[a.stance as keyof typeof STANCE_CONFIDENCE]);
      expect(p!.sources.map((s) => s.url).sort()).toEqual(record.sources.map((s) => s.url).sort());
      for (const s of p!.sources) {
        const src = record.sources.find((x) => x.url === s.url)!;
        expect(s.published).toBe(src.publishedAt ? src.publishedAt.toISOString().slice(0, 10) : null);
        expect(s.outlet).toBe(src.outlet ?? new URL(src.url).hostname.replace(/^www\./, ""));
      }
      expect(p!.modified).toBe(record.updatedAt.toISOString());
    }
  }, 120_000);

  it("keeps what the seeds state: Qantas's figure, what was not taken, the claimed or suspected actor with its stance", async () => {
    const parsed = [...parseBundle(await exportBundle(store)).values()];
    const qantas = parsed.find((p) => p.victims.includes("Qantas"));
    expect(qantas).toBeDefined();
    expect(qantas!.notExposed).toEqual(expect.arrayContaining(["passport", "payment_card", "password"]));
    expect(qantas!.exposed).toEqual(expect.arrayContaining(["name", "email"]));
    expect(qantas!.counts.map((c) => c.value)).toContain((await store.getIncident(qantas!.breachRadarId))!.affectedCount);
    const withActor = parsed.filter((p) => p.actors.length > 0);
    expect(withActor.length).toBeGreaterThanOrEqual(3);
    // No actor is exported as confirmed: the current record keeps roles, not the victim's own word.
    for (const p of withActor) for (const a of p.actors) expect(["reported", "claimed"]).toContain(a.stance);
    expect(parsed.every((p) => p.actions.length > 0)).toBe(true);
  }, 60_000);

  it("a new merge gives a new `modified` for the same deterministic id", async () => {
    const before = await exportBundle(store);
    const [first] = await store.listIncidents({ limit: 1 });
    const detail = (await store.getIncident(first!.id))!;
    const later = new Date(detail.updatedAt.getTime() + 3_600_000);
    await store.applyIncidentWrite({
      incident: { ...detail, conflicts: detail.conflicts, regulators: [...detail.regulators, "ICO"] },
      isNew: false, at: later, supersedes: [], facts: [{ field: "regulators", value: ["ICO"] }],
      source: { url: "https://example.test/follow-up", outlet: "Follow-up Desk", title: "Follow-up", publishedAt: later, language: "en", contentHash: "follow-up", fetchedAt: later },
      changes: [{ kind: "regulator_notified", field: "regulators", text: "ICO notified" }],
    });
    const after = await exportBundle(store);
    const find = (b: typeof before) => b.objects.find((o) => o.type === "incident" && (o.external_references as { external_id?: string }[])[0]?.external_id === first!.id)!;
    expect(find(after).id).toBe(find(before).id);
    expect(find(after).modified).toBe(later.toISOString());
    expect(Date.parse(find(after).modified as string)).toBeGreaterThan(Date.parse(find(before).modified as string));
    expect(parseBundle(after).get(first!.id)!.sources.map((s) => s.outlet)).toContain("Follow-up Desk");
  }, 60_000);
});
