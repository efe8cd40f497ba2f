import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { makeWrite } from "../store/store-fixtures.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import { CHANNEL_ID, channelMention, personalMessage, submitClick, TENANT } from "./teams-fixtures.js";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.js";

interface Card { version: string; body: unknown[]; actions?: { type: string; title: string; data: { command: string } }[] }
const cardOf = (body: Record<string, unknown>): Card => (body.attachments as { content: Card }[])[0]!.content;

describe("Teams adapter with the real bot core and a real SQLite store", () => {
  let store: TestStore;
  let connector: FakeConnector;
  let bot: TeamsHarness;

  beforeEach(async () => {
    store = await openTestStore("sqlite");
    await store.applyIncidentWrite(makeWrite());
    connector = await startFakeConnector();
    bot = await startTeamsHarness({ core: createBotCore({ store, logger: silentLogger }), store });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    await store.cleanup();
  });

  it("answers 'breach latest airline' in a personal chat with the stored incident", async () => {
    expect((await bot.post(personalMessage(connector.url, "breach latest airline"))).status).toBe(200);
    expect(connector.calls).toHaveLength(1);
    const card = cardOf(connector.calls[0]!.body);
    expect(card.version).toBe("1.5");
    expect(JSON.stringify(card.body)).toContain("Qantas");
  });

  it("shows an incident from a channel mention, then answers a thread question and a button click", async () => {
    const root = channelMention(connector.url, "breach show qantas-2025-06");
    expect((await bot.post(root)).status).toBe(200);
    const shown = cardOf(connector.calls[0]!.body);
    expect(connector.calls[0]!.conversationId).toBe(`${CHANNEL_ID};messageid=${String(root.id)}`);
    expect(await store.incidentForThread(`teams:${TENANT}:${CHANNEL_ID}`, String(root.id))).toBe("qantas-2025-06");

    await bot.post(channelMention(connector.url, "was payment card data taken?", String(root.id)));
    const answer = JSON.stringify(cardOf(connector.calls[1]!.body).body);
    expect(connector.calls[1]!.conversationId).toBe(`${CHANNEL_ID};messageid=${String(root.id)}`);
    expect(answer).toMatch(/NOT taken/i);

    const button = shown.actions?.find((a) => a.type === "Action.Submit");
    expect(button?.data.command).toBeTruthy();
    await bot.post(submitClick(connector.url, button!.data.command, "bot-msg-1"));
    expect(connector.calls).toHaveLength(3);
    expect(cardOf(connector.calls[2]!.body).version).toBe("1.5");
  });

  it("'subscriptions' in one 1:1 chat never shows another person's chat or pause reason (same tenant)", async () => {
    const other = (text: string) => {
      const activity = personalMessage(connector.url, text);
      return { ...activity, conversation: { ...(activity.conversation as object), id: "a:1someone-else-scrubbed" }, from: { id: "29:someone-else", aadObjectId: "00000000-0000-4000-8000-0000000000bb" } };
    };
    await bot.post(other("subscribe retail at 06:15 Asia/Tokyo"));
    const theirs = (await store.getSubscription(`teams:${TENANT}:a:1someone-else-scrubbed`))!;
    await store.updateSubscription(theirs.id, { pausedReason: "their private pause reason" });
    await bot.post(personalMessage(connector.url, "subscriptions"));
    const mine = JSON.stringify(cardOf(connector.calls.at(-1)!.body).body);
    expect(mine).toContain("No digest in this conversation");
    expect(mine).not.toMatch(/Asia\/Tokyo|someone-else|private pause reason/);
    await bot.post(other("subscriptions"));
    expect(JSON.stringify(cardOf(connector.calls.at(-1)!.body).body)).toContain("their private pause reason");
  });

  it("subscribes a channel with the conversation reference, and a digest-style post reaches it", async () => {
    await bot.post(channelMention(connector.url, "breach subscribe airline"));
    const target = `teams:${TENANT}:${CHANNEL_ID}`;
    const sub = await store.getSubscription(target);
    expect(sub).not.toBeNull();
    expect(sub!.conversationRef).toMatchObject({ serviceUrl: connector.url, conversation: { id: CHANNEL_ID } });
    connector.reset();
    const posted = await bot.adapter.poster.post(target, {
      kind: "digest", title: "Daily breach digest", sections: [{ text: "1 new incident" }], fallbackText: "Daily breach digest",
    }, { conversationRef: sub!.conversationRef });
    expect(connector.calls[0]!.conversationId).toBe(CHANNEL_ID);
    expect(posted.messageId).toBe("bot-msg-1");
  });
});
