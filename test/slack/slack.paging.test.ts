import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Button, KnownBlock } from "@slack/types";
import { SLACK_LIMITS } from "../../adapters/slack/slack.limits.js";
import { createBotCore } from "../../src/bot/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { startAdapter, type Harness } from "./harness.js";
import { interactionRequest, postSigned, slashCommand } from "./slack-request.js";
import { seedIncidents } from "./seed.js";

const buttonsOf = (blocks: KnownBlock[]): Button[] =>
  blocks.flatMap((b) => (b.type === "actions" ? b.elements : [])).flatMap((e) => (e.type === "button" ? [e] : []));
/** Incident ids listed in a message: each item ends with "· <id>". */
const idsIn = (blocks: KnownBlock[]): string[] =>
  blocks.flatMap((b) => (b.type === "section" && b.text ? [...b.text.text.matchAll(/· ([a-z0-9-]+-\d{4}-\d{2})$/gm)].map((m) => m[1]!) : []));
const footer = (blocks: KnownBlock[]): string => {
  const last = blocks.at(-1);
  return last?.type === "context" ? (last.elements[0] as { text: string }).text : "";
};

describe.each(storeKinds())("Slack paging under the 50-block budget (%s)", (kind) => {
  let store: TestStore;
  let api: FakeSlackApi;
  let harness: Harness;
  beforeEach(async () => {
    store = await openTestStore(kind);
    await seedIncidents(store, 58); // 60 incidents
    api = await startFakeSlackApi();
    harness = await startAdapter({ apiUrl: api.apiUrl, core: createBotCore({ store, logger: silentLogger }), store });
  });
  afterEach(async () => { await harness.close(); await api.close(); await store.cleanup(); });

  it("`latest 50` over 60 incidents: every page says what it shows, and Show more continues right after it", async () => {
    expect((await postSigned(harness.eventsUrl, slashCommand("latest 50", api.responseUrl("p1")))).status).toBe(200);
    let blocks = (await api.waitFor(() => api.responses.find((r) => r.id === "p1"))).body.blocks as KnownBlock[];
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
      expect(JSON.stringify(blocks)).not.toMatch(/more\)/); // nothing silently cut by the renderer
      const ids = idsIn(blocks);
      expect(footer(blocks)).toContain(`Showing ${seen.length + 1}–${seen.length + ids.length} of 60`);
      seen.push(...ids);
      const more = buttonsOf(blocks).find((b) => b.text.text === "Show more");
      if (!more) break;
      const id = `p${page + 1}`;
      const click = interactionRequest({
        type: "block_actions", user: { id: "U1", team_id: "T1" }, team: { id: "T1" }, channel: { id: "C1" }, api_app_id: "A1", token: "t", trigger_id: "1",
        container: { type: "message", message_ts: "1700000000.1", channel_id: "C1", is_ephemeral: true }, response_url: api.responseUrl(id),
        actions: [{ action_id: more.action_id, block_id: "b", type: "button", value: more.value, text: more.text, action_ts: "1" }],
      });
      expect((await postSigned(harness.eventsUrl, click)).status).toBe(200);
      blocks = (await api.waitFor(() => api.responses.find((r) => r.id === id))).body.blocks as KnownBlock[];
      expect(page).toBeLessThan(10);
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(seen[0]).toBe("shop-57-2025-07");
  });
});
