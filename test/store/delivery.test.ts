import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSecondStore, openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import type { OutboxItemInput, Store } from "../../src/store/store.port.js";

const T0 = new Date("2026-03-02T08:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

function item(key: string, target = "slack:T1:C1", over: Partial<OutboxItemInput> = {}): OutboxItemInput {
  return { key, target, scope: "slack:T1", platform: "slack", kind: "alert", incidentId: "qantas-2025-06", payload: { kind: "notice", title: key, text: "" }, dueAt: T0, ...over };
}

describe.each(storeKinds())("outbox rows (%s)", (kind) => {
  let store: TestStore;
  let second: Store | null = null;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => {
    await second?.close();
    second = null;
    await store.cleanup();
  });

  it("enqueues new keys only, without an error for the ones already there", async () => {
    expect(await store.enqueueDeliveries([item("a"), item("b")], T0)).toEqual(["a", "b"]);
    expect(await store.enqueueDeliveries([item("b"), item("c"), item("a")], T0)).toEqual(["c"]);
    expect([...(await store.existingDeliveryKeys(["a", "c", "zzz"]))].sort()).toEqual(["a", "c"]);
    const row = await store.getDelivery("a");
    expect(row).toMatchObject({ status: "pending", target: "slack:T1:C1", scope: "slack:T1", platform: "slack", attempts: 0, uncertain: false });
    expect(row!.payload).toEqual({ kind: "notice", title: "a", text: "" });
    expect(row!.dueAt!.getTime()).toBe(T0.getTime());
  });

  it("claims one due row per target, nothing not yet due, nothing of another platform", async () => {
    await store.enqueueDeliveries([
      item("c1-old", "slack:T1:C1", { dueAt: at(-5_000) }), item("c1-new", "slack:T1:C1"), item("c2", "slack:T1:C2"),
      item("future", "slack:T1:C3", { dueAt: at(60_000) }), item("teams", "teams:t:c", { platform: "teams", scope: "teams:t" }),
    ], T0);
    const claimed = await store.claimDeliveries({ owner: "w1", platforms: ["slack"], limit: 10, now: T0, leaseMs: 30_000 });
    expect(claimed.map((c) => c.key).sort()).toEqual(["c1-old", "c2"]);
    expect(claimed[0]).toMatchObject({ attempts: 1, uncertain: false, leaseOwner: "w1" });
    expect(claimed[0]!.leaseUntil.getTime()).toBe(at(30_000).getTime());
    // C1 has a live lease: its next row waits, whoever asks.
    expect(await store.claimDeliveries({ owner: "w2", platforms: ["slack", "teams"], limit: 10, now: T0, leaseMs: 30_000 }).then((r) => r.map((c) => c.key))).toEqual(["teams"]);
  });

  it("never gives one row to two concurrent claimers (two store instances)", async () => {
    second = await openSecondStore(store);
    await store.enqueueDeliveries(Array.from({ length: 40 }, (_, i) => item(`k${i}`, `slack:T1:C${i}`)), T0);
    const stores = [store, second, store, second];
    const batches = await Promise.all(stores.map((s, i) => s.claimDeliveries({ owner: `w${i}`, platforms: ["slack"], limit: 15, now: T0, leaseMs: 30_000 })));
    const keys = batches.flat().map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(40);
  });

  it("re-claims an expired lease as uncertain, and only the lease holder can reschedule or end a row", async () => {
    await store.enqueueDeliveries([item("x")], T0);
    const [first] = await store.claimDeliveries({ owner: "dead", platforms: ["slack"], limit: 1, now: T0, leaseMs: 10_000 });
    expect(await store.claimDeliveries({ owner: "w2", platforms: ["slack"], limit: 1, now: at(9_000), leaseMs: 10_000 })).toEqual([]);
    // Taken over only once a post the old holder may still have in flight has ended (the grace).
    expect(await store.claimDeliveries({ owner: "w2", platforms: ["slack"], limit: 1, now: at(10_001), leaseMs: 10_000, takeoverGraceMs: 5_000 })).toEqual([]);
    expect(await store.getDelivery("x")).toMatchObject({ status: "pending", uncertain: true, leaseOwner: null, dueAt: at(15_001) });
    const [again] = await store.claimDeliveries({ owner: "w2", platforms: ["slack"], limit: 1, now: at(15_001), leaseMs: 10_000, takeoverGraceMs: 5_000 });
    expect(again).toMatchObject({ key: "x", attempts: 2, uncertain: true, leaseOwner: "w2" });
    expect(again!.firstTriedAt.getTime()).toBe(T0.getTime());
    expect(await store.rescheduleDelivery(first!, { dueAt: at(99_000), error: "late", uncertain: false })).toBe(false);
    expect(await store.endDelivery(first!, { status: "failed", error: "late", at: T0 })).toBe(false);
    expect(await store.rescheduleDelivery(again!, { dueAt: at(60_000), error: "HTTP 500", uncertain: true })).toBe(true);
    expect(await store.getDelivery("x")).toMatchObject({ status: "pending", lastError: "HTTP 500", uncertain: true, leaseOwner: null, attempts: 2 });
    const [third] = await store.claimDeliveries({ owner: "w3", platforms: ["slack"], limit: 1, now: at(60_000), leaseMs: 10_000 });
    expect(await store.rescheduleDelivery(third!, { dueAt: at(61_000), error: "429", uncertain: false, refundAttempt: true })).toBe(true);
    expect((await store.getDelivery("x"))?.attempts).toBe(2);
  });

  it("skips targets and workspaces blocked in the scope table until their time", async () => {
    await store.enqueueDeliveries([item("a", "slack:T1:C1"), item("b", "slack:T1:C2"), item("c", "slack:T2:C3", { scope: "slack:T2" })], T0);
    expect(await store.setDeliveryScope("slack:T1:C1", { state: "rate_limited", reason: "429", blockedUntil: at(90_000) }, T0)).toBe(true);
    expect(await store.setDeliveryScope("slack:T1:C1", { state: "rate_limited", reason: "429 again", blockedUntil: at(95_000) }, at(1_000))).toBe(false);
    expect((await store.listDeliveryScopes({ prefix: "slack:T1:" }))[0]).toMatchObject({ reason: "429 again", since: T0 });
    await store.setDeliveryScope("slack:T2", { state: "broken", reason: "invalid_auth", blockedUntil: at(30 * 60_000) }, T0);
    const claim = (now: Date) => store.claimDeliveries({ owner: "w", platforms: ["slack"], limit: 10, now, leaseMs: 5_000 }).then((r) => r.map((c) => c.key).sort());
    expect(await claim(T0)).toEqual(["b"]);
    await store.completeDelivery("b", { target: "slack:T1:C2", scope: "slack:T1", messageId: "m", threadId: "m", late: false, at: T0 });
    expect(await claim(at(96_000))).toEqual(["a"]);
    await store.completeDelivery("a", { target: "slack:T1:C1", scope: "slack:T1", messageId: "m2", threadId: "m2", late: false, at: at(96_000) });
    expect(await claim(at(31 * 60_000))).toEqual(["c"]);
    const scopes = await store.listDeliveryScopes({ states: ["broken"] });
    expect(scopes).toEqual([{ scope: "slack:T2", state: "broken", reason: "invalid_auth", blockedUntil: at(30 * 60_000), since: T0 }]);
  });

  it("records a post whoever holds the lease, with the incident post and the digest time, and clears blocks", async () => {
    await store.upsertSubscription({
      platform: "slack", workspaceId: "T1", target: "slack:T1:C1", digestTime: "08:00", timeZone: "UTC", sectors: [], minSeverity: "low",
      postWhenEmpty: true, liveAlerts: true, createdBy: "U1",
    });
    const sub = (await store.getSubscription("slack:T1:C1"))!;
    await store.enqueueDeliveries([item("d")], T0);
    await store.setDeliveryScope("slack:T1:C1", { state: "waiting_invite", reason: "not_in_channel", blockedUntil: T0 }, T0);
    await store.setDeliveryScope("slack:T1", { state: "broken", reason: "invalid_auth", blockedUntil: T0 }, T0);
    await store.claimDeliveries({ owner: "gone", platforms: ["slack"], limit: 1, now: T0, leaseMs: 1_000 });
    const done = { target: "slack:T1:C1", scope: "slack:T1", messageId: "1700.01", threadId: "1700.01", late: true, at: at(5_000), incidentId: "qantas-2025-06", subscriptionId: sub.id, digestUntil: at(4_000) };
    expect(await store.completeDelivery("d", done)).toBe(true);
    expect(await store.completeDelivery("d", done)).toBe(false);
    expect(await store.getDelivery("d")).toMatchObject({ status: "delivered", messageId: "1700.01", late: true, leaseOwner: null, deliveredAt: at(5_000) });
    expect(await store.incidentForThread("slack:T1:C1", "1700.01")).toBe("qantas-2025-06");
    expect((await store.getSubscription("slack:T1:C1"))?.lastDigestAt).toEqual(at(4_000));
    expect(await store.listDeliveryScopes()).toEqual([]);
  });

  it("releases a worker's leases, cancels a target's pending rows, and reports health", async () => {
    await store.enqueueDeliveries([item("r1", "slack:T1:C1"), item("r2", "slack:T1:C2"), item("p1", "slack:T1:C3"), item("p2", "slack:T1:C3", { kind: "digest", dueAt: at(1) })], T0);
    await store.claimDeliveries({ owner: "w", platforms: ["slack"], limit: 2, now: T0, leaseMs: 1_000 });
    expect(await store.releaseDeliveries("w", ["r1", "r2", "p1"], { uncertain: true, now: at(500) })).toBe(2);
    expect(await store.getDelivery("r1")).toMatchObject({ status: "pending", uncertain: true, leaseOwner: null, dueAt: at(500) });
    expect(await store.cancelDeliveries({ target: "slack:T1:C3", kinds: ["digest"] }, "superseded", T0)).toBe(1);
    expect(await store.getDelivery("p2")).toMatchObject({ status: "cancelled", lastError: "superseded" });
    await store.claimDeliveries({ owner: "dies", platforms: ["slack"], limit: 1, now: at(600), leaseMs: 1_000 });
    const health = await store.outboxHealth(at(5_000));
    expect(health).toMatchObject({ depth: 3, due: 2, stuckLeases: 1, failedLastDay: 0 });
    expect(health.oldestDueAt).toEqual(at(500));
  });

  it("purges ended rows and tick rows past retention, keeps recent ones", async () => {
    await store.enqueueDeliveries([item("old"), item("new", "slack:T1:C2")], at(-10 * 86_400_000));
    const [claimed] = await store.claimDeliveries({ owner: "w", platforms: ["slack"], limit: 1, now: T0, leaseMs: 1_000 });
    await store.completeDelivery(claimed!.key, { target: claimed!.target, scope: claimed!.scope, messageId: "m", threadId: "m", late: false, at: T0 });
    expect(await store.claimTick("tick:poll-feeds:2026-03-01T00:00:00.000Z", "w", at(-9 * 86_400_000))).toBe(true);
    const purged = await store.purgeOlderThan(at(-86_400_000));
    expect(purged).toBe(3);
    expect(await store.getDelivery("old")).toBeNull();
  });
});

describe.each(storeKinds())("scheduler leases (%s)", (kind) => {
  let store: TestStore;
  let second: Store;
  beforeEach(async () => {
    store = await openTestStore(kind);
    second = await openSecondStore(store);
  });
  afterEach(async () => {
    await second.close();
    await store.cleanup();
  });

  it("gives the planner lease to one replica, keeps its cursor, and hands it over when it expires", async () => {
    const results = await Promise.all([store, second, store, second].map((s, i) => s.acquireLease("planner", `r${i}`, 60_000, T0)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = `r${results.findIndex(Boolean)}`;
    expect(results.find(Boolean)).toEqual({ cursor: null, resumeAt: null });
    await store.releaseLease("planner", winner, { cursor: at(1_000), now: at(2_000) });
    expect(await second.acquireLease("planner", "other", 60_000, at(3_000))).toEqual({ cursor: at(1_000), resumeAt: null });
    expect(await store.acquireLease("planner", "third", 60_000, at(4_000))).toBeNull();
    expect(await store.acquireLease("planner", "other", 60_000, at(5_000))).toEqual({ cursor: at(1_000), resumeAt: null });
    await store.releaseLease("planner", "other", { resumeAt: at(900), now: at(6_000) });
    expect(await store.acquireLease("planner", "third", 60_000, at(66_000))).toEqual({ cursor: at(1_000), resumeAt: at(900) });
  });

  it("lets exactly one replica win a cron tick, without errors for the others", async () => {
    const wins = await Promise.all(Array.from({ length: 6 }, (_, i) => [store, second][i % 2]!.claimTick("tick:retention:slot-1", `r${i}`, T0)));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it("serialises work under the start-up lock across store instances", async () => {
    const order: string[] = [];
    const job = (s: Store, name: string) => s.withStartupLock(async () => {
      order.push(`${name}:in`);
      await new Promise((r) => setTimeout(r, 150));
      order.push(`${name}:out`);
    });
    await Promise.all([job(store, "a"), job(second, "b")]);
    expect([order.slice(0, 2), order.slice(2)].map((pair) => pair[0]!.split(":")[0] === pair[1]!.split(":")[0])).toEqual([true, true]);
  });
});
