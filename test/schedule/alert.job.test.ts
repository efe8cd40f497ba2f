import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import { fakeClock } from "../../src/clock.js";
import { silentLogger } from "../../src/logger.js";
import { dispatchAlerts, mentionsTerm, type AlertDeps } from "../../src/schedule/alert.job.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { addIncident, recordingPoster, subscription } from "./schedule.fixtures.js";

describe.each(storeKinds())("live and watch alerts (%s)", (kind) => {
  let store: TestStore;
  let poster: ReturnType<typeof recordingPoster>;
  let deps: AlertDeps;
  const later = () => new Date(Date.now() + 60_000);

  beforeEach(async () => {
    store = await openTestStore(kind);
    poster = recordingPoster();
    const clock = fakeClock(new Date(Date.now() + 120_000));
    deps = { store, posters: [poster], logger: silentLogger, clock, cooldown: new Map(), core: createBotCore({ store, logger: silentLogger }) };
  });
  afterEach(async () => { await store.cleanup(); });

  it("posts a new matching incident once, with recommended actions, and remembers the post", async () => {
    await store.upsertSubscription(subscription("slack:T1:air", { sectors: ["airline"], liveAlerts: true }));
    await store.upsertSubscription(subscription("slack:T1:shop", { sectors: ["retail"], liveAlerts: true }));
    await store.upsertSubscription(subscription("slack:T1:digest-only", { liveAlerts: false }));
    await addIncident(store, later(), { id: "westjet-2025-06", vector: "social_engineering", exposed: ["name", "email", "loyalty_number"] });
    expect((await dispatchAlerts(deps)).posted).toBe(1);
    expect((await dispatchAlerts(deps)).posted).toBe(0);
    expect(poster.posts.map((p) => p.target)).toEqual(["slack:T1:air"]);
    const view = poster.posts[0]!.view;
    expect(view.kind).toBe("alert");
    expect(view.title).toMatch(/^New breach/);
    expect(view.incidentId).toBe("westjet-2025-06");
    expect(view.fallbackText.toLowerCase()).toMatch(/westjet/);
    expect(await store.incidentForThread("slack:T1:air", "m1")).toBe("westjet-2025-06");
  });

  it("alerts a watch when an incident mentions the watched vendor, and not otherwise", async () => {
    await store.addWatch({ platform: "slack", workspaceId: "T1", target: "slack:T1:sec", term: "Salesforce", createdBy: "U1" });
    await store.addWatch({ platform: "slack", workspaceId: "T1", target: "slack:T1:other", term: "Snowflake", createdBy: "U1" });
    await addIncident(store, later(), { id: "allianz-2025-07", sector: "other", vendor: "Salesforce" });
    await dispatchAlerts(deps);
    await dispatchAlerts(deps);
    expect(poster.posts.map((p) => p.target)).toEqual(["slack:T1:sec"]);
    expect(poster.posts[0]!.view.title).toContain('Watch "Salesforce"');
  });

  it("does not alert for incidents reported before the subscription existed", async () => {
    await addIncident(store, new Date(Date.now() - 3_600_000), { id: "dior-2025-05", sector: "retail" });
    await store.upsertSubscription(subscription("slack:T1:new", { liveAlerts: true }));
    expect((await dispatchAlerts(deps)).posted).toBe(0);
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
