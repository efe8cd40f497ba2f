import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import { fakeClock } from "../../src/clock.js";
import { silentLogger } from "../../src/logger.js";
import { createScheduler } from "../../src/schedule/index.js";
import type { Store } from "../../src/store/store.port.js";
import { addDays, localDate, zonedInstant } from "../../src/schedule/zoned-time.js";
import { openSecondStore, openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { addIncident, recordingPoster, subscription } from "./schedule.fixtures.js";

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

  it("posts every digest and alert exactly once while both run the same jobs at the same time", async () => {
    const day = addDays(localDate(new Date(), TZ), 1);
    const clock = fakeClock(zonedInstant(day, "08:00", TZ));
    const channels = Array.from({ length: 12 }, (_, i) => `slack:T1:C${i}`);
    for (const target of channels) await storeA.upsertSubscription(subscription(target, { liveAlerts: true }));
    await addIncident(storeA, clock.now(), { id: "hawaiian-2025-06", actors: [{ name: "Scattered Spider", role: "suspected" }] });
    // One platform, seen by both replicas: every post any replica makes lands here.
    const platform = recordingPoster();
    const make = (store: Store) => createScheduler({
      store, core: createBotCore({ store, logger: silentLogger }), posters: [platform], clock,
      ingestor: { pollAllFeeds: async () => ({}) }, config: { FEED_POLL_CRON: "*/15 * * * *", RETENTION_DAYS: 180 }, logger: silentLogger,
    });
    const a = make(storeA);
    const b = make(storeB);
    for (let round = 0; round < 3; round++) {
      await Promise.all([a.runJobNow("digests"), b.runJobNow("digests"), a.runJobNow("alerts"), b.runJobNow("alerts")]);
    }
    const digests = platform.posts.filter((p) => p.view.kind === "digest");
    const alerts = platform.posts.filter((p) => p.view.kind === "alert");
    expect(digests.map((p) => p.target).sort()).toEqual([...channels].sort());
    expect(alerts.map((p) => p.target).sort()).toEqual([...channels].sort());
  });
});
