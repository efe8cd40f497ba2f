import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeClock } from "../../src/clock.js";
import type { Scheduler } from "../../src/schedule/index.js";
import { addDays, localDate, localParts, zonedInstant } from "../../src/schedule/zoned-time.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { addIncident, deliverNow, recordingPoster, subscription, testScheduler } from "./schedule.fixtures.js";

const TZ = "Europe/Paris";

describe.each(storeKinds())("digests through the outbox (%s)", (kind) => {
  let store: TestStore;
  let poster: ReturnType<typeof recordingPoster>;
  let clock: ReturnType<typeof fakeClock>;
  let scheduler: Scheduler;
  // Subscriptions are created "now", so the scheduled days are in the (near) future.
  const day1 = addDays(localDate(new Date(), TZ), 1);
  const at = (day: string, hhmm: string) => zonedInstant(day, hhmm, TZ);

  beforeEach(async () => {
    store = await openTestStore(kind);
    poster = recordingPoster();
    clock = fakeClock(at(day1, "07:00"));
    scheduler = testScheduler(store, [poster], clock);
  });
  afterEach(async () => { await store.cleanup(); });

  it("posts once when the local time is due, never twice for the same day, with the key as its idempotency key", async () => {
    // The first occurrence after the subscription is created: one hour from now, local time.
    const first = new Date(Math.ceil((Date.now() + 3_600_000) / 60_000) * 60_000);
    const p = localParts(first, TZ);
    const hhmm = `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
    await store.upsertSubscription(subscription("slack:T1:C1", { digestTime: hhmm }));
    await addIncident(store, new Date(), { id: "qantas-2025-06", vendor: "Salesforce" });
    clock.set(new Date(first.getTime() - 60_000));
    expect(await deliverNow(scheduler)).toBe(0);
    clock.set(first);
    expect(await deliverNow(scheduler)).toBe(1);
    clock.advance(60_000);
    await deliverNow(scheduler);
    expect(poster.posts).toHaveLength(1);
    const digest = poster.posts[0]!;
    expect(digest.key).toBe(`digest:slack:T1:C1:${localDate(first, TZ)}`);
    expect(digest.view.kind).toBe("digest");
    expect(digest.view.title).not.toContain("late");
    expect(JSON.stringify(digest.view.sections)).toContain("qantas-2025-06");
    expect((await store.getSubscription("slack:T1:C1"))?.lastDigestAt?.getTime()).toBe(first.getTime());
    clock.set(zonedInstant(addDays(localDate(first, TZ), 1), hhmm, TZ));
    await deliverNow(scheduler);
    expect(poster.posts).toHaveLength(2);
  });

  it("after days of downtime posts one late digest, not one per missed day", async () => {
    await store.upsertSubscription(subscription("slack:T1:C1"));
    clock.set(at(addDays(day1, 3), "10:00"));
    await deliverNow(scheduler);
    await deliverNow(scheduler);
    expect(poster.posts).toHaveLength(1);
    expect(poster.posts[0]!.view.title).toContain("(late)");
  });

  it("after an overnight outage, posts one digest at the usual time instead of a late one two minutes before it", async () => {
    await store.upsertSubscription(subscription("slack:T1:C1"));
    clock.set(at(day1, "08:00"));
    await deliverNow(scheduler);
    expect(poster.posts).toHaveLength(1);
    // Down from 08:05 on day 1 until 07:58 on day 3: day 2's digest was missed.
    clock.set(at(addDays(day1, 2), "07:58"));
    await deliverNow(scheduler);
    expect(poster.posts).toHaveLength(1);
    clock.set(at(addDays(day1, 2), "08:00"));
    await deliverNow(scheduler);
    expect(poster.posts).toHaveLength(2);
    expect(poster.posts[1]!.view.title).not.toContain("late");
    expect(poster.posts[1]!.key).toBe(`digest:slack:T1:C1:${addDays(day1, 2)}`);
  });

  it("is silent or posts a one-liner when there is nothing new, as configured", async () => {
    await store.upsertSubscription(subscription("slack:T1:quiet", { postWhenEmpty: false }));
    await store.upsertSubscription(subscription("slack:T1:chatty", { postWhenEmpty: true }));
    clock.set(at(day1, "08:00"));
    const plan = await scheduler.planner.planOnce();
    expect(plan).toMatchObject({ leader: true, digests: 1, silent: 1, enqueued: 1 });
    await scheduler.outbox.runUntilIdle();
    expect(poster.posts.map((p) => p.target)).toEqual(["slack:T1:chatty"]);
    expect(poster.posts[0]!.view.fallbackText).toMatch(/No new or changed incidents/);
    expect((await store.getSubscription("slack:T1:quiet"))?.lastDigestAt).toEqual(at(day1, "08:00"));
  });

  it("applies each channel's sector and severity filters", async () => {
    await store.upsertSubscription(subscription("slack:T1:air", { sectors: ["airline"], postWhenEmpty: false }));
    await store.upsertSubscription(subscription("slack:T1:shop", { sectors: ["retail"], postWhenEmpty: false }));
    await addIncident(store, at(day1, "06:00"), { id: "chanel-2025-07", sector: "retail" });
    clock.set(at(day1, "08:00"));
    await deliverNow(scheduler);
    expect(poster.posts.map((p) => p.target)).toEqual(["slack:T1:shop"]);
  });

  it("one hung or failing channel does not hold the others: they post while it waits", async () => {
    const targets = Array.from({ length: 10 }, (_, i) => `slack:T1:C${i}`);
    for (const t of targets) await store.upsertSubscription(subscription(t));
    poster.always.set("slack:T1:C0", "error");
    clock.set(at(day1, "08:00"));
    await deliverNow(scheduler);
    expect(poster.posts.map((p) => p.target).sort()).toEqual(targets.slice(1).sort());
    const row = await store.getDelivery(`digest:slack:T1:C0:${day1}`);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "PLATFORM_ERROR: internal_error" });
    expect(row!.dueAt!.getTime()).toBeGreaterThanOrEqual(at(day1, "08:00").getTime() + 10_000);
  });
});
