import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import type { SubscriptionInput } from "../../src/store/store.port.js";

const sub = (over: Partial<SubscriptionInput> = {}): SubscriptionInput => ({
  platform: "teams", workspaceId: "tenant-1", target: "teams:tenant-1:19:abc@thread.tacv2",
  conversationRef: { serviceUrl: "https://smba.example.test/", conversation: { id: "19:abc" } },
  digestTime: "08:30", timeZone: "Europe/Paris", sectors: ["airline", "retail"], minSeverity: "medium",
  postWhenEmpty: false, liveAlerts: true, createdBy: "user-1", ...over,
});

describe.each(storeKinds())("subscriptions, watches, feeds, installations (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => { await store.cleanup(); });

  it("round-trips a subscription, updates it by target and pauses it", async () => {
    const created = await store.upsertSubscription(sub());
    expect(created).toMatchObject({ ...sub(), pausedReason: null, lastDigestAt: null });
    expect(created.createdAt).toBeInstanceOf(Date);
    await store.updateSubscription(created.id, { pausedReason: "channel archived", lastDigestAt: new Date("2025-07-01T06:30:00Z") });
    const paused = await store.getSubscription(sub().target);
    expect(paused).toMatchObject({ pausedReason: "channel archived" });
    expect(paused!.lastDigestAt!.toISOString()).toBe("2025-07-01T06:30:00.000Z");
    expect(await store.listSubscriptions({ activeOnly: true })).toEqual([]);
    const again = await store.upsertSubscription(sub({ digestTime: "09:00", sectors: ["retail"] }));
    expect(again.id).toBe(created.id);
    expect(again).toMatchObject({ digestTime: "09:00", sectors: ["retail"], pausedReason: null });
    await store.upsertSubscription(sub({ platform: "slack", workspaceId: "T9", target: "slack:T9:C1", conversationRef: undefined }));
    expect((await store.listSubscriptions({ platform: "slack" })).map((s) => s.target)).toEqual(["slack:T9:C1"]);
    expect((await store.listSubscriptions({ workspaceId: "tenant-1" })).map((s) => s.target)).toEqual([sub().target]);
    expect(await store.removeSubscription("slack:T9:C1")).toBe(true);
    expect(await store.removeSubscription("slack:T9:C1")).toBe(false);
    expect(await store.getSubscription("slack:T9:C1")).toBeNull();
  });

  it("keeps one watch per target and term", async () => {
    const input = { platform: "slack" as const, workspaceId: "T1", target: "slack:T1:C1", term: "Salesforce", createdBy: "U1" };
    const first = await store.addWatch(input);
    const again = await store.addWatch({ ...input, term: " Salesforce " });
    expect(again.id).toBe(first.id);
    await store.addWatch({ ...input, term: "ShinyHunters", conversationRef: { x: 1 } });
    await store.addWatch({ ...input, target: "slack:T1:C2", term: "Qantas" });
    expect((await store.listWatches({ target: "slack:T1:C1" })).map((w) => w.term)).toEqual(["Salesforce", "ShinyHunters"]);
    expect((await store.listWatches({ workspaceId: "T1" })).map((w) => w.conversationRef)).toEqual([null, { x: 1 }, null]);
    expect(await store.removeWatch("slack:T1:C1", "Salesforce")).toBe(true);
    expect(await store.removeWatch("slack:T1:C1", "Salesforce")).toBe(false);
    expect(await store.listWatches()).toHaveLength(2);
  });

  it("adds, updates and removes feeds by URL", async () => {
    const feed = await store.addFeed("https://feeds.example.test/security.xml", "Security News");
    expect(feed).toMatchObject({ title: "Security News", enabled: true, consecutiveFailures: 0, etag: null });
    await store.updateFeed(feed.url, { etag: 'W/"abc"', consecutiveFailures: 3, lastError: "HTTP 503", enabled: false, nextPollAt: new Date("2025-07-01T01:00:00Z") });
    const [updated] = await store.listFeeds();
    expect(updated).toMatchObject({ etag: 'W/"abc"', consecutiveFailures: 3, lastError: "HTTP 503", enabled: false });
    expect(updated!.nextPollAt!.toISOString()).toBe("2025-07-01T01:00:00.000Z");
    const readded = await store.addFeed(feed.url);
    expect(readded).toMatchObject({ id: feed.id, enabled: true, title: "Security News" });
    expect(await store.listFeeds()).toHaveLength(1);
    expect(await store.removeFeed(feed.url)).toBe(true);
    expect(await store.removeFeed(feed.url)).toBe(false);
  });

  it("saves, replaces and deletes installations per platform and id", async () => {
    await store.saveInstallation({ platform: "slack", id: "T1", data: { botToken: "xoxb-test", scopes: ["chat:write"] } });
    await store.saveInstallation({ platform: "teams", id: "T1", data: { tenant: "t" } });
    await store.saveInstallation({ platform: "slack", id: "T1", data: { botToken: "xoxb-new" } });
    expect(await store.getInstallation("slack", "T1")).toEqual({ botToken: "xoxb-new" });
    expect(await store.getInstallation("teams", "T1")).toEqual({ tenant: "t" });
    await store.deleteInstallation("slack", "T1");
    expect(await store.getInstallation("slack", "T1")).toBeNull();
    expect(await store.getInstallation("teams", "T1")).not.toBeNull();
  });
});
