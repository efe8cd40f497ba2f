import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/bot/bot.port.js";
import { loadConfig } from "../../src/config.js";
import { createIngestor } from "../../src/ingest/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { coreFor, ctxFor } from "./bot.harness.js";

// Invented article text, written for this test.
const BREACH_PAGE = `<!doctype html><html><head><title>Qantas says contact-centre data was stolen</title>
<meta property="og:site_name" content="Loopback Security News"><meta property="article:published_time" content="2025-07-02T06:00:00Z"></head>
<body><article><h1>Qantas says contact-centre data was stolen</h1>
<p>Qantas said on Wednesday that criminals accessed a third-party platform used by its contact centre and stole customer data.</p>
<p>The airline said names, email addresses, phone numbers and frequent flyer numbers were taken. It said passport details and credit card information were not stored on the platform and were not taken.</p>
<p>About 5.7 million customers are affected, the company said, adding that it has notified the Australian Cyber Security Centre and the OAIC.</p>
</article></body></html>`;
const OTHER_PAGE = `<!doctype html><html><head><title>New lounge opens</title></head><body><article><h1>Airline opens a new lounge</h1>
<p>The carrier opened a new lounge in its main hub on Monday with a larger dining area and quiet rooms for travellers.</p>
<p>The lounge seats three hundred guests and will be open from early morning until the last departure.</p></article></body></html>`;

describe("add URL through the real ingestor", () => {
  let store: TestStore;
  let server: Server;
  let base: string;
  let core: BotCore;
  beforeAll(async () => {
    store = await openTestStore("sqlite");
    server = createServer((req, res) => {
      const page = req.url === "/breach" ? BREACH_PAGE : req.url === "/lounge" ? OTHER_PAGE : null;
      res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
      res.end(page ?? "not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const config = loadConfig({ FETCH_ALLOW_PRIVATE: "127.0.0.1", LOG_LEVEL: "silent" });
    const ingestor = createIngestor({ store, logger: silentLogger, config });
    core = coreFor(store, (url, options) => ingestor.ingestUrl(url, options));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.cleanup();
  });

  it("adds a breach article and shows its incident; search sees it at once", async () => {
    const before = await core.handleCommand("search qantas", ctxFor());
    expect(before.fallbackText).toContain("No incident matches");
    const view = await core.handleCommand(`add ${base}/breach`, ctxFor());
    expect(view.kind).toBe("incident");
    expect(view.subtitle).toMatch(/^New incident \S+ created\./);
    expect(view.fallbackText).toContain("Qantas");
    const after = await core.handleCommand("search qantaz", ctxFor());
    expect(after.sections[0]!.items![0]!.incidentId).toBe(view.incidentId);
    const again = await core.handleCommand(`add ${base}/breach`, ctxFor());
    expect(again.subtitle).toContain(`Incident ${view.incidentId} updated`);
  });

  it("explains a page that is not a breach report, and a page that cannot be fetched", async () => {
    const other = await core.handleCommand(`add ${base}/lounge`, ctxFor());
    expect(other.title).toBe("Not a breach report");
    const missing = await core.handleCommand(`add ${base}/missing`, ctxFor());
    expect(missing.kind).toBe("error");
    expect(missing.title).toBe("Could not add that article");
  });

  it("says so when adding is not enabled", async () => {
    const plain = coreFor(store);
    expect((await plain.handleCommand(`add ${base}/breach`, ctxFor())).title).toBe("Adding articles is not enabled here");
  });
});
