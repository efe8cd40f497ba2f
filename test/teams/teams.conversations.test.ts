/**
 * Which Teams messages the bot answers (issue 16, items 2, 6 and 7): with the RSC permissions the
 * manifest asks for, Teams delivers every channel and group-chat message; the bot answers a 1:1
 * chat, an @mention, a button, and a reply in a channel thread under one of its incident posts,
 * and ignores the rest. Also: its own messages, mentions and rich-text markup in the text,
 * redeliveries of the same activity, and removal from a conversation.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandRef } from "../../src/domain/command-ref.js";
import type { SubscriptionInput } from "../../src/store/store.port.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import {
  appUninstalledPersonal, BOT, botAddedToTeam, botRemovedFromTeam, CHANNEL_ID, channelMention, channelMessage, fakeCore, GROUP_ID, groupMention,
  groupMessage, INCIDENT_ID, PERSONAL_ID, personalMessage, submitClick, TENANT,
} from "./teams-fixtures.js";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.js";

const CHANNEL_TARGET = `teams:${TENANT}:${CHANNEL_ID}`;
const OTHER_CHANNEL_ID = "19:incident-room-scrubbed@thread.tacv2";

function subscription(target: string, conversationRef: unknown): SubscriptionInput {
  return {
    platform: "teams", workspaceId: TENANT, target, conversationRef, digestTime: "08:00", timeZone: "UTC", sectors: [],
    minSeverity: "low", postWhenEmpty: true, liveAlerts: false, createdBy: "u1",
  };
}

describe.each(storeKinds())("Teams: what the bot answers, and lifecycle (%s)", (kind) => {
  let store: TestStore;
  let connector: FakeConnector;
  let core: ReturnType<typeof fakeCore>;
  let bot: TeamsHarness;

  beforeEach(async () => {
    store = await openTestStore(kind);
    connector = await startFakeConnector();
    core = fakeCore();
    bot = await startTeamsHarness({ core, store });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    await store.cleanup();
  });

  it("answers a channel thread reply without a mention under its incident post, and ignores other chatter", async () => {
    const root = channelMention(connector.url, "show qantas-2025-06");
    await bot.post(root);
    expect(connector.calls).toHaveLength(1);

    // Reply in the bot's thread, no mention: answered there, about the thread's incident.
    const reply = channelMessage(connector.url, "was passport data taken?", String(root.id));
    expect((await bot.post(reply)).status).toBe(200);
    expect(core.calls[1]).toMatchObject({ method: "handleMessage", text: "was passport data taken?", ctx: { incidentId: INCIDENT_ID } });
    expect(connector.calls[1]!.conversationId).toBe(`${CHANNEL_ID};messageid=${String(root.id)}`);

    // A new top-level post without a mention, and a reply in someone else's thread: ignored.
    const chatter = channelMessage(connector.url, "lunch at noon?");
    await bot.post(chatter);
    await bot.post(channelMessage(connector.url, "sure", String(chatter.id)));
    // A group chat message without a mention: ignored (group chats have no threads to scope to).
    await bot.post(groupMessage(connector.url, "latest retail"));
    expect(core.calls).toHaveLength(2);
    expect(connector.calls).toHaveLength(2);
    // Nothing is recorded about ignored messages; an answered one's id is kept (to answer it once).
    const key = (a: Record<string, unknown>) => `teams-activity:msteams:${CHANNEL_ID}:${String(a.id)}`;
    expect(await store.getDelivery(key(chatter))).toBeNull();
    expect(await store.getDelivery(key(reply))).toMatchObject({ status: "delivered", kind: "teams-inbound" });

    // ...but a mention, a 1:1 message and a click are always answered.
    await bot.post(groupMention(connector.url, "latest retail"));
    await bot.post(personalMessage(connector.url, "latest"));
    await bot.post(submitClick(connector.url, "sources qantas-2025-06", "bot-msg-1"));
    expect(core.calls.map((c) => c.text)).toEqual(["show qantas-2025-06", "was passport data taken?", "latest retail", "latest", "sources qantas-2025-06"]);
    expect(connector.calls.map((c) => c.conversationId).slice(2)).toEqual([GROUP_ID, PERSONAL_ID, PERSONAL_ID]);
  });

  it("ignores its own messages and other bots' (RSC delivers them too)", async () => {
    const own = { ...channelMention(connector.url, "latest"), from: { id: BOT.id, name: BOT.name } };
    const otherBot = { ...personalMessage(connector.url, "latest"), from: { id: "28:other-bot", name: "Other", role: "bot" } };
    expect((await bot.post(own)).status).toBe(200);
    expect((await bot.post(otherBot)).status).toBe(200);
    expect(core.calls).toHaveLength(0);
    expect(connector.calls).toHaveLength(0);
  });

  it("strips every <at> mention and rich-text (xml) markup from the text", async () => {
    const mention = channelMention(connector.url, "search <at>Dana Analyst</at> salesforce");
    await bot.post({ ...mention, entities: [...(mention.entities as object[]), { type: "mention", text: "<at>Dana Analyst</at>", mentioned: { id: "29:dana" } }] });
    await bot.post({ ...personalMessage(connector.url, ""), textFormat: "xml", text: "<p>search&nbsp;<b>Air&#32;France</b></p><div><span style=\"color:red\">KLM</span> &amp; co</div>" });
    await bot.post(personalMessage(connector.url, "search &lt;at&gt;x&lt;/at&gt; literal"));
    expect(core.calls.map((c) => c.text)).toEqual(["search salesforce", "search Air France KLM & co", "search <at>x</at> literal"]);
  });

  it("answers a redelivered activity (same id) once, also when the retry reaches another replica", async () => {
    const activity = personalMessage(connector.url, "latest");
    expect((await bot.post(activity)).status).toBe(200);
    expect((await bot.post(activity)).status).toBe(200);
    const replica = await startTeamsHarness({ core, store });
    try {
      expect((await replica.post(activity)).status).toBe(200);
    } finally {
      await replica.close();
    }
    expect(core.calls).toHaveLength(1);
    expect(connector.calls).toHaveLength(1);
    // The same id in another conversation is another activity.
    await bot.post({ ...groupMention(connector.url, "latest"), id: activity.id });
    expect(core.calls).toHaveLength(2);
  });

  it("answers the HTTP request in time when a turn is slow, and does not answer Teams' retry twice", async () => {
    const slowBot = await startTeamsHarness({ core, store, turnDeadlineMs: 200 });
    const slow = core.handleMessage;
    core.handleMessage = async (text, ctx) => {
      await new Promise((r) => setTimeout(r, 1_500));
      return slow(text, ctx);
    };
    try {
      const activity = personalMessage(connector.url, "latest");
      const started = performance.now();
      const first = slowBot.post(activity);
      await new Promise((r) => setTimeout(r, 400));
      expect((await slowBot.post(activity)).status).toBe(200); // Teams' retry while the first turn still runs
      expect((await first).status).toBe(202);
      expect(performance.now() - started).toBeLessThan(1_400);
      await expect.poll(() => connector.calls.length, { timeout: 5_000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(core.calls).toHaveLength(1);
      expect(connector.calls).toHaveLength(1);
    } finally {
      await slowBot.close();
    }
  });

  it("pauses the subscriptions of every channel of a team the bot is removed from, with a reason 'subscriptions' shows", async () => {
    await bot.post(botAddedToTeam(connector.url));
    const other = channelMention(connector.url, "subscribe");
    const otherConversation = { ...(other.conversation as object), id: `${OTHER_CHANNEL_ID};messageid=${String(other.id)}` };
    await bot.post({ ...other, conversation: otherConversation });
    const otherTarget = `teams:${TENANT}:${OTHER_CHANNEL_ID}`;
    // The subscriptions are created through the store with the references the adapter saved.
    await store.upsertSubscription(subscription(CHANNEL_TARGET, await store.getInstallation("teams", CHANNEL_TARGET)));
    await store.upsertSubscription(subscription(otherTarget, await store.getInstallation("teams", otherTarget)));
    await store.upsertSubscription(subscription("teams:other-tenant:19:elsewhere@thread.tacv2", { teamId: "19:another-team@thread.tacv2" }));

    expect((await bot.post(botRemovedFromTeam(connector.url))).status).toBe(200);
    for (const target of [CHANNEL_TARGET, otherTarget]) {
      const sub = await store.getSubscription(target);
      expect(sub?.pausedReason).toContain("Breach Radar was removed from this conversation");
      expect(sub?.pausedReason).toContain(commandRef("subscribe"));
      expect(await store.getInstallation("teams", target)).toBeNull();
    }
    expect((await store.getSubscription("teams:other-tenant:19:elsewhere@thread.tacv2"))?.pausedReason).toBeNull();
    expect((await store.listSubscriptions({ activeOnly: true })).map((s) => s.target)).toEqual(["teams:other-tenant:19:elsewhere@thread.tacv2"]);
  });

  it("pauses a personal chat's subscription when the app is uninstalled there", async () => {
    await bot.post(personalMessage(connector.url, "help"));
    const target = `teams:${TENANT}:${PERSONAL_ID}`;
    await store.upsertSubscription(subscription(target, await store.getInstallation("teams", target)));
    await bot.post(appUninstalledPersonal(connector.url));
    expect((await store.getSubscription(target))?.pausedReason).toMatch(/^Paused \d{4}-\d{2}-\d{2}: Breach Radar was removed/);
  });
});
