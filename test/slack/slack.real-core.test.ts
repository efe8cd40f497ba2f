import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KnownBlock } from "@slack/types";
import { createBotCore } from "../../src/bot/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { startAdapter, type Harness } from "./harness.js";
import { eventEnvelope, interactionRequest, postSigned, slashCommand } from "./slack-request.js";
import { seedIncidents } from "./seed.js";

/** Polls an async probe until it returns a non-null value (the adapter works after its ack). */
async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

const buttonsOf = (blocks: KnownBlock[]) =>
  blocks.flatMap((b) => (b.type === "actions" ? b.elements : [])).flatMap((e) => (e.type === "button" ? [e] : []));

describe.each(storeKinds())("Slack adapter with the real core and store (%s)", (kind) => {
  let store: TestStore;
  let api: FakeSlackApi;
  let harness: Harness;

  beforeEach(async () => {
    store = await openTestStore(kind);
    await seedIncidents(store);
    api = await startFakeSlackApi();
    const core = createBotCore({ store, logger: silentLogger });
    harness = await startAdapter({ apiUrl: api.apiUrl, core, store });
  });
  afterEach(async () => {
    await harness.close();
    await api.close();
    await store.cleanup();
  });

  it("/breach show → ephemeral incident; Post to channel → public post recorded; thread question → answered about it", async () => {
    const ack = await postSigned(harness.eventsUrl, slashCommand("show westjet-2025-06", api.responseUrl("show")));
    expect(ack.status).toBe(200);
    const answer = await api.waitFor(() => api.responses.find((r) => r.id === "show"));
    expect(answer.body.response_type).toBe("ephemeral");
    const blocks = answer.body.blocks as KnownBlock[];
    expect(JSON.stringify(blocks)).toContain("WestJet");
    const post = buttonsOf(blocks).find((b) => b.action_id?.startsWith("breach:post:"));
    expect(post?.value).toBe("show westjet-2025-06");

    const click = {
      type: "block_actions", user: { id: "U1", username: "analyst", team_id: "T1" }, api_app_id: "A1", token: "t",
      container: { type: "message", message_ts: "1700000100.000001", channel_id: "C1", is_ephemeral: true }, trigger_id: "1.2.3",
      team: { id: "T1", domain: "example-air" }, channel: { id: "C1", name: "security" }, response_url: api.responseUrl("click"),
      actions: [{ action_id: post?.action_id, block_id: "b", type: "button", value: post?.value, text: post?.text, action_ts: "1" }],
    };
    expect((await postSigned(harness.eventsUrl, interactionRequest(click))).status).toBe(200);
    const posted = await api.waitFor(() => api.callsTo("chat.postMessage")[0]);
    expect(posted.args.channel).toBe("C1");
    expect(JSON.stringify(posted.args.blocks)).not.toContain("Post to channel");
    const ts = String(posted.response?.ts);
    expect(await eventually(() => store.incidentForThread("slack:T1:C1", ts))).toBe("westjet-2025-06");

    const question = { type: "app_mention", user: "U2", text: "<@UBOT> was passport data taken?", ts: "1700000200.000001", thread_ts: ts, channel: "C1", event_ts: "1700000200.000001" };
    expect((await postSigned(harness.eventsUrl, eventEnvelope(question))).status).toBe(200);
    const reply = await api.waitFor(() => api.callsTo("chat.postMessage")[1]);
    expect(reply.args.thread_ts).toBe(ts);
    expect(String(reply.args.text).toLowerCase()).toContain("passport");
  });
});
