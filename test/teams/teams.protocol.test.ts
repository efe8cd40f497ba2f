import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeTeamsTarget } from "../../adapters/teams/teams.target.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import {
  BOT, botAddedToTeam, CHANNEL_ID, channelMention, fakeCore, GROUP_ID, groupMention, INCIDENT_ID, PERSONAL_ID, personalMessage, submitClick, TENANT,
} from "./teams-fixtures.js";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.js";

type Attachment = { contentType: string; content: { version: string; body: unknown[]; actions?: { type: string; data: unknown }[] } };
const cardOf = (body: Record<string, unknown>): Attachment["content"] => {
  const attachments = body.attachments as Attachment[];
  expect(attachments[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
  return attachments[0]!.content;
};

describe("Teams adapter over HTTP (Bot Framework protocol, fake connector)", () => {
  let store: TestStore;
  let connector: FakeConnector;
  let core: ReturnType<typeof fakeCore>;
  let bot: TeamsHarness;

  beforeEach(async () => {
    store = await openTestStore("sqlite");
    connector = await startFakeConnector();
    core = fakeCore();
    bot = await startTeamsHarness({ core, store });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    await store.cleanup();
  });

  it("answers 'breach latest' in a personal chat with an Adaptive Card reply", async () => {
    const activity = personalMessage(connector.url, "breach latest airline");
    const res = await bot.post(activity);
    expect(res.status).toBe(200);
    expect(core.calls).toHaveLength(1);
    expect(core.calls[0]).toMatchObject({ method: "handleMessage", text: "breach latest airline" });
    expect(core.calls[0]!.ctx).toMatchObject({ platform: "teams", workspaceId: TENANT, target: `teams:${TENANT}:${PERSONAL_ID}`, userId: USER_AAD });
    expect(connector.calls).toHaveLength(1);
    const call = connector.calls[0]!;
    expect(call.conversationId).toBe(PERSONAL_ID);
    expect(call.replyToId).toBe(activity.id);
    expect(call.body.type).toBe("message");
    const card = cardOf(call.body);
    expect(card.version).toBe("1.5");
    expect(card.actions?.[0]).toMatchObject({ type: "Action.Submit", data: { command: `actions ${INCIDENT_ID}` } });
    expect(String(call.body.summary)).toContain("Qantas");
  });

  it("strips the bot mention from a channel message and replies in its reply chain", async () => {
    const activity = channelMention(connector.url, "breach show qantas-2025-06");
    expect((await bot.post(activity)).status).toBe(200);
    expect(core.calls[0]!.text).toBe("breach show qantas-2025-06");
    expect(core.calls[0]!.ctx.target).toBe(`teams:${TENANT}:${CHANNEL_ID}`);
    expect(core.calls[0]!.ctx.threadId).toBe(activity.id);
    expect(connector.calls[0]!.conversationId).toBe(`${CHANNEL_ID};messageid=${String(activity.id)}`);
    expect(await store.incidentForThread(`teams:${TENANT}:${CHANNEL_ID}`, String(activity.id))).toBe(INCIDENT_ID);
  });

  it("handles a group chat mention (HTML entity after the mention) and replies in the chat", async () => {
    expect((await bot.post(groupMention(connector.url, "breach latest retail"))).status).toBe(200);
    expect(core.calls[0]).toMatchObject({ method: "handleMessage", text: "breach latest retail" });
    expect(core.calls[0]!.ctx).toMatchObject({ target: `teams:${TENANT}:${GROUP_ID}`, threadId: GROUP_ID });
    expect(connector.calls[0]!.conversationId).toBe(GROUP_ID);
  });

  it("answers a bare @mention (the core decides what to say) but ignores a file-only message", async () => {
    await bot.post(channelMention(connector.url, ""));
    expect(core.calls).toEqual([expect.objectContaining({ method: "handleMessage", text: "" })]);
    const fileOnly = { ...personalMessage(connector.url, ""), text: undefined, attachments: [{ contentType: "image/png", contentUrl: "https://example.test/a.png" }] };
    expect((await bot.post(fileOnly)).status).toBe(200);
    expect(core.calls).toHaveLength(1);
  });

  it("runs the command carried by an Action.Submit click", async () => {
    const res = await bot.post(submitClick(connector.url, "sources qantas-2025-06", "bot-msg-1"));
    expect(res.status).toBe(200);
    expect(core.calls).toEqual([expect.objectContaining({ method: "handleCommand", text: "sources qantas-2025-06" })]);
    expect(connector.calls).toHaveLength(1);
  });

  it("stores the conversation reference when the bot is added to a team, and welcomes", async () => {
    expect((await bot.post(botAddedToTeam(connector.url))).status).toBe(200);
    const target = `teams:${TENANT}:${CHANNEL_ID}`;
    const ref = (await store.getInstallation("teams", target)) as Record<string, any>;
    expect(ref).toMatchObject({ serviceUrl: connector.url, channelId: "msteams", conversation: { id: CHANNEL_ID, tenantId: TENANT }, bot: { id: BOT.id } });
    expect(ref.activityId).toBeUndefined();
    expect(core.calls[0]).toMatchObject({ method: "handleCommand", text: "help" });
    expect(connector.calls[0]!.conversationId).toBe(CHANNEL_ID);
  });

  it("keeps the reference on the first message too (without ;messageid=)", async () => {
    await bot.post(channelMention(connector.url, "help"));
    const ref = (await store.getInstallation("teams", `teams:${TENANT}:${CHANNEL_ID}`)) as { conversation: { id: string } };
    expect(ref.conversation.id).toBe(CHANNEL_ID);
    expect(decodeTeamsTarget(String(core.calls[0]!.ctx.target)).conversationId).toBe(CHANNEL_ID);
  });

  it("answers a follow-up question in the reply chain of an incident post with the incident known", async () => {
    const root = channelMention(connector.url, "breach show qantas-2025-06");
    await bot.post(root);
    const question = channelMention(connector.url, "was passport data taken?", String(root.id));
    expect((await bot.post(question)).status).toBe(200);
    const asked = core.calls[1]!;
    expect(asked).toMatchObject({ method: "handleMessage", text: "was passport data taken?" });
    expect(asked.ctx).toMatchObject({ threadId: root.id, incidentId: INCIDENT_ID });
    const reply = connector.calls[1]!;
    expect(reply.conversationId).toBe(`${CHANNEL_ID};messageid=${String(root.id)}`);
    expect(JSON.stringify(cardOf(reply.body).body)).toContain(`About ${INCIDENT_ID}`);
  });

  it("tells the user when the core fails, without leaking the error", async () => {
    core.handleMessage = async () => {
      throw new Error("database exploded at /var/lib/secret");
    };
    expect((await bot.post(personalMessage(connector.url, "breach latest"))).status).toBe(200);
    expect(connector.calls).toHaveLength(1);
    expect(connector.calls[0]!.body.text).toMatch(/something went wrong/i);
    expect(JSON.stringify(connector.calls[0]!.body)).not.toContain("secret");
  });

  it("rejects bodies that are not JSON activities", async () => {
    expect((await bot.post("{not json")).status).toBe(400);
    expect((await bot.post({ hello: "world" })).status).toBe(400);
    expect((await bot.post("x".repeat(1_100_000))).status).toBe(413);
    expect((await bot.post(personalMessage(connector.url, "hi"), { "content-type": "text/plain" })).status).toBe(415);
    expect(core.calls).toHaveLength(0);
  });
});

const USER_AAD = "00000000-0000-4000-8000-0000000000aa";
