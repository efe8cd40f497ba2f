import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeClock } from "../../src/clock.js";
import { silentLogger } from "../../src/logger.js";
import { dispatchDigests } from "../../src/schedule/digest.job.js";
import type { DeliveryDeps } from "../../src/schedule/deliver.js";
import { addDays, localDate, localParts, zonedInstant } from "../../src/schedule/zoned-time.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { addIncident, recordingPoster, subscription } from "./schedule.fixtures.js";

const TZ = "Europe/Paris";

describe.each(storeKinds())("digest dispatch (%s)", (kind) => {
  let store: TestStore;
  let poster: ReturnType<typeof recordingPoster>;
  let clock: ReturnType<typeof fakeClock>;
  let deps: DeliveryDeps;
  // Subscriptions are created "now", so the scheduled days are in the (near) future.
  const day1 = addDays(localDate(new Date(), TZ), 1);
  const at = (day: string, hhmm: string) => zonedInstant(day, hhmm, TZ);

  beforeEach(async () => {
    store = await openTestStore(kind);
    poster = recordingPoster();
    clock = fakeClock(at(day1, "07:00"));
    deps = { store, posters: [poster], logger: silentLogger, clock, cooldown: new Map() };
  });
  afterEach(async () => { await store.cleanup(); });

  it("posts once when the local time is due, never twice for the same day", async () => {
    // The first occurrence after the subscription is created: one hour from now, local time.
    const first = new Date(Math.ceil((Date.now() + 3_600_000) / 60_000) * 60_000);
    const p = localParts(first, TZ);
    const hhmm = `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
    await store.upsertSubscription(subscription("slack:T1:C1", { digestTime: hhmm }));
    await addIncident(store, new Date(), { id: "qantas-2025-06", vendor: "Salesforce" });
    clock.set(new Date(first.getTime() - 60_000));
    expect((await dispatchDigests(deps)).posted).toBe(0);
    clock.set(first);
    expect((await dispatchDigests(deps)).posted).toBe(1);
    clock.advance(60_000);
    await dispatchDigests(deps);
    expect(poster.posts).toHaveLength(1);
    const digest = poster.posts[0]!.view;
    expect(digest.kind).toBe("digest");
    expect(digest.title).not.toContain("late");
    expect(JSON.stringify(digest.sections)).toContain("qantas-2025-06");
    clock.set(zonedInstant(addDays(localDate(first, TZ), 1), hhmm, TZ));
    await dispatchDigests(deps);
    expect(poster.posts).toHaveLength(2);
  });

  it("after days of downtime posts one late digest, not one per missed day", async () => {
    await store.upsertSubscription(subscription("slack:T1:C1"));
    clock.set(at(addDays(day1, 3), "10:00"));
    await dispatchDigests(deps);
    await dispatchDigests(deps);
    expect(poster.posts).toHaveLength(1);
    expect(poster.posts[0]!.view.title).toContain("(late)");
  });

  it("is silent or posts a one-liner when there is nothing new, as configured", async () => {
    await store.upsertSubscription(subscription("slack:T1:quiet", { postWhenEmpty: false }));
    await store.upsertSubscription(subscription("slack:T1:chatty", { postWhenEmpty: true }));
    clock.set(at(day1, "08:00"));
    const report = await dispatchDigests(deps);
    expect(report).toMatchObject({ posted: 1, silent: 1 });
    expect(poster.posts.map((p) => p.target)).toEqual(["slack:T1:chatty"]);
    expect(poster.posts[0]!.view.fallbackText).toMatch(/No new or changed incidents/);
  });

  it("applies each channel's sector and severity filters", async () => {
    await store.upsertSubscription(subscription("slack:T1:air", { sectors: ["airline"], postWhenEmpty: false }));
    await store.upsertSubscription(subscription("slack:T1:shop", { sectors: ["retail"], postWhenEmpty: false }));
    await addIncident(store, at(day1, "06:00"), { id: "chanel-2025-07", sector: "retail" });
    clock.set(at(day1, "08:00"));
    await dispatchDigests(deps);
    expect(poster.posts.map((p) => p.target)).toEqual(["slack:T1:shop"]);
  });

  it("pauses a subscription whose channel is gone, and keeps serving the others", async () => {
    await store.upsertSubscription(subscription("slack:T1:gone"));
    await store.upsertSubscription(subscription("slack:T1:ok"));
    poster.failures.set("slack:T1:gone", ["gone"]);
    clock.set(at(day1, "08:00"));
    const report = await dispatchDigests(deps);
    expect(report).toMatchObject({ posted: 1, paused: 1 });
    const gone = await store.getSubscription("slack:T1:gone");
    expect(gone?.pausedReason).toMatch(/deleted or the bot was removed/);
    expect((await store.listSubscriptions({ activeOnly: true })).map((s) => s.target)).toEqual(["slack:T1:ok"]);
  });

  it("retries after a 429 once the Retry-After has passed, and posts exactly once", async () => {
    await store.upsertSubscription(subscription("slack:T1:busy"));
    poster.failures.set("slack:T1:busy", ["429"]);
    clock.set(at(day1, "08:00"));
    expect((await dispatchDigests(deps)).retryLater).toBe(1);
    clock.advance(10_000);
    expect((await dispatchDigests(deps)).retryLater).toBe(1);
    clock.advance(30_000);
    expect((await dispatchDigests(deps)).posted).toBe(1);
    await dispatchDigests(deps);
    expect(poster.posts).toHaveLength(1);
  });
});
