import { afterEach, beforeEach, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { storeKinds } from "../helpers/test-store.js";
import { isBreachRadarError } from "../../src/domain/errors.js";
import { openHarness, snapshot, type Harness } from "./helpers/ingest.harness.js";
import { HTML_TYPE, RSS_TYPE, documentRoute } from "./helpers/feed.routes.js";
import { AF_KLM_2025, NOT_A_BREACH, QANTAS_FIRST, articlePage, rssFeed } from "./fixtures/articles.js";

const MIN = 60_000;

describe.each(storeKinds())("feed polling (%s)", (kind) => {
  let h: Harness;
  const feedUrl = (path: string) => `${h.srv.base}${path}`;
  const feedRecord = async (path: string) => (await h.store.listFeeds()).find((f) => f.url === feedUrl(path))!;

  beforeEach(async () => {
    h = await openHarness(kind);
    const { srv } = h;
    srv.routes.set(QANTAS_FIRST.path, documentRoute(() => articlePage(QANTAS_FIRST)));
    srv.routes.set(NOT_A_BREACH.path, documentRoute(() => articlePage(NOT_A_BREACH)));
    srv.routes.set("/good.xml", documentRoute(() => rssFeed(srv.base, "Good Feed", [{ article: QANTAS_FIRST, full: true }, { article: NOT_A_BREACH, full: false }]), { type: RSS_TYPE }));
    srv.routes.set("/mirror.xml", documentRoute(() => rssFeed(srv.base, "Mirror Feed", [{ article: QANTAS_FIRST, full: false }, { article: NOT_A_BREACH, full: false }]), { type: RSS_TYPE }));
    srv.routes.set("/error.xml", (_q, res) => void res.writeHead(500).end("internal error"));
    srv.routes.set("/broken.xml", documentRoute(() => "<rss><channel><title>half</title><item><title>cut off", { type: RSS_TYPE }));
    srv.routes.set("/slow.xml", (_q, res) => void res.writeHead(200, { "content-type": RSS_TYPE }).write("<rss>"));
    srv.routes.set("/huge.xml", (_q, res) => {
      res.writeHead(200, { "content-type": RSS_TYPE });
      const pump = () => {
        while (!res.destroyed && res.write(`<item><title>${"x".repeat(4000)}</title></item>`)) { /* until backpressure */ }
        if (!res.destroyed) res.once("drain", pump);
      };
      pump();
    });
    srv.routes.set("/loop-a.xml", (_q, res) => void res.writeHead(302, { location: "/loop-b.xml" }).end());
    srv.routes.set("/loop-b.xml", (_q, res) => void res.writeHead(302, { location: "/loop-a.xml" }).end());
  });
  afterEach(() => h.close());

  it("isolates failing feeds (404, 500, malformed, timeout, size cap, redirect loop), records backoff, and keeps polling the good one", async () => {
    const bad = ["/missing.xml", "/error.xml", "/broken.xml", "/slow.xml", "/huge.xml", "/loop-a.xml"];
    for (const path of ["/good.xml", ...bad]) await h.store.addFeed(feedUrl(path));
    const report = await h.ingestor.pollAllFeeds();
    expect(report).toMatchObject({ feedsOk: 1, feedsFailed: bad.length });
    expect(report.newIncidents).toHaveLength(1);
    const errors = Object.fromEntries(report.feeds.map((f) => [f.url.replace(h.srv.base, ""), f.error]));
    expect(errors["/missing.xml"]).toMatch(/HTTP 404/);
    expect(errors["/error.xml"]).toMatch(/HTTP 500/);
    expect(errors["/broken.xml"]).toMatch(/FEED_MALFORMED/);
    expect(errors["/slow.xml"]).toMatch(/FETCH_TIMEOUT/);
    expect(errors["/huge.xml"]).toMatch(/FETCH_TOO_LARGE/);
    expect(errors["/loop-a.xml"]).toMatch(/loop/i);
    for (const path of bad) {
      const feed = await feedRecord(path);
      expect(feed.consecutiveFailures, path).toBe(1);
      expect(feed.nextPollAt?.getTime(), path).toBe(h.clock.now().getTime() + 5 * MIN);
      expect(feed.lastError, path).toBeTruthy();
    }
    expect(await feedRecord("/good.xml")).toMatchObject({ consecutiveFailures: 0, lastError: null });

    // still backing off: not even requested
    const hits = h.srv.hits.get("/error.xml");
    h.clock.advance(2 * MIN);
    const second = await h.ingestor.pollAllFeeds();
    expect(second.feedsSkipped).toBe(bad.length);
    expect(second.feeds.filter((f) => f.status === "backing_off")).toHaveLength(bad.length);
    expect(h.srv.hits.get("/error.xml")).toBe(hits);

    // due again: the backoff doubles
    h.clock.advance(4 * MIN);
    await h.ingestor.pollAllFeeds();
    const again = await feedRecord("/error.xml");
    expect(again.consecutiveFailures).toBe(2);
    expect(again.nextPollAt?.getTime()).toBe(h.clock.now().getTime() + 10 * MIN);
  });

  it("stores nothing new from a feed whose items are all duplicates, without refetching pages", async () => {
    await h.store.addFeed(feedUrl("/good.xml"));
    const first = await h.ingestor.pollFeed(feedUrl("/good.xml"));
    const ids = first.newIncidents;
    const before = await snapshot(h.store, ids);
    const pageHits = h.srv.hits.get(QANTAS_FIRST.path) ?? 0;
    const notBreachHits = h.srv.hits.get(NOT_A_BREACH.path) ?? 0;
    const mirror = await h.ingestor.pollFeed(feedUrl("/mirror.xml"));
    expect(mirror).toMatchObject({ status: "ok", items: 2, processed: 0, newIncidents: [], updatedIncidents: [] });
    expect(await snapshot(h.store, ids)).toEqual(before);
    expect(h.srv.hits.get(QANTAS_FIRST.path) ?? 0).toBe(pageHits);
    expect(h.srv.hits.get(NOT_A_BREACH.path) ?? 0).toBe(notBreachHits);
  });

  it("skips items older than INGEST_HORIZON_DAYS", async () => {
    h.clock.set("2025-12-01T00:00:00Z");
    const result = await h.ingestor.pollFeed(feedUrl("/good.xml"));
    expect(result).toMatchObject({ status: "ok", items: 2, processed: 0 });
    expect(await h.store.countIncidents()).toBe(0);
  });

  it("refuses user-supplied URLs to private addresses (and their redirects) unless allow-listed", async () => {
    const strict = h.rebuild(h.store, { FETCH_ALLOW_PRIVATE: "" });
    const blocked = await strict.ingestUrl(`${h.srv.base}${QANTAS_FIRST.path}`, { userSupplied: true }).catch((e: unknown) => e);
    expect(isBreachRadarError(blocked, "FETCH_BLOCKED")).toBe(true);
    expect(h.srv.hits.get(QANTAS_FIRST.path) ?? 0).toBe(0);

    h.srv.routes.set("/redirect-to-private", (_q, res) => void res.writeHead(302, { location: "http://192.168.10.10/admin" }).end());
    const redirected = await h.ingestor.ingestUrl(`${h.srv.base}/redirect-to-private`, { userSupplied: true }).catch((e: unknown) => e);
    expect(isBreachRadarError(redirected, "FETCH_BLOCKED")).toBe(true);
    expect(await h.store.countIncidents()).toBe(0);

    const allowed = await h.ingestor.ingestUrl(`${h.srv.base}${QANTAS_FIRST.path}?utm_source=slack`, { userSupplied: true });
    expect(allowed).toMatchObject({ isBreachReport: true, isNew: true, url: `${h.srv.base}${QANTAS_FIRST.path}` });
    const repeat = await h.ingestor.ingestUrl(`${h.srv.base}${QANTAS_FIRST.path}#comments`, { userSupplied: true });
    expect(repeat).toMatchObject({ status: "unchanged", incidentId: allowed.incidentId, changed: false });
  });

  it("never fetches feed-item pages on private addresses; falls back to the feed text", async () => {
    h.srv.routes.set("/private-links.xml", documentRoute(() => rssFeed("http://10.255.255.1", "Odd Feed", [{ article: QANTAS_FIRST, full: false }]), { type: RSS_TYPE }));
    const strict = h.rebuild(h.store, { FETCH_ALLOW_PRIVATE: "127.0.0.1" });
    const started = Date.now();
    const result = await strict.pollFeed(feedUrl("/private-links.xml"));
    expect(result).toMatchObject({ status: "ok", processed: 1, itemErrors: 0 });
    expect(Date.now() - started).toBeLessThan(1500); // refused before connecting, no timeout waited
    expect(await h.store.getSourceByUrl(`http://10.255.255.1${QANTAS_FIRST.path}`)).not.toBeNull();
  });

  it("decodes a windows-1252 article page correctly", async () => {
    const title = "Air France et KLM : des données clients dérobées – « Flying Blue » concerné";
    const html = articlePage({ ...AF_KLM_2025, title }, "windows-1252");
    h.srv.routes.set("/fr/af-klm", documentRoute(() => iconv.encode(html, "windows-1252"), { type: "text/html" }));
    h.clock.set("2025-08-10T00:00:00Z");
    const result = await h.ingestor.ingestUrl(`${h.srv.base}/fr/af-klm`, { userSupplied: true });
    expect(result.isBreachReport).toBe(true);
    const source = await h.store.getSourceByUrl(`${h.srv.base}/fr/af-klm`);
    expect(source?.title).toContain("des données clients dérobées – « Flying Blue »");
  });
});

describe.each(storeKinds())("seeding and offline sample (%s)", (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind, "2026-01-15T00:00:00Z");
  });
  afterEach(() => h.close());

  it("adds the configured feeds once", async () => {
    const ingestor = h.rebuild(h.store, { FEEDS: "https://feeds.example.org/a.xml, https://feeds.example.org/b.xml" });
    expect((await ingestor.syncFeeds()).added).toHaveLength(2);
    expect((await ingestor.syncFeeds()).added).toHaveLength(0);
    expect((await h.store.listFeeds()).map((f) => f.url).sort()).toEqual(["https://feeds.example.org/a.xml", "https://feeds.example.org/b.xml"]);
  });

  it("loads the bundled sample through the pipeline: merged Qantas reports, a count revision, campaigns; idempotent", async () => {
    const report = await h.ingestor.loadOfflineSample();
    expect(report.articles).toBe(12);
    expect(report.incidents).toBeGreaterThanOrEqual(9);
    expect(report.incidents).toBeLessThan(12);
    const qantasId = report.results[0]!.incidentId!;
    const qantas = (await h.store.getIncident(qantasId))!;
    expect(qantas.sources).toHaveLength(3);
    expect(qantas.sources.every((s) => s.outlet === "Breach Radar sample" && s.url.startsWith("https://sample.breach-radar.local/"))).toBe(true);
    // Qantas itself revised its figure (6M records → 5.7M people): the confirmed revision supersedes its first
    // confirmed figure, and the revision is kept in the history as a change naming both.
    expect(qantas.counts?.map((c) => [c.value, c.unit, c.stance])).toEqual([[5_700_000, "people", "confirmed"]]);
    const revisions = (await h.store.listChangesSince(new Date(0), { incidentIds: [qantasId] })).filter((c) => c.kind === "count_revised");
    expect(revisions.length).toBeGreaterThanOrEqual(1);
    expect(revisions.some((c) => /6(\.0)?\s?(m|million)/i.test(c.text) && /5\.7\s?(m|million)/i.test(c.text))).toBe(true);
    const campaigns = await h.store.listCampaigns();
    // which link wins (vendor, else actor, else vector) depends on what extraction reads from each article
    expect(campaigns.length).toBeGreaterThanOrEqual(1);
    expect(campaigns.some((c) => /^2025 (Salesforce data-theft wave|ShinyHunters .*intrusions|Scattered Spider .*intrusions)$/.test(c.name))).toBe(true);
    expect(campaigns.every((c) => c.incidentIds.length >= 2 && c.id === c.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"))).toBe(true);

    const before = await snapshot(h.store, [qantasId]);
    const again = await h.ingestor.loadOfflineSample();
    expect(again.results.every((r) => !r.changed)).toBe(true);
    expect(await snapshot(h.store, [qantasId])).toEqual(before);
  });
});
