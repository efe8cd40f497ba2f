import { systemClock, type Clock } from "../clock.js";
import { DEFAULT_FEEDS, type Config } from "../config.js";
import { computeSeverity } from "../advise/index.js";
import { extractArticle, incidentTitle } from "../extract/index.js";
import type { Logger } from "../logger.js";
import type { FeedRecord, Store } from "../store/store.port.js";
import { createArticlePipeline, type PipelineDeps } from "./article.pipeline.js";
import { titleFacts } from "./merge.evidence.js";
import { htmlToText, readMainText } from "./article.reader.js";
import { relinkCampaigns } from "./campaign.linker.js";
import { createFeedPoller } from "./feed.poller.js";
import { createHttpFetcher, fetcherOptionsFromConfig, type Fetcher } from "./http.fetcher.js";
import type { FeedPollResult, IncidentChangedListener, Ingestor, PollReport } from "./ingest.types.js";
import { loadSampleArticles } from "./sample.loader.js";
import { canonicalizeUrl } from "./url.canonicalizer.js";

/** Dependencies of createIngestor. Only store, logger and config are required. */
export interface IngestorDeps {
  store: Store;
  logger: Logger;
  config: Config;
  clock?: Clock;
  /** Defaults to the node:http fetcher built from config (SSRF guard, timeouts, caps). */
  fetcher?: Fetcher;
  /** Called after every ingest that changed an incident (more can subscribe via onIncidentChanged). */
  onIncidentChanged?: IncidentChangedListener;
  /** Feeds polled at once (default 3). */
  concurrency?: number;
  /** Override the extraction engine (defaults to src/extract). */
  extract?: PipelineDeps["extract"];
}

/** Runs tasks with at most `limit` in flight, keeping result order. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Builds the ingestion service: feeds → articles → extraction → merge → store → campaigns. */
export function createIngestor(deps: IngestorDeps): Ingestor {
  const clock = deps.clock ?? systemClock;
  const { store, logger, config } = deps;
  const fetcher = deps.fetcher ?? createHttpFetcher(fetcherOptionsFromConfig(config));
  const listeners = new Set<IncidentChangedListener>(deps.onIncidentChanged ? [deps.onIncidentChanged] : []);
  const pipeline = createArticlePipeline({
    store, logger, clock, listeners,
    extract: deps.extract ?? ((article, options) => extractArticle(article, options)),
    titleOf: (extraction) => incidentTitle(titleFacts(extraction)),
    severityOf: (incident) => computeSeverity({ ...incident, campaignId: null, firstSeenAt: clock.now(), updatedAt: clock.now() }).severity,
  });
  const poller = createFeedPoller({ store, logger, clock, fetcher, horizonDays: config.INGEST_HORIZON_DAYS, ingestArticle: pipeline.ingestArticle });

  async function relink(): Promise<number> {
    try {
      return (await relinkCampaigns(store)).length;
    } catch (error) {
      logger.error("campaign linking failed", { error });
      return 0;
    }
  }

  async function pollSafely(feed: FeedRecord): Promise<FeedPollResult> {
    try {
      return await poller.poll(feed);
    } catch (error) {
      logger.error("feed poll crashed", { feed: feed.url, error });
      return { ...poller.emptyResult(feed.url, "failed"), error: (error as Error).message };
    }
  }

  async function pollAllFeeds(): Promise<PollReport> {
    const startedAt = clock.now();
    const feeds = await store.listFeeds();
    const due = (f: FeedRecord) => f.enabled && (!f.nextPollAt || f.nextPollAt.getTime() <= startedAt.getTime());
    const polled = await pool(feeds.filter(due), deps.concurrency ?? 3, pollSafely);
    const skipped = feeds.filter((f) => !due(f)).map((f) => ({ ...poller.emptyResult(f.url, f.enabled ? "backing_off" : "disabled"), nextPollAt: f.nextPollAt }));
    const campaignsLinked = polled.some((r) => r.newIncidents.length + r.updatedIncidents.length > 0) ? await relink() : 0;
    const report: PollReport = {
      startedAt, finishedAt: clock.now(), feeds: [...polled, ...skipped],
      feedsOk: polled.filter((r) => r.status === "ok" || r.status === "not_modified").length,
      feedsFailed: polled.filter((r) => r.status === "failed").length, feedsSkipped: skipped.length,
      newIncidents: [...new Set(polled.flatMap((r) => r.newIncidents))],
      updatedIncidents: [...new Set(polled.flatMap((r) => r.updatedIncidents))], campaignsLinked,
    };
    logger.info("feeds polled", { ok: report.feedsOk, failed: report.feedsFailed, skipped: report.feedsSkipped, newIncidents: report.newIncidents.length });
    return report;
  }

  async function pollFeed(url: string): Promise<FeedPollResult> {
    const canonical = url.trim();
    const feed = (await store.listFeeds()).find((f) => f.url === canonical) ?? (await store.addFeed(canonical));
    const result = await pollSafely(feed);
    if (result.newIncidents.length + result.updatedIncidents.length > 0) await relink();
    return result;
  }

  async function ingestUrl(url: string, options: { userSupplied?: boolean } = {}) {
    const canonical = canonicalizeUrl(url);
    const known = await store.getSourceByUrl(canonical);
    if (known) {
      return { url: canonical, status: "unchanged" as const, isBreachReport: known.incidentId !== null, incidentId: known.incidentId, isNew: false, changed: false, changes: [], changeRecords: [], title: known.title };
    }
    const page = await fetcher.fetch({ url: canonical, publicOnly: options.userSupplied !== false, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" });
    const main = readMainText(page.text, page.url);
    const body = main?.text ?? htmlToText(page.text);
    const result = await pipeline.ingestArticle({ url: canonical, title: main?.title ?? null, published: main?.published ?? null, outlet: new URL(page.url).hostname.replace(/^www\./, ""), body }, { known: null });
    if (result.changed) await relink();
    return result;
  }

  async function seedFeedsIfEmpty(): Promise<number> {
    if ((await store.listFeeds()).length > 0) return 0;
    const urls = config.FEEDS && config.FEEDS.length > 0 ? config.FEEDS : DEFAULT_FEEDS;
    for (const url of urls) await store.addFeed(url);
    logger.info("feeds seeded", { count: urls.length });
    return urls.length;
  }

  async function loadOfflineSample() {
    const results = [];
    for (const article of await loadSampleArticles()) results.push(await pipeline.ingestArticle(article));
    await relink();
    const incidents = new Set(results.map((r) => r.incidentId).filter(Boolean));
    return { articles: results.length, incidents: incidents.size, results };
  }

  return {
    pollAllFeeds, pollFeed, ingestUrl, seedFeedsIfEmpty, loadOfflineSample,
    ingestArticle: pipeline.ingestArticle,
    relinkCampaigns: relink,
    onIncidentChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
