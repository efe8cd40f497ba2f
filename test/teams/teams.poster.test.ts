import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BreachRadarError } from "../../src/domain/errors.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import { botAddedToTeam, CHANNEL_ID, fakeCore, incidentView, PERSONAL_ID, personalMessage, TENANT } from "./teams-fixtures.js";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.js";

const CHANNEL_TARGET = `teams:${TENANT}:${CHANNEL_ID}`;
const PERSONAL_TARGET = `teams:${TENANT}:${PERSONAL_ID}`;

async function postError(p: Promise<unknown>): Promise<BreachRadarError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(BreachRadarError);
  return error as BreachRadarError;
}

describe("Teams proactive posting (ChatPoster)", () => {
  let store: TestStore;
  let connector: FakeConnector;
  let bot: TeamsHarness | undefined;

  beforeEach(async () => {
    store = await openTestStore("sqlite");
    connector = await startFakeConnector();
    // First process: the bot is added to a team and hears from a personal chat, then shuts down.
    const first = await startTeamsHarness({ core: fakeCore(), store });
    await first.post(botAddedToTeam(connector.url));
    await first.post(personalMessage(connector.url, "help"));
    await first.close();
    connector.reset();
    // "Restart": a new adapter instance that only has the store.
    bot = await startTeamsHarness({ core: fakeCore(), store });
  });
  afterEach(async () => {
    await bot?.close();
    await connector.close();
    await store.cleanup();
  });

  it("posts to a channel after a restart with the reference loaded from the store", async () => {
    const posted = await bot!.adapter.poster.post(CHANNEL_TARGET, incidentView());
    expect(connector.calls).toHaveLength(1);
    const call = connector.calls[0]!;
    expect(call.conversationId).toBe(CHANNEL_ID);
    expect(call.replyToId).toBeUndefined();
    expect((call.body.attachments as { contentType: string }[])[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(posted).toEqual({ messageId: "bot-msg-1", threadId: "bot-msg-1" });
  });

  it("posts into a channel reply chain when given a thread id", async () => {
    const posted = await bot!.adapter.poster.post(CHANNEL_TARGET, incidentView(), { threadId: "1700000000999" });
    expect(connector.calls[0]!.conversationId).toBe(`${CHANNEL_ID};messageid=1700000000999`);
    expect(posted.threadId).toBe("1700000000999");
  });

  it("posts to a personal chat; the chat is the thread", async () => {
    const posted = await bot!.adapter.poster.post(PERSONAL_TARGET, incidentView());
    expect(connector.calls[0]!.conversationId).toBe(PERSONAL_ID);
    expect(posted.threadId).toBe(PERSONAL_ID);
  });

  it("uses a reference passed by the caller (subscription.conversationRef) over the store", async () => {
    const ref = await store.getInstallation("teams", CHANNEL_TARGET);
    await store.deleteInstallation("teams", CHANNEL_TARGET);
    await bot!.adapter.poster.post(CHANNEL_TARGET, incidentView(), { conversationRef: ref });
    expect(connector.calls[0]!.conversationId).toBe(CHANNEL_ID);
  });

  it("maps 429 with Retry-After to RATE_LIMITED at once, without the SDK retrying or waiting inside the call", async () => {
    connector.failNext({ status: 429, headers: { "Retry-After": "90" }, times: 10 });
    const started = Date.now();
    const error = await postError(bot!.adapter.poster.post(CHANNEL_TARGET, incidentView()));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterSec).toBe(90);
    expect(connector.attempts).toBe(1); // @azure/core-rest-pipeline's retry policy is removed for proactive posts
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("maps 429 without Retry-After to RATE_LIMITED with a default back-off", async () => {
    connector.failNext({ status: 429, times: 1 });
    const error = await postError(bot!.adapter.poster.post(CHANNEL_TARGET, incidentView()));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterSec).toBe(30);
  });

  it("maps 404 (conversation not found) and 403 (bot removed) to TARGET_GONE", async () => {
    connector.failNext({ status: 404, body: { error: { code: "ConversationNotFound", message: "Conversation not found." } }, times: 1 });
    expect((await postError(bot!.adapter.poster.post(CHANNEL_TARGET, incidentView()))).code).toBe("TARGET_GONE");
    connector.failNext({ status: 403, body: { error: { code: "BotNotInConversationRoster", message: "The bot is not part of the conversation roster." } }, times: 1 });
    expect((await postError(bot!.adapter.poster.post(PERSONAL_TARGET, incidentView()))).code).toBe("TARGET_GONE");
  });

  it("maps rejections (400, 413) to POST_REJECTED and server errors to PLATFORM_ERROR, each after one attempt", async () => {
    connector.failNext({ status: 400, body: { error: { code: "BadArgument", message: "bad" } }, times: 1 });
    expect((await postError(bot!.adapter.poster.post(CHANNEL_TARGET, incidentView()))).code).toBe("POST_REJECTED");
    connector.failNext({ status: 413, body: { error: { code: "MessageSizeTooBig", message: "too big" } }, times: 1 });
    expect((await postError(bot!.adapter.poster.post(CHANNEL_TARGET, incidentView()))).code).toBe("POST_REJECTED");
    connector.failNext({ status: 500, times: 5 });
    expect((await postError(bot!.adapter.poster.post(CHANNEL_TARGET, incidentView()))).code).toBe("PLATFORM_ERROR");
    expect(connector.attempts).toBe(3);
  });

  it("refuses targets it cannot reach: unknown conversation, other platforms", async () => {
    expect((await postError(bot!.adapter.poster.post(`teams:${TENANT}:19:never-installed@thread.tacv2`, incidentView()))).code).toBe("TARGET_GONE");
    expect((await postError(bot!.adapter.poster.post("slack:T1:C1", incidentView()))).code).toBe("INVALID_INPUT");
    expect(connector.attempts).toBe(0);
  });
});
