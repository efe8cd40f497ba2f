import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KnownBlock } from "@slack/types";
import { createBotCore } from "../../src/bot/index.js";
import { loadConfig } from "../../src/config.js";
import { systemClock } from "../../src/clock.js";
import { createIngestor, createPagePool, fetcherOptionsFromConfig, type PagePool } from "../../src/ingest/index.js";
import { silentLogger } from "../../src/logger.js";
import { deliverNow, testScheduler } from "../schedule/schedule.fixtures.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFixtureServer, send, type FixtureServer } from "../ingest/helpers/fixture.server.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { startAdapter, type Harness } from "./harness.js";
import { eventEnvelope, postSigned, slashCommand } from "./slack-request.js";

// Invented article, written for this test.
const PAGE = `<!doctype html><html><head><title>Marks &amp; Spencer says customer data was taken</title></head><body><article>
<h1>Marks &amp; Spencer says customer data was taken</h1>
<p>Marks &amp; Spencer said criminals took customer data, including names, email addresses and dates of birth, after a cyber attack on its systems.</p>
<p>The retailer said card details and account passwords were not taken, and that it had informed the Information Commissioner's Office.</p>
</article></body></html>`;

const texts = (blocks: unknown): string => JSON.stringify(blocks);

describe.each(storeKinds())("Slack text decoded at the edge, with the real core (%s)", (kind) => {
  let store: TestStore;
  let api: FakeSlackApi;
  let pages: FixtureServer;
  let pool: PagePool;
  let harness: Harness;
  let core: ReturnType<typeof createBotCore>;
  let n = 0;

  async function command(text: string, channel = "C1"): Promise<string> {
    const id = `c${++n}`;
    await postSigned(harness.eventsUrl, slashCommand(text, api.responseUrl(id), { channel_id: channel }));
    return texts((await api.waitFor(() => api.responses.find((r) => r.id === id))).body);
  }

  beforeEach(async () => {
    store = await openTestStore(kind);
    api = await startFakeSlackApi();
    pages = await startFixtureServer();
    pages.routes.set("/ms", send(PAGE, { "content-type": "text/html; charset=utf-8" }));
    const config = loadConfig({ FETCH_ALLOW_PRIVATE: "127.0.0.1", LOG_LEVEL: "silent" });
    pool = createPagePool({ fetcher: fetcherOptionsFromConfig(config), logger: silentLogger, size: 1, priority: "normal" });
    const ingestor = createIngestor({ store, config, logger: silentLogger, pages: pool });
    core = createBotCore({ store, logger: silentLogger, ingestUrl: (url, o) => ingestor.ingestUrl(url, { ...o, userSupplied: true }) });
    harness = await startAdapter({ apiUrl: api.apiUrl, core, store });
  });
  afterEach(async () => {
    await harness.close();
    await pool.close();
    await pages.close();
    await api.close();
    await store.cleanup();
  });

  it("@bot add <https://…> reads the page in the worker pool and answers in the thread; show/watch with &amp; work", async () => {
    await command("watch Marks &amp; Spencer", "C5");
    expect((await store.listWatches({ target: "slack:T1:C5" })).map((w) => w.term)).toEqual(["Marks & Spencer"]);

    const mention = { type: "app_mention", user: "U2", text: `<@UBOT> add <${pages.base}/ms>`, ts: "1700000400.000001", channel: "C1", event_ts: "1700000400.000001" };
    expect((await postSigned(harness.eventsUrl, eventEnvelope(mention))).status).toBe(200);
    const reading = await api.waitFor(() => api.callsTo("chat.postMessage")[0]);
    expect(texts(reading.args)).toContain("Reading the article");
    const added = await api.waitFor(() => api.callsTo("chat.postMessage")[1], 30_000);
    expect(added.args.thread_ts).toBe("1700000400.000001");
    expect(texts(added.args)).toContain("Marks &amp; Spencer");
    expect(texts(added.args)).not.toContain("Needs an http(s) URL");

    const shown = await command("show marks &amp; spencer");
    expect(shown).toContain("Marks &amp; Spencer");
    expect(shown).not.toContain("&amp;amp;");
    expect(shown).not.toContain("No incident matches");

    await deliverNow(testScheduler(store, [harness.adapter.poster], systemClock));
    const alert = api.callsTo("chat.postMessage").find((c) => c.args.channel === "C5");
    expect(alert).toBeDefined();
    expect(texts(alert!.args)).toContain('Watch \\"Marks &amp; Spencer\\"');
  });
});
