import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KnownBlock, SectionBlock } from "@slack/types";
import { renderBlocks } from "../../adapters/slack/slack.render.js";
import { createBotCore } from "../../src/bot/index.js";
import type { View } from "../../src/domain/view.js";
import { silentLogger } from "../../src/logger.js";
import { seedBotFixtures } from "../bot/bot.fixtures.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { startAdapter, type Harness } from "./harness.js";
import { interactionRequest, postSigned, slashCommand } from "./slack-request.js";

const sectionTexts = (blocks: KnownBlock[]): string[] => blocks.filter((b): b is SectionBlock => b.type === "section" && Boolean(b.text)).map((b) => b.text!.text);
const buttonsOf = (blocks: KnownBlock[]) => blocks.flatMap((b) => (b.type === "actions" ? b.elements : [])).flatMap((e) => (e.type === "button" ? [e] : []));

describe("Slack renders quoted evidence", () => {
  it("as a quote line with the outlet linked and the date, escaping untrusted text", () => {
    const view: View = {
      kind: "evidence", title: "Why: X", fallbackText: "Why: X",
      sections: [{ heading: "Number affected", quotes: [{ text: "<!channel> *bold* said 5 <script>", source: "The <b>Wire</b>", date: "2025-07-02", url: "https://news.example.test/a?x=1&y=2", note: "confirmed" }] }],
    };
    const lines = sectionTexts(renderBlocks(view).blocks);
    expect(lines).toContain("> &lt;!channel&gt; *bold* said 5 &lt;script&gt;\n— <https://news.example.test/a?x=1&amp;y=2|The &lt;b&gt;Wire&lt;/b&gt;> — news.example.test, 2025-07-02 (confirmed)");
    expect(lines.join("\n")).not.toContain("<!channel>");
  });
});

describe.each(storeKinds())("the Why? button in Slack, with the real core and store (%s)", (kind) => {
  let store: TestStore;
  let api: FakeSlackApi;
  let harness: Harness;
  beforeEach(async () => {
    store = await openTestStore(kind);
    await seedBotFixtures(store);
    api = await startFakeSlackApi();
    harness = await startAdapter({ apiUrl: api.apiUrl, core: createBotCore({ store, logger: silentLogger }), store });
  });
  afterEach(async () => {
    await harness.close();
    await api.close();
    await store.cleanup();
  });

  it("an incident card carries Why?; clicking it answers with the quoted sentences, outlet, date and link", async () => {
    await postSigned(harness.eventsUrl, slashCommand("show qantas-2025-06", api.responseUrl("show")));
    const shown = await api.waitFor(() => api.responses.find((r) => r.id === "show"));
    const why = buttonsOf(shown.body.blocks as KnownBlock[]).find((b) => b.text.text === "Why?");
    expect(why).toMatchObject({ value: "evidence qantas-2025-06" });
    expect(why!.action_id).toMatch(/^breach:evidence:/);
    const click = {
      type: "block_actions", user: { id: "U1", username: "analyst", team_id: "T1" }, api_app_id: "A1", token: "t",
      container: { type: "message", message_ts: "1700000100.000001", channel_id: "C1", is_ephemeral: true }, trigger_id: "1.2.3",
      team: { id: "T1", domain: "example-air" }, channel: { id: "C1", name: "security" }, response_url: api.responseUrl("why"),
      actions: [{ action_id: why!.action_id, block_id: "b", type: "button", value: why!.value, text: why!.text, action_ts: "1" }],
    };
    expect((await postSigned(harness.eventsUrl, interactionRequest(click))).status).toBe(200);
    const answer = await api.waitFor(() => api.responses.find((r) => r.id === "why"));
    const texts = sectionTexts(answer.body.blocks as KnownBlock[]).join("\n");
    expect(texts).toContain("*Vendor / platform: Salesforce — reported by Reuters, not confirmed by the company*");
    expect(texts).toContain("> People familiar with the investigation said the platform was a Salesforce instance reached through a voice-phishing call.\n— <https://news.example.test/qantas-first|Reuters> — news.example.test, 2025-07-02");
    expect(texts).toContain("> ShinyHunters claims on its leak site to hold 6 million records taken from the airline.\n— <https://news.example.test/qantas-update|The Record> — news.example.test, 2025-07-09");
  });
});
