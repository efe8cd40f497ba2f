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

  it("posts rendered blocks with the workspace's token, in a thread when asked, and records the incident", async () => {
    const posted = await poster.post("slack:T2:C9", incidentView("dior-2025-05", "Dior: customer data taken"), { threadId: "1700000000.000001" });
    const call = api.callsTo("chat.postMessage")[0]!;
    expect(call.token).toBe("xoxb-two");
    expect(call.args).toMatchObject({ channel: "C9", thread_ts: "1700000000.000001", text: "Dior: customer data taken" });
    expect(Array.isArray(call.args.blocks)).toBe(true);
    expect(posted.threadId).toBe("1700000000.000001");
    expect(store.posts).toEqual([{ target: "slack:T2:C9", messageId: posted.messageId, threadId: "1700000000.000001", incidentId: "dior-2025-05" }]);
  });

  it("waits out a 429 with Retry-After and retries until it succeeds", async () => {
    api.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    const started = Date.now();
    const posted = await poster.post("slack:T1:C1", incidentView("qantas-2025-06", "Qantas"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(api.callsTo("chat.postMessage")).toHaveLength(2);
    expect(posted.messageId).toMatch(/^\d+\.\d+$/);
  });

  it("surfaces RATE_LIMITED with retryAfterSec when the wait is too long or retries run out", async () => {
    api.failNext("chat.postMessage", { status: 429, retryAfter: 120 });
    const error = await poster.post("slack:T1:C1", incidentView("x", "X")).catch((e: unknown) => e);
    expect(isBreachRadarError(error, "RATE_LIMITED")).toBe(true);
    expect((error as { retryAfterSec?: number }).retryAfterSec).toBe(120);
    expect(api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("maps channel_not_found / is_archived to TARGET_GONE and other errors to PLATFORM_ERROR", async () => {
    api.failNext("chat.postMessage", { error: "channel_not_found" });
    api.failNext("chat.postMessage", { error: "is_archived" });
    api.failNext("chat.postMessage", { error: "msg_too_long" });
    const codes: string[] = [];
    for (const target of ["slack:T1:C1", "slack:T1:C2", "slack:T1:C3"]) {
      const error = await poster.post(target, incidentView("x", "X")).catch((e: unknown) => e);
      codes.push(isBreachRadarError(error) ? error.code : "none");
    }
    expect(codes).toEqual(["TARGET_GONE", "TARGET_GONE", "PLATFORM_ERROR"]);
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
