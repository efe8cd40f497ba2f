/**
 * Teams delivery with a fake Bot Connector and a fake clock (issue #16 item 5): a conversation that
 * answers 429 with Retry-After 90 is answered once, stored on the conversation for every replica, and
 * holds no other conversation's digest back; it is posted once the (fake) 90 s have passed.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeamsAdapter } from "../../adapters/teams/index.js";
import type { ChatAdapter } from "../../adapters/adapter.js";
import { fakeClock } from "../../src/clock.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { subscription, testScheduler } from "../schedule/schedule.fixtures.js";
import { fakeCore } from "../teams/teams-fixtures.js";
import { testConfig } from "../teams/teams-harness.js";

const TENANT = "72f988bf-0000-4000-8000-00000000de11";
/** Sorted first: a sender that went one conversation at a time would meet it before all the others. */
const LIMITED = "19:aaa-limited@thread.tacv2";
const OTHERS = Array.from({ length: 20 }, (_, i) => `19:conv-${String(i).padStart(2, "0")}@thread.tacv2`);

interface Arrival { conversation: string; at: number; status: number }

/** A Bot Connector stand-in: one conversation is rate limited with Retry-After 90 while `limited` is set. */
async function startConnector(): Promise<{ url: string; arrivals: Arrival[]; limited: Set<string>; close(): Promise<void> }> {
  const arrivals: Arrival[] = [];
  const limited = new Set<string>();
  let id = 0;
  const server: Server = createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(new URL(req.url ?? "/", "http://x").pathname);
    req.resume();
    req.on("end", () => {
      const conversation = decodeURIComponent(match?.[1] ?? "");
      const status = limited.has(conversation) ? 429 : 200;
      arrivals.push({ conversation, at: Date.now(), status });
      if (status === 429) res.writeHead(429, { "Retry-After": "90", "content-type": "application/json" }).end(JSON.stringify({ error: { code: "TooManyRequests" } }));
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `activity-${++id}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, arrivals, limited,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe.each(storeKinds())("Teams delivery with Retry-After (%s)", (kind) => {
  let store: TestStore;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let teams: ChatAdapter;

  beforeEach(async () => {
    store = await openTestStore(kind);
    connector = await startConnector();
    teams = await createTeamsAdapter({ config: testConfig(), core: fakeCore(), store, logger: silentLogger });
  });
  afterEach(async () => {
    await teams.stop();
    await connector.close();
    await store.cleanup();
  });

  it("a 429 with Retry-After 90 on one conversation delays no other conversation's digest by more than 2 s", async () => {
    for (const conversation of [LIMITED, ...OTHERS]) {
      const ref = { serviceUrl: connector.url, channelId: "msteams", conversation: { id: conversation, conversationType: "channel", tenantId: TENANT }, bot: { id: "28:bot" } };
      await store.upsertSubscription(subscription(`teams:${TENANT}:${conversation}`, { platform: "teams", workspaceId: TENANT, conversationRef: ref, timeZone: "UTC", digestTime: "08:00" }));
    }
    connector.limited.add(LIMITED);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const clock = fakeClock(`${tomorrow}T08:00:30Z`);
    const scheduler = testScheduler(store, [teams.poster], clock, { postTimeoutMs: 12_000 });
    await scheduler.planner.planOnce();
    const started = Date.now();
    await scheduler.outbox.runUntilIdle();
    const elapsed = Date.now() - started;

    const posted = connector.arrivals.filter((a) => a.status === 200);
    expect(posted.map((a) => a.conversation).sort()).toEqual([...OTHERS].sort());
    for (const a of posted) expect(a.at - started, a.conversation).toBeLessThanOrEqual(2_000);
    // Answered once: the SDK neither retried nor waited out the 90 s inside the call.
    expect(connector.arrivals.filter((a) => a.conversation === LIMITED)).toHaveLength(1);
    expect(elapsed).toBeLessThan(5_000);
    // The wait is stored on the conversation, for every replica, and on its row.
    const key = `digest:teams:${TENANT}:${LIMITED}:${tomorrow}`;
    const row = await store.getDelivery(key);
    expect(row).toMatchObject({ status: "pending", attempts: 0, lastError: expect.stringContaining("RATE_LIMITED") });
    expect(row!.dueAt!.getTime() - clock.now().getTime()).toBeGreaterThanOrEqual(90_000);
    expect(row!.dueAt!.getTime() - clock.now().getTime()).toBeLessThanOrEqual(91_000);
    expect(await store.listDeliveryScopes()).toEqual([expect.objectContaining({ scope: `teams:${TENANT}:${LIMITED}`, state: "rate_limited", blockedUntil: row!.dueAt })]);

    // Before the 90 (fake) seconds are up nothing is tried; after them, the digest goes out once.
    connector.limited.clear();
    clock.advance(60_000);
    expect(await scheduler.outbox.runUntilIdle()).toBe(0);
    clock.advance(31_000);
    expect(await scheduler.outbox.runUntilIdle()).toBe(1);
    expect(connector.arrivals.filter((a) => a.conversation === LIMITED).map((a) => a.status)).toEqual([429, 200]);
    expect(await store.getDelivery(key)).toMatchObject({ status: "delivered", messageId: expect.stringMatching(/^activity-/) });
    expect(await store.listDeliveryScopes()).toEqual([]);
  });
});
