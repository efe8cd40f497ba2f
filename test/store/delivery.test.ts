import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSecondStore, openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import type { Store } from "../../src/store/store.port.js";

describe.each(storeKinds())("deliveries and posts (%s)", (kind) => {
  let store: TestStore;
  let second: Store | null = null;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => {
    await second?.close();
    second = null;
    await store.cleanup();
  });

  it("gives exactly one winner among concurrent claims from two store instances", async () => {
    second = await openSecondStore(store);
    const stores = [store, second];
    for (let round = 0; round < 5; round++) {
      const key = `digest:slack:T1:C1:2025-07-0${round + 1}`;
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) => stores[i % 2]!.claimDelivery({ key, target: "slack:T1:C1", kind: "digest" })),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    }
    expect((await store.getDelivery("digest:slack:T1:C1:2025-07-03"))?.status).toBe("claimed");
  });

  it("completes, releases and re-claims a delivery", async () => {
    const key = "alert:slack:T1:C1:qantas-2025-06";
    expect(await store.claimDelivery({ key, target: "slack:T1:C1", kind: "alert", incidentId: "qantas-2025-06" })).toBe(true);
    await store.releaseDelivery(key, "rate limited");
    expect(await store.getDelivery(key)).toMatchObject({ status: "failed", lastError: "rate limited", attempts: 1 });
    const retries = await Promise.all([1, 2, 3].map(() => store.claimDelivery({ key, target: "slack:T1:C1", kind: "alert" })));
    expect(retries.filter(Boolean)).toHaveLength(1);
    await store.completeDelivery(key, { messageId: "1720000000.000100", late: true });
    const done = await store.getDelivery(key);
    expect(done).toMatchObject({ status: "delivered", messageId: "1720000000.000100", late: true, attempts: 2, lastError: null, incidentId: "qantas-2025-06" });
    expect(done!.deliveredAt).toBeInstanceOf(Date);
    expect(await store.claimDelivery({ key, target: "slack:T1:C1", kind: "alert" })).toBe(false);
    await store.releaseDelivery(key, "too late");
    expect((await store.getDelivery(key))?.status).toBe("delivered");
    expect(await store.getDelivery("nope")).toBeNull();
  });

  it("finds the incident of a thread by thread id or message id", async () => {
    await store.recordPost({ target: "slack:T1:C1", messageId: "111.1", threadId: "111.1", incidentId: "qantas-2025-06" });
    await store.recordPost({ target: "teams:t:conv", messageId: "act-2", threadId: "root-9", incidentId: "westjet-2025-06" });
    expect(await store.incidentForThread("slack:T1:C1", "111.1")).toBe("qantas-2025-06");
    expect(await store.incidentForThread("teams:t:conv", "root-9")).toBe("westjet-2025-06");
    expect(await store.incidentForThread("teams:t:conv", "act-2")).toBe("westjet-2025-06");
    expect(await store.incidentForThread("slack:T1:C2", "111.1")).toBeNull();
    await store.recordPost({ target: "slack:T1:C1", messageId: "111.1", threadId: "111.1", incidentId: "other-2025-01" });
    expect(await store.incidentForThread("slack:T1:C1", "111.1")).toBe("other-2025-01");
  });

  it("purges delivered deliveries and non-breach sources older than the cut-off", async () => {
    await store.claimDelivery({ key: "old-done", target: "t", kind: "digest" });
    await store.completeDelivery("old-done", {});
    await store.claimDelivery({ key: "old-pending", target: "t", kind: "digest" });
    const old = new Date("2020-01-01T00:00:00Z");
    await store.markSourceSeen({ url: "https://x.test/old", outlet: null, title: null, publishedAt: null, language: null, contentHash: "a", fetchedAt: old });
    await store.markSourceSeen({ url: "https://x.test/new", outlet: null, title: null, publishedAt: null, language: null, contentHash: "b", fetchedAt: new Date(Date.now() + 60_000) });
    const cutoff = new Date(Date.now() + 1_000);
    expect(await store.purgeOlderThan(cutoff)).toBe(2);
    expect(await store.getDelivery("old-done")).toBeNull();
    expect(await store.getDelivery("old-pending")).not.toBeNull();
    expect(await store.getSourceByUrl("https://x.test/old")).toBeNull();
    expect(await store.getSourceByUrl("https://x.test/new")).not.toBeNull();
    expect(await store.purgeOlderThan(cutoff)).toBe(0);
  });
});
