import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { View } from "../../src/domain/view.js";
import { loadConfig } from "../../src/config.js";
import { createIngestor } from "../../src/ingest/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { seedBotFixtures } from "./bot.fixtures.js";
import { coreFor, ctxFor } from "./bot.harness.js";

// Invented article, written for this test.
const PAGE = `<!doctype html><html><head><title>WestJet says guest records were copied</title></head><body><article>
<h1>WestJet says guest records were copied</h1>
<p>WestJet said criminals copied guest records from a third-party support tool. Names, email addresses and phone numbers were taken.</p>
<p>The airline said payment card numbers were not stored in the tool, and that it had told the privacy commissioner.</p>
</article></body></html>`;

describe.each(storeKinds())("bot follow-ups, read-only clicks and subscribe (%s)", (kind) => {
  let store: TestStore;
  let core: BotCore;
  let server: Server;
  let base: string;
  let release: () => void = () => undefined;
  let arrived: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => { arrived = resolve; });
  beforeAll(async () => {
    store = await openTestStore(kind);
    await seedBotFixtures(store, 3);
    // The page is held until the test releases it: the first answer must not wait for it.
    server = createServer((_req, res) => {
      release = () => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      arrived();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ingestor = createIngestor({ store, logger: silentLogger, config: loadConfig({ FETCH_ALLOW_PRIVATE: "127.0.0.1", LOG_LEVEL: "silent" }) });
    core = coreFor(store, (url, options) => ingestor.ingestUrl(url, options));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.cleanup();
  });

  it("add answers at once with a FollowUp, then sends the incident through it", async () => {
    const later: View[] = [];
    const first = await core.handleCommand(`add ${base}/westjet`, ctxFor(), { followUp: { send: async (v) => { later.push(v); } } });
    expect(first.title).toBe("Reading the article…");
    expect(first.readOnly).toBeUndefined();
    await requested;
    expect(later).toHaveLength(0);
    release();
    await core.settle?.();
    expect(later).toHaveLength(1);
    expect(later[0]!.kind).toBe("incident");
    expect(later[0]!.subtitle).toMatch(/^New incident westjet-\d{4}-\d{2}-[0-9a-f]{6} created\. It is visible only in this workspace/);
  });

  it("a read-only click runs lookups and refuses anything that changes a setting", async () => {
    await core.handleCommand("watch Salesforce", ctxFor("C7"));
    const refused = await core.handleCommand("unwatch Salesforce", ctxFor("C7"), { readOnlyOnly: true });
    expect(refused.kind).toBe("error");
    expect(refused.title).toBe("Only lookups can be posted");
    expect((await store.listWatches({ target: "slack:T1:C7" })).map((w) => w.term)).toEqual(["Salesforce"]);
    const lookup = await core.handleCommand("show qantas-2025-06", ctxFor("C7"), { readOnlyOnly: true });
    expect(lookup.kind).toBe("incident");
    expect(lookup.readOnly).toBe(true);
    expect((await core.handleCommand("unwatch Salesforce", ctxFor("C7"))).readOnly).toBeUndefined();
  });

  it("a bare subscribe (the incident card's button) shows existing settings instead of resetting them", async () => {
    await core.handleCommand("subscribe airline at 09:15 Europe/Paris high live", ctxFor("C8"));
    const bare = await core.handleCommand("subscribe", ctxFor("C8"));
    expect(bare.title).toBe("This channel is already subscribed");
    expect(bare.fallbackText).toContain("09:15 (Europe/Paris) for airline, severity high");
    const sub = await store.getSubscription("slack:T1:C8");
    expect(sub).toMatchObject({ digestTime: "09:15", timeZone: "Europe/Paris", sectors: ["airline"], minSeverity: "high", liveAlerts: true });
    await store.updateSubscription(sub!.id, { pausedReason: "channel archived" });
    const resumed = await core.handleCommand("subscribe", ctxFor("C8"));
    expect(resumed.title).toBe("Subscription resumed");
    expect(await store.getSubscription("slack:T1:C8")).toMatchObject({ digestTime: "09:15", pausedReason: null, liveAlerts: true });
    const fresh = await core.handleCommand("subscribe", ctxFor("C9"));
    expect(fresh.title).toBe("Subscribed this conversation");
    expect(fresh.fallbackText).toContain("07:45 (Europe/London)");
  });
});
