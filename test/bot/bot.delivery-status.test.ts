import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { coreFor, ctxFor } from "./bot.harness.js";

describe.each(storeKinds())("delivery status in `subscriptions` and `watches` (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => { await store.cleanup(); });

  it("says when the workspace's installation is broken, and which channel waits for an invite", async () => {
    const core = coreFor(store);
    await core.handleCommand("subscribe airline", ctxFor("C-a"));
    await core.handleCommand("subscribe retail", ctxFor("C-b"));
    const before = await core.handleCommand("subscriptions", ctxFor("C-a"));
    expect(before.fallbackText).not.toMatch(/Delivery stopped|waiting/);
    const now = new Date("2025-07-02T09:00:00Z");
    await store.setDeliveryScope("slack:T1", { state: "broken", reason: "INSTALLATION_BROKEN: Slack chat.postMessage: token_revoked", blockedUntil: null }, now);
    await store.setDeliveryScope("slack:T1:C-b", { state: "waiting_invite", reason: "not_in_channel", blockedUntil: null }, now);
    await store.setDeliveryScope("slack:T10", { state: "broken", reason: "another workspace", blockedUntil: null }, now);
    const view = await core.handleCommand("subscriptions", ctxFor("C-a"));
    expect(view.sections[0]!.heading).toBe("Delivery stopped");
    expect(view.fallbackText).toContain("token_revoked");
    expect(view.fallbackText).not.toContain("another workspace");
    // Each conversation sees its own subscription only: C-b's waits for an invite, C-a's does not.
    expect(view.sections[1]!.items![0]!.text).not.toMatch(/invite/);
    const other = await core.handleCommand("subscriptions", ctxFor("C-b"));
    expect(other.sections[0]!.heading).toBe("Delivery stopped");
    expect(other.sections[1]!.items![0]!.text).toMatch(/invite it back/);
  });

  it("shows a paused watch with its reason", async () => {
    const core = coreFor(store);
    await core.handleCommand("watch Salesforce", ctxFor("C-w"));
    await store.pauseWatches("slack:T1:C-w", "Paused 2025-07-02: the channel was deleted or archived");
    const view = await core.handleCommand("watches", ctxFor("C-w"));
    expect(view.sections[0]!.items![0]!.title).toBe("Salesforce — PAUSED");
    expect(view.fallbackText).toContain("paused: Paused 2025-07-02");
    await core.handleCommand("watch Salesforce", ctxFor("C-w"));
    expect((await core.handleCommand("watches", ctxFor("C-w"))).sections[0]!.items![0]!.title).toBe("Salesforce");
  });
});
