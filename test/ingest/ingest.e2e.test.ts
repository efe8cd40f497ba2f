import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storeKinds } from "../helpers/test-store.js";
import { BreachRadarError } from "../../src/domain/errors.js";
import type { Store } from "../../src/store/store.port.js";
import { openHarness, snapshot, type Harness } from "./helpers/ingest.harness.js";
import { ATOM_TYPE, HTML_TYPE, JSON_TYPE, RSS_TYPE, documentRoute } from "./helpers/feed.routes.js";
import { AF_KLM_2023, AF_KLM_2025, NOT_A_BREACH, QANTAS_FIRST, QANTAS_REVISION, QANTAS_SECOND_OUTLET, articlePage, atomFeed, bodyText, jsonFeed, rssFeed } from "./fixtures/articles.js";

describe.each(storeKinds())("ingest end to end (%s)", (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    const { srv } = h;
    for (const a of [QANTAS_FIRST, QANTAS_SECOND_OUTLET, QANTAS_REVISION, NOT_A_BREACH]) srv.routes.set(a.path, documentRoute(() => articlePage(a), { type: HTML_TYPE }));
    srv.routes.set("/wire/rss.xml", documentRoute(() => rssFeed(srv.base, "Harbour Tech Wire", [{ article: QANTAS_FIRST, full: false }, { article: NOT_A_BREACH, full: false }]), { type: RSS_TYPE, etag: '"rss-1"' }));
    srv.routes.set("/review/atom.xml", documentRoute(() => atomFeed(srv.base, "Southern Cross Security Review", [{ article: QANTAS_SECOND_OUTLET, full: true }]), { type: ATOM_TYPE, etag: '"atom-1"', encoding: "gzip" }));
    srv.routes.set("/daily/feed.json", documentRoute(() => jsonFeed(srv.base, "Pacific Aviation Daily", [{ article: QANTAS_REVISION, full: true }]), { type: JSON_TYPE, encoding: "br" }));
    for (const path of ["/wire/rss.xml", "/review/atom.xml", "/daily/feed.json"]) await h.store.addFeed(`${srv.base}${path}`);
  });
  afterEach(() => h.close());

  it("merges reports from RSS, Atom and JSON Feed outlets into one incident, with a count revision", async () => {
    const { srv, ingestor, store } = h;
    const first = await ingestor.pollFeed(`${srv.base}/wire/rss.xml`);
    expect(first).toMatchObject({ status: "ok", items: 2, processed: 2 });
    expect(first.newIncidents).toHaveLength(1);
    const id = first.newIncidents[0]!;
    expect(id).toBe("qantas-2025-06");
    expect(srv.hits.get(QANTAS_FIRST.path)).toBe(1); // summary-only item: the page was fetched
    expect(await store.getSourceByUrl(`${srv.base}${NOT_A_BREACH.path}`)).toMatchObject({ incidentId: null });

    h.clock.advance(3_600_000);
    expect((await ingestor.pollFeed(`${srv.base}/review/atom.xml`)).updatedIncidents).toEqual([id]);
    expect(srv.hits.get(QANTAS_SECOND_OUTLET.path) ?? 0).toBe(0); // full content in the feed: no page fetch
    h.clock.advance(3_600_000);
    expect((await ingestor.pollFeed(`${srv.base}/daily/feed.json`)).updatedIncidents).toEqual([id]);

    expect(await store.countIncidents()).toBe(1);
    const detail = (await store.getIncident(id))!;
    expect(detail.sources.map((s) => s.outlet).sort()).toEqual(["Harbour Tech Wire", "Pacific Aviation Daily", "Southern Cross Security Review"]);
    expect(detail.sources.map((s) => s.url)).toContain(`${srv.base}${QANTAS_REVISION.path}`); // fbclid stripped
    expect(detail.affectedCount).toBe(5_700_000);
    const texts = detail.changes.map((c) => c.text);
    expect(texts.some((t) => /^(?:Count revised 6M → 5\.7M|Number affected now 5\.7M people \(confirmed by Qantas\); earlier figure 6M)/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith("New report: Southern Cross Security Review"))).toBe(true);
    expect(texts.some((t) => /^Actor (named|linked|claims responsibility): Scattered Spider \(/.test(t))).toBe(true);
    const counts = detail.facts.filter((f) => f.field === "affectedCount");
    // Different stances are kept apart (evidence model): the company's 5.7M and the earlier reported 6M.
    expect(counts.map((f) => [f.value, f.stance, f.current]).sort()).toEqual([[5_700_000, "confirmed", true], [6_000_000, "reported", true]]);
    expect(h.changed.map((r) => r.incidentId)).toEqual([id, id, id]);
    expect(h.changed[0]).toMatchObject({ isBreachReport: true, isNew: true });
    expect(h.changed[2]?.changes.some((t) => /^(?:Count revised 6M → 5\.7M|Number affected now 5\.7M people \(confirmed by Qantas\); earlier figure 6M)/.test(t))).toBe(true);
  });

  it("is idempotent: a second poll stores nothing, refetches no page and extracts nothing", async () => {
    const { ingestor, store, srv } = h;
    const report = await ingestor.pollAllFeeds();
    expect(report).toMatchObject({ feedsOk: 3, feedsFailed: 0 });
    const ids = report.newIncidents;
    expect(ids).toHaveLength(1); // id month depends on which outlet's report lands first (polled concurrently)
    expect(ids[0]).toMatch(/^qantas-2025-0[67]$/);
    const before = await snapshot(store, ids);
    const extractions = h.extractions.count;
    const pageHits = srv.hits.get(QANTAS_FIRST.path);
    h.clock.advance(15 * 60_000);
    const again = await ingestor.pollAllFeeds();
    expect(again.feeds.map((f) => f.status).sort()).toEqual(["not_modified", "not_modified", "ok"]); // the JSON feed has no ETag
    expect(again.newIncidents.concat(again.updatedIncidents)).toEqual([]);
    expect(await snapshot(store, ids)).toEqual(before);
    expect(h.extractions.count).toBe(extractions);
    expect(srv.hits.get(QANTAS_FIRST.path)).toBe(pageHits);
    expect(srv.lastHeaders.get("/wire/rss.xml")?.["if-none-match"]).toBe('"rss-1"');
    // ingesting the same article again by hand is a no-op too
    const manual = await ingestor.ingestArticle({ url: `${srv.base}${QANTAS_REVISION.path}`, title: QANTAS_REVISION.title, published: QANTAS_REVISION.published, outlet: "Pacific Aviation Daily", body: bodyText(QANTAS_REVISION) });
    expect(manual).toMatchObject({ status: "unchanged", changed: false, incidentId: ids[0] });
    expect(await snapshot(store, ids)).toEqual(before);
  });

  it("turns the same victims' different event months apart into a new incident", async () => {
    const { ingestor, store, srv } = h;
    h.clock.set("2025-08-10T00:00:00Z");
    const article = (a: typeof AF_KLM_2025) => ({ url: `${srv.base}${a.path}`, title: a.title, published: a.published, outlet: a.outlet, body: bodyText(a) });
    const older = await ingestor.ingestArticle(article(AF_KLM_2023));
    const newer = await ingestor.ingestArticle(article(AF_KLM_2025));
    expect(older).toMatchObject({ isBreachReport: true, isNew: true });
    expect(newer).toMatchObject({ isBreachReport: true, isNew: true });
    expect(newer.incidentId).not.toBe(older.incidentId);
    expect(older.incidentId).toMatch(/-2023-02$/);
    expect(newer.incidentId).toMatch(/-2025-08$/);
    expect(await store.countIncidents()).toBe(2);
  });

  it("loses and duplicates nothing when the store fails mid-poll: the ETag only advances after the items are stored", async () => {
    const { srv, store } = h;
    let failNext = true;
    const crashing: Store = Object.assign(Object.create(store) as Store, {
      applyIncidentWrite: async (write: Parameters<Store["applyIncidentWrite"]>[0]) => {
        if (failNext) {
          failNext = false;
          throw new BreachRadarError("DB_UNAVAILABLE", "simulated crash between fetch and store");
        }
        return store.applyIncidentWrite(write);
      },
    });
    const ingestor = h.rebuild(crashing);
    const url = `${srv.base}/wire/rss.xml`;
    const failed = await ingestor.pollFeed(url);
    expect(failed.status).toBe("failed");
    const feed = (await store.listFeeds()).find((f) => f.url === url)!;
    expect(feed).toMatchObject({ etag: null, consecutiveFailures: 1 });
    expect(feed.lastError).toMatch(/DB_UNAVAILABLE/);
    expect(await store.countIncidents()).toBe(0);

    h.clock.advance(60 * 60_000);
    const retried = await ingestor.pollFeed(url);
    expect(retried.status).toBe("ok");
    expect(srv.lastHeaders.get("/wire/rss.xml")?.["if-none-match"]).toBeUndefined(); // validators were not advanced
    expect((await store.listFeeds()).find((f) => f.url === url)).toMatchObject({ etag: '"rss-1"', consecutiveFailures: 0, lastError: null });
    const detail = (await store.getIncident("qantas-2025-06"))!;
    expect(detail.sources).toHaveLength(1);
    expect(detail.changes.filter((c) => c.kind === "new_incident")).toHaveLength(1);
  });
});
