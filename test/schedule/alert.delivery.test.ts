import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeClock } from "../../src/clock.js";
import type { Scheduler } from "../../src/schedule/index.js";
import { mentionsTerm } from "../../src/schedule/outbox/alert.planner.js";
import { createDeliveryPlanner, CURSOR_OVERLAP_MS } from "../../src/schedule/outbox/delivery.planner.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { addIncident, deliverNow, recordingPoster, subscription, testScheduler } from "./schedule.fixtures.js";

describe.each(storeKinds())("live and watch alerts (%s)", (kind) => {
  let store: TestStore;
  let poster: ReturnType<typeof recordingPoster>;
  let clock: ReturnType<typeof fakeClock>;
  let scheduler: Scheduler;
  const later = () => new Date(Date.now() + 60_000);

  beforeEach(async () => {
    store = await openTestStore(kind);
    poster = recordingPoster();
    clock = fakeClock(new Date(Date.now() + 120_000));
    scheduler = testScheduler(store, [poster], clock);
  });
  afterEach(async () => { await store.cleanup(); });

  it("posts a new matching incident once, with recommended actions, and remembers the post", async () => {
    await store.upsertSubscription(subscription("slack:T1:air", { sectors: ["airline"], liveAlerts: true, digestTime: "00:00", timeZone: "Pacific/Kiritimati" }));
    await store.upsertSubscription(subscription("slack:T1:shop", { sectors: ["retail"], liveAlerts: true }));
    await store.upsertSubscription(subscription("slack:T1:digest-only", { liveAlerts: false }));
    await addIncident(store, later(), { id: "westjet-2025-06", vector: "social_engineering", exposed: ["name", "email", "loyalty_number"] });
    await deliverNow(scheduler);
    await deliverNow(scheduler);
    const alerts = poster.posts.filter((p) => p.view.kind === "alert");
    expect(alerts.map((p) => p.target)).toEqual(["slack:T1:air"]);
    expect(alerts[0]!.key).toBe("alert:slack:T1:air:westjet-2025-06");
    const view = alerts[0]!.view;
    expect(view.title).toMatch(/^New breach/);
    expect(view.incidentId).toBe("westjet-2025-06");
    expect(view.fallbackText.toLowerCase()).toMatch(/westjet/);
    const row = await store.getDelivery("alert:slack:T1:air:westjet-2025-06");
    expect(await store.incidentForThread("slack:T1:air", row!.messageId!)).toBe("westjet-2025-06");
  });

  it("alerts a watch when an incident mentions the watched vendor, and not otherwise", async () => {
    await store.addWatch({ platform: "slack", workspaceId: "T1", target: "slack:T1:sec", term: "Salesforce", createdBy: "U1" });
    await store.addWatch({ platform: "slack", workspaceId: "T1", target: "slack:T1:other", term: "Snowflake", createdBy: "U1" });
    await addIncident(store, later(), { id: "allianz-2025-07", sector: "other", vendor: "Salesforce" });
    await deliverNow(scheduler);
    await deliverNow(scheduler);
    expect(poster.posts.map((p) => p.target)).toEqual(["slack:T1:sec"]);
    expect(poster.posts[0]!.view.title).toContain('Watch "Salesforce"');
  });

  it("does not alert for incidents reported before the subscription existed", async () => {
    await addIncident(store, new Date(Date.now() - 3_600_000), { id: "dior-2025-05", sector: "retail" });
    await store.upsertSubscription(subscription("slack:T1:new", { liveAlerts: true, postWhenEmpty: false }));
    await deliverNow(scheduler);
    expect(poster.posts).toHaveLength(0);
  });

  it("plans from a high-water mark: each tick reads only what changed since the last plan, on one replica", async () => {
    await store.upsertSubscription(subscription("slack:T1:air", { liveAlerts: true, postWhenEmpty: false }));
    for (let i = 0; i < 12; i++) await addIncident(store, later(), { id: `victim${i}-2025-06` });
    const first = await scheduler.planner.planOnce();
    expect(first).toMatchObject({ leader: true, changes: 12, alerts: 12, enqueued: 12 });
    // The next tick re-reads the overlap before the cursor (late commits), inserting nothing new…
    clock.advance(CURSOR_OVERLAP_MS + 120_000);
    expect(await scheduler.planner.planOnce()).toMatchObject({ leader: true, changes: 12, enqueued: 0 });
    // …and once the changes are older than that, a tick reads nothing at all.
    clock.advance(120_000);
    expect(await scheduler.planner.planOnce()).toMatchObject({ leader: true, changes: 0, enqueued: 0 });
    await addIncident(store, clock.now(), { id: "fresh-2025-07" });
    const replica = testScheduler(store, [poster], clock, {}, "replica-b");
    const [a, b] = await Promise.all([scheduler.planner.planOnce(), replica.planner.planOnce()]);
    // One replica holds the planner lease at a time: the other is refused, or (when the first has
    // already finished and released it) plans after it and finds nothing new to enqueue.
    expect([a.leader, b.leader].filter(Boolean).length).toBeGreaterThanOrEqual(1);
    expect(a.enqueued + b.enqueued).toBe(1);
    expect([a, b].filter((r) => r.enqueued === 1)[0]).toMatchObject({ leader: true, changes: 1, alerts: 1 });
    await scheduler.outbox.runUntilIdle();
    expect(poster.posts).toHaveLength(13);
  });
});

describe.each(storeKinds())("planning a backlog over several ticks (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => { await store.cleanup(); });

  it("plans at most the row budget per tick, resumes where it stopped, and plans everything exactly once", async () => {
    const clock = fakeClock(new Date(Date.now() + 3_600_000));
    for (const c of ["C1", "C2", "C3"]) await store.upsertSubscription(subscription(`slack:T1:${c}`, { liveAlerts: true, postWhenEmpty: false }));
    // Nine incidents, two of them at the same instant (one merge): a chunk is never split.
    const base = Date.now() + 60_000;
    for (let i = 0; i < 9; i++) await addIncident(store, new Date(base + Math.min(i, 7) * 1_000), { id: `victim${i}-2025-06` });
    const planner = createDeliveryPlanner({ store, clock, logger: silentLogger, owner: "p1", maxAlertRows: 7 });
    const reports = [];
    for (let tick = 0; tick < 6; tick++) {
      reports.push(await planner.planOnce());
      clock.advance(15_000);
    }
    expect(reports[0]).toMatchObject({ partial: true, alerts: 9, enqueued: 9 });
    expect(reports.map((r) => r.partial)).toEqual([true, true, false, false, false, false]);
    expect(reports.reduce((n, r) => n + r.enqueued, 0)).toBe(27);
    expect((await store.outboxHealth(clock.now())).depth).toBe(27);
  });
});

describe("mentionsTerm", () => {
  const incident = { title: "Qantas customer data stolen", victims: ["Qantas"], victimGroup: null, vendor: "Salesforce", actors: [{ name: "Scattered Spider", role: "suspected" }] } as never;
  it("matches whole words, case-insensitively, across victims, vendor and actors", () => {
    expect(mentionsTerm(incident, [], "salesforce")).toBe(true);
    expect(mentionsTerm(incident, [], "scattered spider")).toBe(true);
    expect(mentionsTerm(incident, [], "Qan")).toBe(false);
    expect(mentionsTerm(incident, [], "Zendesk")).toBe(false);
  });
});
