import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeClock } from "../../src/clock.js";
import type { Store } from "../../src/store/store.port.js";
import { addDays, localDate, zonedInstant } from "../../src/schedule/zoned-time.js";
import { openSecondStore, openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { addIncident, recordingPoster, subscription, testScheduler } from "./schedule.fixtures.js";

const TZ = "Europe/Paris";

describe.each(storeKinds())("two scheduler replicas on one %s database", (kind) => {
  let storeA: TestStore;
  let storeB: Store;
  beforeEach(async () => {
    storeA = await openTestStore(kind);
    storeB = await openSecondStore(storeA);
  });
  afterEach(async () => {
    await storeB.close();
    await storeA.cleanup();
  });

  it("posts every digest and alert exactly once while both plan and post at the same time", async () => {
    const day = addDays(localDate(new Date(), TZ), 1);
    const clock = fakeClock(zonedInstant(day, "08:00", TZ));
    const channels = Array.from({ length: 12 }, (_, i) => `slack:T1:C${i}`);
    for (const target of channels) await storeA.upsertSubscription(subscription(target, { liveAlerts: true }));
    await addIncident(storeA, clock.now(), { id: "hawaiian-2025-06", actors: [{ name: "Scattered Spider", role: "suspected" }] });
    // One platform, seen by both replicas: every post any replica makes lands here.
    const platform = recordingPoster();
    const a = testScheduler(storeA, [platform], clock, { concurrency: 3 }, "replica-a");
    const b = testScheduler(storeB, [platform], clock, { concurrency: 3 }, "replica-b");
    for (let round = 0; round < 3; round++) {
      await Promise.all([a.planner.planOnce(), b.planner.planOnce()]);
      await Promise.all([a.outbox.runUntilIdle(), b.outbox.runUntilIdle()]);
    }
    const digests = platform.posts.filter((p) => p.view.kind === "digest");
    const alerts = platform.posts.filter((p) => p.view.kind === "alert");
    expect(digests.map((p) => p.target).sort()).toEqual([...channels].sort());
    expect(alerts.map((p) => p.target).sort()).toEqual([...channels].sort());
  });
});
