import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import { loadConfig } from "../../src/config.js";
import { createIngestor } from "../../src/ingest/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import { personalMessage } from "./teams-fixtures.js";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.js";

// Invented article, written for this test.
const PAGE = `<!doctype html><html><head><title>Corvid Air says booking records were copied</title></head><body><article>
<h1>Corvid Air says booking records were copied</h1>
<p>Corvid Air said criminals copied booking records from a third-party customer service platform. Names and email addresses were taken.</p>
<p>The airline said passport numbers were not held on the platform.</p>
</article></body></html>`;

describe("Teams: a slow `add URL` ends the turn at once and posts the result proactively", () => {
  let store: TestStore;
  let connector: FakeConnector;
  let bot: TeamsHarness;
  let pages: Server;
  let base: string;
  let release: () => void = () => undefined;

  beforeEach(async () => {
    store = await openTestStore("sqlite");
    connector = await startFakeConnector();
    // The page is held until the test releases it: the turn must not wait for it.
    pages = createServer((_req, res) => {
      release = () => {
        release = () => undefined;
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      };
    });
    await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    const ingestor = createIngestor({ store, logger: silentLogger, config: loadConfig({ FETCH_ALLOW_PRIVATE: "127.0.0.1", LOG_LEVEL: "silent" }) });
    const core = createBotCore({ store, logger: silentLogger, ingestUrl: (url, options) => ingestor.ingestUrl(url, options) });
    bot = await startTeamsHarness({ core, store });
  });
  afterEach(async () => {
    release();
    await bot.close();
    await connector.close();
    pages.closeAllConnections();
    await new Promise((resolve) => pages.close(resolve));
    await store.cleanup();
  });

  it("answers 'Reading the article…' within the turn, then the incident card as a new message", async () => {
    const started = Date.now();
    const res = await bot.post(personalMessage(connector.url, `breach add ${base}/corvid`));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(connector.calls).toHaveLength(1);
    expect(JSON.stringify(connector.calls[0]!.body)).toContain("Reading the article");

    release();
    const deadline = Date.now() + 20_000;
    while (connector.calls.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(connector.calls).toHaveLength(2);
    const result = JSON.stringify(connector.calls[1]!.body);
    expect(result).toContain("Corvid Air");
    expect(connector.calls[1]!.conversationId).toBe(connector.calls[0]!.conversationId);
  });
});
