import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Button, KnownBlock } from "@slack/types";
import { createBotCore } from "../../src/bot/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { startAdapter, type Harness } from "./harness.js";
import { interactionRequest, postSigned, slashCommand } from "./slack-request.js";
import { seedIncidents } from "./seed.js";

const buttonsOf = (blocks: KnownBlock[]): Button[] =>
  blocks.flatMap((b) => (b.type === "actions" ? b.elements : [])).flatMap((e) => (e.type === "button" ? [e] : []));

/** A block_actions payload for a click on `button` in an ephemeral message in C1. */
function click(button: Pick<Button, "action_id" | "value">, responseUrl: string) {
  return interactionRequest({
    type: "block_actions", user: { id: "U1", username: "analyst", team_id: "T1" }, api_app_id: "A1", token: "t",
    container: { type: "message", message_ts: "1700000100.000001", channel_id: "C1", is_ephemeral: true }, trigger_id: "1.2.3",
    team: { id: "T1", domain: "example-air" }, channel: { id: "C1", name: "security" }, response_url: responseUrl,
    actions: [{ action_id: button.action_id, block_id: "b", type: "button", value: button.value, text: { type: "plain_text", text: "x" }, action_ts: "1" }],
  });
}

describe.each(storeKinds())("Slack buttons stay read-only (%s)", (kind) => {
  let store: TestStore;
  let api: FakeSlackApi;
  let harness: Harness;
  let n = 0;

  async function answer(text: string): Promise<KnownBlock[]> {
    const id = `cmd-${++n}`;
    expect((await postSigned(harness.eventsUrl, slashCommand(text, api.responseUrl(id)))).status).toBe(200);
    return (await api.waitFor(() => api.responses.find((r) => r.id === id))).body.blocks as KnownBlock[];
  }
  async function press(button: Pick<Button, "action_id" | "value">): Promise<Record<string, unknown>> {
    const id = `click-${++n}`;
    expect((await postSigned(harness.eventsUrl, click(button, api.responseUrl(id)))).status).toBe(200);
    return (await api.waitFor(() => api.responses.find((r) => r.id === id))).body;
  }

  beforeEach(async () => {
    store = await openTestStore(kind);
    await seedIncidents(store);
    api = await startFakeSlackApi();
    harness = await startAdapter({ apiUrl: api.apiUrl, core: createBotCore({ store, logger: silentLogger }), store });
  });
  afterEach(async () => {
    await harness.close();
    await api.close();
    await store.cleanup();
  });

  it('"Subscribe this channel" on an incident card keeps an existing subscription as it is', async () => {
    await answer("subscribe airline at 06:30 Asia/Tokyo critical live");
    const card = await answer("show westjet-2025-06");
    const subscribe = buttonsOf(card).find((b) => b.text.text === "Subscribe this channel");
    expect(subscribe).toBeDefined();
    const body = await press(subscribe!);
    expect(JSON.stringify(body)).toContain("already subscribed");
    expect(await store.getSubscription("slack:T1:C1")).toMatchObject({ digestTime: "06:30", timeZone: "Asia/Tokyo", sectors: ["airline"], minSeverity: "critical", liveAlerts: true });
  });

  it('offers "Post to channel" only on lookups, and a forged post click never re-runs a setting change', async () => {
    await answer("watch Salesforce");
    const unwatch = await answer("unwatch Salesforce");
    expect(buttonsOf(unwatch).map((b) => b.text.text)).not.toContain("Post to channel");
    const subscribed = await answer("subscribe");
    expect(buttonsOf(subscribed).map((b) => b.text.text)).not.toContain("Post to channel");
    const lookup = await answer("latest");
    expect(buttonsOf(lookup).find((b) => b.text.text === "Post to channel")?.value).toBe("latest");

    await answer("watch Salesforce");
    const forged = await press({ action_id: "breach:post:0", value: "unwatch Salesforce" });
    expect(JSON.stringify(forged)).toContain("Only lookups can be posted");
    expect(forged.response_type).toBe("ephemeral");
    expect(api.callsTo("chat.postMessage")).toHaveLength(0);
    expect((await store.listWatches({ target: "slack:T1:C1" })).map((w) => w.term)).toEqual(["Salesforce"]);
  });
});
