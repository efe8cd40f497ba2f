import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KnownBlock } from "@slack/types";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { fakeCore, memoryStore } from "./fakes.js";
import { startAdapter, type Harness } from "./harness.js";
import { eventEnvelope, interactionRequest, postSigned, sign, slashCommand } from "./slack-request.js";

describe("Slack adapter over HTTP (signed requests on loopback)", () => {
  let api: FakeSlackApi;
  let harness: Harness;
  let core: ReturnType<typeof fakeCore>;
  let store: ReturnType<typeof memoryStore>;

  beforeEach(async () => {
    api = await startFakeSlackApi();
    core = fakeCore({ delayMs: 1200 });
    store = memoryStore();
    harness = await startAdapter({ apiUrl: api.apiUrl, core, store });
  });
  afterEach(async () => {
    await harness.close();
    await api.close();
  });

  it("acks /breach at once and answers later through response_url, ephemeral with Post to channel", async () => {
    const res = await postSigned(harness.eventsUrl, slashCommand("latest airline", api.responseUrl("cmd1")));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000); // the fake core takes 1.2 s: the ack did not wait for it
    expect(api.responses).toHaveLength(0);
    const answer = await api.waitFor(() => api.responses.find((r) => r.id === "cmd1"));
    expect(answer.body.response_type).toBe("ephemeral");
    const blocks = answer.body.blocks as KnownBlock[];
    expect(blocks[0]).toMatchObject({ type: "header", text: { text: "Answer to: latest airline" } });
    const buttons = blocks.filter((b) => b.type === "actions").flatMap((b) => (b.type === "actions" ? b.elements : []));
    expect(buttons.map((b) => (b.type === "button" ? [b.text.text, b.value] : []))).toContainEqual(["Post to channel", "latest airline"]);
    expect(core.calls[0]).toMatchObject({ fn: "handleCommand", text: "latest airline", ctx: { platform: "slack", workspaceId: "T1", target: "slack:T1:C1", userId: "U1" } });
  });

  it("rejects a bad signature and a stale timestamp with 401, without calling the core", async () => {
    const req = slashCommand("latest", api.responseUrl("x"));
    const bad = await postSigned(harness.eventsUrl, req, { signature: sign(req.body, Math.floor(Date.now() / 1000), "wrong-secret") });
    expect(bad.status).toBe(401);
    const staleTs = Math.floor(Date.now() / 1000) - 6 * 60;
    const stale = await postSigned(harness.eventsUrl, req, { timestampSec: staleTs });
    expect(stale.status).toBe(401);
    await new Promise((r) => setTimeout(r, 50));
    expect(core.calls).toHaveLength(0);
  });

  it("answers Slack's url_verification challenge", async () => {
    const res = await postSigned(harness.eventsUrl, { body: JSON.stringify({ type: "url_verification", challenge: "c-123", token: "t" }), contentType: "application/json" });
    expect(res.status).toBe(200);
    expect(res.text).toContain("c-123");
  });

  it("answers a mention in a bot thread in that thread, with the thread's incident, and records the reply", async () => {
    await store.recordPost({ target: "slack:T1:C1", messageId: "1700000000.000001", threadId: "1700000000.000001", incidentId: "qantas-2025-06" });
    const event = { type: "app_mention", user: "U2", text: "<@UBOT> was passport data taken?", ts: "1700000050.000002", thread_ts: "1700000000.000001", channel: "C1", event_ts: "1700000050.000002" };
    const res = await postSigned(harness.eventsUrl, eventEnvelope(event));
    expect(res.status).toBe(200);
    const post = await api.waitFor(() => api.callsTo("chat.postMessage")[0]);
    expect(post.args).toMatchObject({ channel: "C1", thread_ts: "1700000000.000001" });
    expect(post.token).toBe("xoxb-test-token");
    expect(core.calls[0]).toMatchObject({ fn: "handleMessage", text: "was passport data taken?", ctx: { incidentId: "qantas-2025-06", threadId: "1700000000.000001" } });
    await api.waitFor(() => (store.posts.length === 2 ? true : undefined));
    expect(store.posts[1]).toMatchObject({ target: "slack:T1:C1", threadId: "1700000000.000001", incidentId: "qantas-2025-06" });
  });

  it("answers plain replies only in threads the bot started", async () => {
    await store.recordPost({ target: "slack:T1:C1", messageId: "1700000000.000001", threadId: "1700000000.000001", incidentId: "allianz-2025-07" });
    const base = { type: "message", user: "U2", channel: "C1", channel_type: "channel", text: "how many customers?" };
    await postSigned(harness.eventsUrl, eventEnvelope({ ...base, ts: "1700000070.1", thread_ts: "1699999999.000009", event_ts: "1700000070.1" }));
    await postSigned(harness.eventsUrl, eventEnvelope({ ...base, ts: "1700000071.1", thread_ts: "1700000000.000001", event_ts: "1700000071.1" }));
    const post = await api.waitFor(() => api.callsTo("chat.postMessage")[0]);
    expect(post.args.thread_ts).toBe("1700000000.000001");
    await new Promise((r) => setTimeout(r, 100));
    expect(core.calls).toHaveLength(1);
    expect(core.calls[0]?.ctx.incidentId).toBe("allianz-2025-07");
  });

  it("runs a button's command and posts to the channel for Post to channel, recording the incident", async () => {
    const payload = {
      type: "block_actions",
      user: { id: "U1", username: "analyst", team_id: "T1" },
      api_app_id: "A1",
      token: "t",
      container: { type: "message", message_ts: "1700000100.000001", channel_id: "C1", is_ephemeral: true },
      trigger_id: "1.2.3",
      team: { id: "T1", domain: "example-air" },
      channel: { id: "C1", name: "security" },
      response_url: api.responseUrl("btn1"),
      actions: [{ action_id: "breach:post:1", block_id: "b1", type: "button", value: "show westjet-2025-06", text: { type: "plain_text", text: "Post to channel" }, action_ts: "1700000101.1" }],
    };
    const res = await postSigned(harness.eventsUrl, interactionRequest(payload));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    const post = await api.waitFor(() => api.callsTo("chat.postMessage")[0]);
    expect(post.args.channel).toBe("C1");
    expect(core.calls[0]).toMatchObject({ fn: "handleCommand", text: "show westjet-2025-06" });
    await api.waitFor(() => (store.posts.length ? true : undefined));
    expect(store.posts[0]).toMatchObject({ target: "slack:T1:C1", incidentId: "westjet-2025-06" });

    const sources = { ...payload, response_url: api.responseUrl("btn2"), actions: [{ ...payload.actions[0], action_id: "breach:sources:0", value: "sources westjet-2025-06" }] };
    await postSigned(harness.eventsUrl, interactionRequest(sources));
    const answer = await api.waitFor(() => api.responses.find((r) => r.id === "btn2"));
    expect(answer.body.response_type).toBe("ephemeral");
    expect(core.calls[1]).toMatchObject({ text: "sources westjet-2025-06" });
  });
});
