import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeClock } from "../../src/clock.js";
import type { ChatPoster, PostedMessage } from "../../src/domain/chat.js";
import { BreachRadarError } from "../../src/domain/errors.js";
import type { Scheduler } from "../../src/schedule/index.js";
import { RETRY_TIMING } from "../../src/schedule/outbox/delivery.policy.js";
import type { Store } from "../../src/store/store.port.js";
import { addDays, localDate, zonedInstant } from "../../src/schedule/zoned-time.js";
import { openSecondStore, openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { deliverNow, recordingPoster, subscription, testScheduler } from "./schedule.fixtures.js";

const TZ = "Europe/Paris";
const MIN = 60_000;

describe.each(storeKinds())("delivery failures (%s)", (kind) => {
  let store: TestStore;
  let poster: ReturnType<typeof recordingPoster>;
  let clock: ReturnType<typeof fakeClock>;
  let scheduler: Scheduler;
  const day1 = addDays(localDate(new Date(), TZ), 1);
  const key = (target: string) => `digest:${target}:${day1}`;

  beforeEach(async () => {
    store = await openTestStore(kind);
    poster = recordingPoster();
    clock = fakeClock(zonedInstant(day1, "08:00", TZ));
    scheduler = testScheduler(store, [poster], clock);
  });
  afterEach(async () => { await store.cleanup(); });

  it("waits out a 429's Retry-After on the target for every replica, without counting it as an attempt", async () => {
    await store.upsertSubscription(subscription("slack:T1:busy"));
    poster.failures.set("slack:T1:busy", ["429"]);
    await deliverNow(scheduler);
    const other = await openSecondStore(store);
    try {
      const replica = testScheduler(other, [poster], clock);
      clock.advance(10_000);
      expect(await replica.outbox.runUntilIdle()).toBe(0);
      expect((await store.listDeliveryScopes())[0]).toMatchObject({ scope: "slack:T1:busy", state: "rate_limited" });
      clock.advance(22_000);
      expect(await replica.outbox.runUntilIdle()).toBe(1);
    } finally {
      await other.close();
    }
    expect(poster.posts).toHaveLength(1);
    expect(await store.getDelivery(key("slack:T1:busy"))).toMatchObject({ status: "delivered", attempts: 1 });
    expect(await store.listDeliveryScopes()).toEqual([]);
  });

  it("backs off a permanent 500 exponentially and gives up after a capped number of attempts", async () => {
    await store.upsertSubscription(subscription("slack:T1:broken"));
    poster.always.set("slack:T1:broken", "error");
    await deliverNow(scheduler);
    const gaps: number[] = [];
    for (let i = 0; i < 24 * 12; i++) {
      const before = poster.attempts.length;
      clock.advance(5 * MIN);
      await scheduler.outbox.runUntilIdle();
      if (poster.attempts.length > before) gaps.push(i);
    }
    expect(poster.attempts).toHaveLength(8);
    expect(await store.getDelivery(key("slack:T1:broken"))).toMatchObject({ status: "failed", attempts: 8 });
    const intervals = gaps.slice(1).map((g, i) => g - gaps[i]!);
    expect(intervals.at(-1)!).toBeGreaterThan(intervals[0]!);
  });

  it("stops a rejected message after three attempts", async () => {
    await store.upsertSubscription(subscription("slack:T1:big"));
    poster.always.set("slack:T1:big", "rejected");
    await deliverNow(scheduler);
    for (let i = 0; i < 6; i++) {
      clock.advance(RETRY_TIMING.maxMs);
      await scheduler.outbox.runUntilIdle();
    }
    expect(poster.attempts).toHaveLength(3);
    expect((await store.getDelivery(key("slack:T1:big")))?.lastError).toMatch(/gave up after 3 attempts: POST_REJECTED/);
  });

  it("pauses the subscription and watches of a gone channel with a reason, tells the subscriber once, and serves the rest", async () => {
    await store.upsertSubscription(subscription("slack:T1:gone", { createdBy: "U7" }));
    await store.addWatch({ platform: "slack", workspaceId: "T1", target: "slack:T1:gone", term: "Salesforce", createdBy: "U8" });
    await store.upsertSubscription(subscription("slack:T1:ok"));
    poster.always.set("slack:T1:gone", "gone");
    await deliverNow(scheduler);
    await deliverNow(scheduler);
    const sub = await store.getSubscription("slack:T1:gone");
    expect(sub?.pausedReason).toMatch(/deleted or archived, or the bot was removed \(TARGET_GONE: channel_not_found\)/);
    expect((await store.listWatches({ target: "slack:T1:gone" }))[0]?.pausedReason).toBe(sub?.pausedReason);
    expect((await store.listSubscriptions({ activeOnly: true })).map((s) => s.target)).toEqual(["slack:T1:ok"]);
    const notices = poster.posts.filter((p) => p.view.kind === "message");
    expect(notices.map((p) => p.target).sort()).toEqual(["slack:T1:U7", "slack:T1:U8"]);
    expect(notices[0]!.view.fallbackText).toMatch(/paused the daily digest, the watch "Salesforce"/);
    expect(poster.posts.filter((p) => p.view.kind === "digest").map((p) => p.target)).toEqual(["slack:T1:ok"]);
    clock.advance(24 * 3_600_000);
    await deliverNow(scheduler);
    expect(poster.posts.filter((p) => p.view.kind === "message")).toHaveLength(2);
  });

  it("holds a channel the bot was removed from, tells the subscriber once, and resumes by itself after the invite", async () => {
    await store.upsertSubscription(subscription("slack:T1:left", { createdBy: "U5" }));
    poster.always.set("slack:T1:left", "not_in_channel");
    await deliverNow(scheduler);
    clock.advance(RETRY_TIMING.invitePollMs + 1_000);
    await deliverNow(scheduler);
    expect(poster.attempts.filter((t) => t === "slack:T1:left")).toHaveLength(2);
    expect((await store.getSubscription("slack:T1:left"))?.pausedReason).toBeNull();
    expect((await store.listDeliveryScopes())[0]).toMatchObject({ scope: "slack:T1:left", state: "waiting_invite" });
    expect(poster.posts.filter((p) => p.target === "slack:T1:U5")).toHaveLength(1);
    poster.always.delete("slack:T1:left"); // invited back
    clock.advance(RETRY_TIMING.invitePollMs + 1_000);
    await deliverNow(scheduler);
    expect(poster.posts.filter((p) => p.target === "slack:T1:left")).toHaveLength(1);
    expect(await store.listDeliveryScopes()).toEqual([]);
  });

  it("marks a workspace with a revoked token broken, pauses no channel, and resumes after a re-install", async () => {
    for (const t of ["slack:T1:a", "slack:T1:b", "slack:T1:c", "slack:T2:x"]) await store.upsertSubscription(subscription(t));
    for (const t of ["slack:T1:a", "slack:T1:b", "slack:T1:c"]) poster.always.set(t, "auth");
    await deliverNow(scheduler);
    clock.advance(5 * MIN);
    await deliverNow(scheduler);
    expect(poster.posts.map((p) => p.target)).toEqual(["slack:T2:x"]);
    expect(poster.attempts.filter((t) => t.startsWith("slack:T1:")).length).toBeLessThanOrEqual(3);
    expect((await store.listSubscriptions({ activeOnly: true }))).toHaveLength(4);
    expect(await store.listDeliveryScopes({ states: ["broken"] })).toEqual([
      expect.objectContaining({ scope: "slack:T1", reason: "INSTALLATION_BROKEN: invalid_auth" }),
    ]);
    for (const t of ["slack:T1:a", "slack:T1:b", "slack:T1:c"]) poster.always.delete(t);
    await store.saveInstallation({ platform: "slack", id: "T1", data: { team: { id: "T1" } } });
    await deliverNow(scheduler);
    expect(poster.posts.map((p) => p.target).sort()).toEqual(["slack:T1:a", "slack:T1:b", "slack:T1:c", "slack:T2:x"]);
  });

  it("after a lost answer, finds the earlier post by its key instead of posting again (platforms that can look)", async () => {
    await store.upsertSubscription(subscription("slack:T1:flaky"));
    poster.failures.set("slack:T1:flaky", ["lost_answer"]);
    await deliverNow(scheduler);
    expect(await store.getDelivery(key("slack:T1:flaky"))).toMatchObject({ status: "pending", uncertain: true });
    clock.advance(RETRY_TIMING.maxMs);
    await deliverNow(scheduler);
    expect(poster.countKey(key("slack:T1:flaky"))).toBe(1);
    expect(await store.getDelivery(key("slack:T1:flaky"))).toMatchObject({ status: "delivered", messageId: "m1" });
  });

  it("without a way to look (Teams), a lost answer is posted again: at-least-once", async () => {
    const blind = recordingPoster("teams", { canFind: false });
    const teams = testScheduler(store, [blind], clock);
    await store.upsertSubscription(subscription("teams:tenant:conv", { platform: "teams", workspaceId: "tenant" }));
    blind.failures.set("teams:tenant:conv", ["lost_answer"]);
    await deliverNow(teams);
    clock.advance(RETRY_TIMING.maxMs);
    await deliverNow(teams);
    expect(blind.countKey(key("teams:tenant:conv"))).toBe(2);
  });

  it("never posts again because recording a post failed: the record is retried until the database takes it", async () => {
    await store.upsertSubscription(subscription("slack:T1:c1"));
    let failuresLeft = 3;
    const flaky: Store = {
      ...store,
      completeDelivery: async (k, r) => {
        if (failuresLeft-- > 0) throw new BreachRadarError("DB_UNAVAILABLE", "connection reset");
        return store.completeDelivery(k, r);
      },
    };
    await deliverNow(testScheduler(flaky, [poster], clock));
    expect(poster.countKey(key("slack:T1:c1"))).toBe(1);
    expect(await store.getDelivery(key("slack:T1:c1"))).toMatchObject({ status: "delivered" });
  });

  it("when a worker dies after posting and before recording, the next worker finds the post and records it", async () => {
    await store.upsertSubscription(subscription("slack:T1:c2"));
    const down = async () => { throw new BreachRadarError("DB_UNAVAILABLE", "gone"); };
    const dead: Store = { ...store, completeDelivery: down, renewLeases: down };
    const dying = testScheduler(dead, [poster], clock, {}, "dying-worker");
    await dying.planner.planOnce();
    // Post, then fail to record; the worker process "dies" (we stop waiting on it).
    // The dying worker keeps retrying its record in the background; it must not matter (nor fail the run).
    void dying.outbox.runUntilIdle().catch(() => undefined);
    await poster.findPosted!("slack:T1:c2", key("slack:T1:c2"), new Date(0)).then(async function wait(found): Promise<void> {
      if (!found) await new Promise((r) => setTimeout(r, 20)).then(() => poster.findPosted!("slack:T1:c2", key("slack:T1:c2"), new Date(0)).then(wait));
    });
    clock.advance(60_000); // the lease runs out: the row is due again once a post still in flight would have ended
    expect(await scheduler.outbox.runUntilIdle()).toBe(0);
    clock.advance(2_500);
    expect(await scheduler.outbox.runUntilIdle()).toBe(1);
    expect(poster.countKey(key("slack:T1:c2"))).toBe(1);
    expect(await store.getDelivery(key("slack:T1:c2"))).toMatchObject({ status: "delivered", attempts: 2 });
  });

  it("does not post when its lease ran out before posting (the database stalled): the next worker takes over and checks", async () => {
    await store.upsertSubscription(subscription("slack:T1:stalled"));
    const stalling: Store = {
      ...store,
      // Composing reads the subscription: the database answers only after the lease (30 s) has run out.
      getSubscription: async (t) => { clock.advance(40_000); return store.getSubscription(t); },
      listSubscriptions: async (f) => { clock.advance(40_000); return store.listSubscriptions(f); },
    };
    const slowWorker = testScheduler(stalling, [poster], clock, {}, "stalled-worker");
    await slowWorker.planner.planOnce();
    expect(await slowWorker.outbox.runUntilIdle()).toBe(1);
    expect(poster.attempts).toHaveLength(0);
    // Its next claim found its own lease expired: back to pending, uncertain, due after the takeover grace.
    expect(await store.getDelivery(key("slack:T1:stalled"))).toMatchObject({ status: "pending", uncertain: true, leaseOwner: null });
    expect(await scheduler.outbox.runUntilIdle()).toBe(0);
    clock.advance(2_500);
    expect(await scheduler.outbox.runUntilIdle()).toBe(1);
    expect(poster.countKey(key("slack:T1:stalled"))).toBe(1);
    expect(await store.getDelivery(key("slack:T1:stalled"))).toMatchObject({ status: "delivered", uncertain: false });
  });

  it("records a post that answered after the deadline, and does not post it twice", async () => {
    await store.upsertSubscription(subscription("slack:T1:slow"));
    const slow: ChatPoster = {
      platform: "slack",
      post: (target, view, options) => new Promise<PostedMessage>((resolve) => setTimeout(() => resolve(poster.post(target, view, options)), 600)),
      findPosted: poster.findPosted,
    };
    const impatient = testScheduler(store, [slow], clock, { postTimeoutMs: 150 });
    await deliverNow(impatient);
    await new Promise((r) => setTimeout(r, 800));
    await impatient.outbox.runUntilIdle();
    expect(poster.posts).toHaveLength(1);
    expect(await store.getDelivery(key("slack:T1:slow"))).toMatchObject({ status: "delivered" });
  });
});
