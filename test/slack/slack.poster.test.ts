import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isBreachRadarError } from "../../src/domain/errors.js";
import { silentLogger } from "../../src/logger.js";
import { createClientCache, createSlackPoster } from "../../adapters/slack/slack.poster.js";
import type { ChatPoster } from "../../src/domain/chat.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { incidentView, memoryStore } from "./fakes.js";

describe("Slack ChatPoster against a fake Web API", () => {
  let api: FakeSlackApi;
  let store: ReturnType<typeof memoryStore>;
  let poster: ChatPoster;

  beforeEach(async () => {
    api = await startFakeSlackApi();
    store = memoryStore();
    const settings = { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 }, maxInlineWaitSec: 2, rateLimitRetries: 2 };
    const tokens: Record<string, string> = { T1: "xoxb-one", T2: "xoxb-two" };
    poster = createSlackPoster({
      tokenFor: async (teamId) => tokens[teamId] ?? "missing",
      clientFor: createClientCache(settings, silentLogger),
      store,
      settings,
      logger: silentLogger,
    });
  });
  afterEach(async () => { await api.close(); });

  it("posts rendered blocks with the workspace's token, in a thread when asked, with the outbox key as metadata", async () => {
    const posted = await poster.post("slack:T2:C9", incidentView("dior-2025-05", "Dior: customer data taken"), { threadId: "1700000000.000001", idempotencyKey: "alert:slack:T2:C9:dior-2025-05" });
    const call = api.callsTo("chat.postMessage")[0]!;
    expect(call.token).toBe("xoxb-two");
    expect(call.args).toMatchObject({ channel: "C9", thread_ts: "1700000000.000001", text: "Dior: customer data taken" });
    expect(call.args.metadata).toEqual({ event_type: "breach_radar_post", event_payload: { key: "alert:slack:T2:C9:dior-2025-05" } });
    expect(Array.isArray(call.args.blocks)).toBe(true);
    expect(posted.threadId).toBe("1700000000.000001");
    // Recording the incident post is the outbox's job, in the same transaction as the delivery.
    expect(store.posts).toEqual([]);
  });

  it("surfaces a 429 at once with its Retry-After: no wait and no retry inside the call", async () => {
    api.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    const error = await poster.post("slack:T1:C1", incidentView("qantas-2025-06", "Qantas")).catch((e: unknown) => e);
    expect(isBreachRadarError(error, "RATE_LIMITED")).toBe(true);
    expect((error as { retryAfterSec?: number }).retryAfterSec).toBe(1);
    expect(api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("surfaces RATE_LIMITED with retryAfterSec when the wait is too long or retries run out", async () => {
    api.failNext("chat.postMessage", { status: 429, retryAfter: 120 });
    const error = await poster.post("slack:T1:C1", incidentView("x", "X")).catch((e: unknown) => e);
    expect(isBreachRadarError(error, "RATE_LIMITED")).toBe(true);
    expect((error as { retryAfterSec?: number }).retryAfterSec).toBe(120);
    expect(api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("maps Slack's errors to what the outbox does about them", async () => {
    const cases: [string, string][] = [
      ["channel_not_found", "TARGET_GONE"], ["is_archived", "TARGET_GONE"], ["not_in_channel", "NOT_IN_CHANNEL"],
      ["invalid_auth", "INSTALLATION_BROKEN"], ["token_revoked", "INSTALLATION_BROKEN"], ["not_authed", "INSTALLATION_BROKEN"],
      ["account_inactive", "INSTALLATION_BROKEN"], ["missing_scope", "INSTALLATION_BROKEN"], ["msg_too_long", "POST_REJECTED"],
      ["internal_error", "PLATFORM_ERROR"], ["something_new", "PLATFORM_ERROR"],
    ];
    for (const [slackError] of cases) api.failNext("chat.postMessage", { error: slackError });
    const codes: string[] = [];
    for (const [i] of cases.entries()) {
      const error = await poster.post(`slack:T1:C${i}`, incidentView("x", "X")).catch((e: unknown) => e);
      codes.push(isBreachRadarError(error) ? error.code : "none");
    }
    expect(codes).toEqual(cases.map(([, code]) => code));
  });

  it("a failing channel does not block the others", async () => {
    api.failNext("chat.postMessage", { error: "not_in_channel" });
    const results = await Promise.allSettled(["slack:T1:C1", "slack:T1:C2", "slack:T2:C3"].map((t) => poster.post(t, incidentView("x", "X"))));
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled"]);
  });

  it("rejects a target that is not Slack's", async () => {
    const error = await poster.post("teams:tenant:conv", incidentView("x", "X")).catch((e: unknown) => e);
    expect(isBreachRadarError(error, "INVALID_INPUT")).toBe(true);
  });
});
