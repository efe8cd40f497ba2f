import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import type { CliIO } from "../../src/cli/command.js";
import { loadConfig } from "../../src/config.js";
import { isBreachRadarError } from "../../src/domain/errors.js";
import { createHttpFetcher, createIngestor, fetcherOptionsFromConfig } from "../../src/ingest/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { coreFor, ctxFor } from "../bot/bot.harness.js";
import { startFixtureServer, type FixtureServer } from "./helpers/fixture.server.js";
import { HTML_TYPE, RSS_TYPE, documentRoute } from "./helpers/feed.routes.js";
import { articlePage, rssFeed, type FixtureArticle } from "./fixtures/articles.js";

/** A resolver for the tests: names map to fixed addresses, anything else does not resolve. */
const NAMES: Record<string, string[]> = { "intranet.test": ["127.0.0.1"], "public.test": ["93.184.215.14"], "mixed.test": ["10.1.2.3"] };
const lookup = async (host: string) => {
  const found = NAMES[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  return found;
};

const ingestorFor = (store: TestStore, env: Record<string, string> = {}) =>
  createIngestor({ store, logger: silentLogger, config: loadConfig({ LOG_LEVEL: "silent", ...env }), lookup });

async function blocked(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
  throw new Error("expected a refusal");
}

describe.each(storeKinds())("feeds: the fetcher's rules at add time, FEEDS as the list (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => { await store.cleanup(); });

  it.each([
    ["http://127.0.0.1/feed", "127.0.0.1"],
    ["http://0x7f000001/feed", "127.0.0.1"],
    ["http://[::1]:8080/feed", "::1"],
    ["http://169.254.169.254/latest/meta-data", "169.254.169.254"],
    ["http://intranet.test/rss", "127.0.0.1 is a private, loopback or reserved address (intranet.test resolves to it)"],
  ])("refuses %s, which the fetcher would never fetch", async (url, why) => {
    const message = await blocked(() => ingestorFor(store).addFeed(url));
    expect(message).toMatch(/^FETCH_BLOCKED: Not adding /);
    expect(message).toContain(why);
    expect(message).toContain("FETCH_ALLOW_PRIVATE");
    expect(await store.listFeeds()).toHaveLength(0);
  });

  it("adds a private feed that FETCH_ALLOW_PRIVATE allows, by address or by name", async () => {
    expect((await ingestorFor(store, { FETCH_ALLOW_PRIVATE: "127.0.0.0/8" }).addFeed("http://0x7f000001/feed")).status).toBe("added");
    expect((await ingestorFor(store, { FETCH_ALLOW_PRIVATE: "intranet.test" }).addFeed("http://intranet.test/rss")).status).toBe("added");
    expect((await store.listFeeds()).map((f) => f.url)).toEqual(["http://127.0.0.1/feed", "http://intranet.test/rss"]);
  });

  it("caps the URL length and reports a duplicate as a duplicate", async () => {
    const long = `https://public.test/${"a".repeat(3000)}`;
    expect(await blocked(() => ingestorFor(store).addFeed(long))).toMatch(/^INVALID_INPUT: URL too long \(3020 characters; the limit is 2048\)/);
    const ingestor = ingestorFor(store);
    expect((await ingestor.addFeed("https://public.test/rss")).status).toBe("added");
    const again = await ingestor.addFeed("https://PUBLIC.test/rss");
    expect(again.status).toBe("duplicate");
    expect(await store.listFeeds()).toHaveLength(1);
  });

  it("adds a feed whose host does not resolve now, saying it is checked again at every poll", async () => {
    const outcome = await ingestorFor(store).addFeed("https://nowhere.test/feed");
    expect(outcome.status === "added" && outcome.note).toContain("nowhere.test does not resolve right now (ENOTFOUND); it is checked again at every poll");
  });

  it("FEEDS, when set, IS the feed list: an existing table is reconciled to it", async () => {
    await store.addFeed("https://public.test/a.xml");
    await store.addFeed("https://public.test/b.xml");
    const sync = await ingestorFor(store, { FEEDS: "https://public.test/b.xml, https://public.test/c.xml" }).syncFeeds();
    expect(sync).toMatchObject({ source: "FEEDS", added: ["https://public.test/c.xml"], removed: ["https://public.test/a.xml"] });
    expect((await store.listFeeds()).map((f) => f.url).sort()).toEqual(["https://public.test/b.xml", "https://public.test/c.xml"]);
    // Without FEEDS the table is left as it is (and only an empty one gets the defaults).
    expect((await ingestorFor(store).syncFeeds()).source).toBe("table");
  });

  it("refuses to start with a FEEDS entry the address policy blocks, naming FEEDS and FETCH_ALLOW_PRIVATE", async () => {
    const message = await blocked(() => ingestorFor(store, { FEEDS: "http://10.0.0.7/rss" }).syncFeeds());
    expect(message).toContain("CONFIG_INVALID: FEEDS: http://10.0.0.7/rss would never be fetched");
    expect(message).toContain("FETCH_ALLOW_PRIVATE");
    expect((await ingestorFor(store, { FEEDS: "http://10.0.0.7/rss", FETCH_ALLOW_PRIVATE: "10.0.0.0/8" }).syncFeeds()).added).toEqual(["http://10.0.0.7/rss"]);
  });
});

describe("FETCH_ALLOW_PRIVATE accepts names and resolves them", () => {
  let srv: FixtureServer;
  beforeAll(async () => {
    srv = await startFixtureServer();
    srv.routes.set("/ok", documentRoute(() => "hello", { type: "text/plain" }));
  });
  afterAll(() => srv.close());

  it("`localhost` also covers http://127.0.0.1/ URLs (the name resolves to that address)", async () => {
    const allowed = createHttpFetcher(fetcherOptionsFromConfig(loadConfig({ FETCH_ALLOW_PRIVATE: "localhost" })));
    expect((await allowed.fetch({ url: `http://127.0.0.1:${srv.port}/ok` })).text).toBe("hello");
    const none = createHttpFetcher(fetcherOptionsFromConfig(loadConfig({})));
    const error = await none.fetch({ url: `http://127.0.0.1:${srv.port}/ok` }).catch((e: unknown) => e);
    expect(isBreachRadarError(error, "FETCH_BLOCKED")).toBe(true);
  });

  it("a name that resolves to a private address allows that address", async () => {
    const fetcher = createHttpFetcher({ ...fetcherOptionsFromConfig(loadConfig({ FETCH_ALLOW_PRIVATE: "intranet.test" })), lookup });
    expect((await fetcher.fetch({ url: `http://127.0.0.1:${srv.port}/ok` })).text).toBe("hello");
  });
});

// Written for this test; the facts (a 2014 retail payment-card breach) are public record, the words are ours.
const OLD_ARTICLE: FixtureArticle = {
  path: "/2014/09/home-depot-cards",
  outlet: "Loopback Archive",
  title: "Home Depot confirms its payment systems were breached",
  published: "2014-09-08",
  paragraphs: [
    "Home Depot confirmed on Monday that its payment data systems were breached, potentially affecting customers who used payment cards at its stores in the United States and Canada.",
    "The retailer said there was no evidence that debit PIN numbers were compromised. It later said about 56 million payment cards were exposed.",
  ],
};

describe("add URL takes any date; INGEST_HORIZON_DAYS applies to feed polling only", () => {
  let srv: FixtureServer;
  let store: TestStore;
  beforeAll(async () => {
    srv = await startFixtureServer();
    srv.routes.set(OLD_ARTICLE.path, documentRoute(() => articlePage(OLD_ARTICLE), { type: HTML_TYPE }));
    srv.routes.set("/feed.xml", documentRoute(() => rssFeed(srv.base, "Archive", [{ article: OLD_ARTICLE, full: true }]), { type: RSS_TYPE }));
    store = await openTestStore("sqlite");
  });
  afterAll(async () => {
    await srv.close();
    await store.cleanup();
  });

  it("a feed poll skips the 2014 item; `add URL` with the same article creates its incident", async () => {
    const ingestor = ingestorFor(store, { FETCH_ALLOW_PRIVATE: "127.0.0.1", INGEST_HORIZON_DAYS: "60" });
    await store.addFeed(`${srv.base}/feed.xml`);
    const report = await ingestor.pollAllFeeds();
    expect(report.feeds[0]).toMatchObject({ status: "ok", items: 1, processed: 0 });
    expect(await store.countIncidents()).toBe(0);
    const core = coreFor(store, (url, options) => ingestor.ingestUrl(url, options));
    const view = await core.handleCommand(`add ${srv.base}${OLD_ARTICLE.path}`, ctxFor());
    expect(view.kind).toBe("incident");
    expect(view.subtitle).toMatch(/^New incident home-depot-2014\S* created/);
  });
});

describe("breach-radar feeds (CLI)", () => {
  let dir: string;
  const io = () => {
    const lines: string[] = [];
    const sink: CliIO & { text(): string } = { out: (t) => void lines.push(t), err: (t) => void lines.push(t), text: () => lines.join("\n") };
    return sink;
  };
  const run = async (args: string[], env: Record<string, string>) => {
    const saved = { ...process.env };
    Object.assign(process.env, { DATABASE_URL: `file:${join(dir, "feeds.db")}`, LOG_LEVEL: "silent" }, env);
    if (!env.FEEDS) delete process.env.FEEDS;
    const sink = io();
    try {
      return { code: await main(["feeds", ...args], sink), text: sink.text() };
    } finally {
      process.env = saved;
    }
  };
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), "br-feeds-")); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it("refuses blocked and overlong URLs with exit 1, reports a duplicate, and refuses to edit the list while FEEDS is set", async () => {
    expect(await run(["add", "http://0x7f000001/rss"], {})).toMatchObject({ code: 1 });
    expect((await run(["add", "http://0x7f000001/rss"], {})).text).toContain("[FETCH_BLOCKED] Not adding http://127.0.0.1/rss");
    expect((await run(["add", `https://news.example.org/${"x".repeat(100_000)}`], {})).text).toMatch(/^\[INVALID_INPUT\] URL too long/);
    expect((await run(["add", "http://127.0.0.1:8080/rss"], { FETCH_ALLOW_PRIVATE: "127.0.0.1" })).text).toBe("Added feed http://127.0.0.1:8080/rss");
    const dup = await run(["add", "http://127.0.0.1:8080/rss"], { FETCH_ALLOW_PRIVATE: "127.0.0.1" });
    expect(dup).toEqual({ code: 0, text: "Already a feed (duplicate, nothing changed): http://127.0.0.1:8080/rss" });
    const underFeeds = await run(["add", "https://news.example.org/rss"], { FEEDS: "https://news.example.org/a" });
    expect(underFeeds.code).toBe(1);
    expect(underFeeds.text).toContain("FEEDS is set, so it is the feed list");
  });
});
