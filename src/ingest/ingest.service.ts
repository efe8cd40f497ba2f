import { systemClock, type Clock } from "../clock.js";
import type { Config } from "../config.js";
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
import { createFeedRegistry } from "./feed.registry.js";
import type { AddressLookup } from "./feed-url.check.js";
import type { FeedPollResult, IncidentChangedListener, Ingestor, PollOptions, PollReport } from "./ingest.types.js";
import { loadSampleArticles } from "./sample.loader.js";
import { canonicalizeUrl } from "./url.canonicalizer.js";
import { SHARED } from "../domain/tenancy.js";
import type { Article } from "../domain/incident.js";
import { runPageJob, type PageJob, type PageResult } from "./worker/page.job.js";
import type { PagePool } from "./worker/page.pool.js";

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
  /** Override the extraction engine (defaults to src/extract, in the page pool when there is one). */
  extract?: PipelineDeps["extract"];
  /** Resolves host names for the address policy of `addFeed` / `syncFeeds` (default: the system resolver). */
  lookup?: AddressLookup;
  /**
   * Worker threads for page reads and extraction (adapters/main.ts passes one), so a huge page
   * never blocks the event loop. Absent: the same work runs in this thread (CLI, tests).
   */
  pages?: PagePool;
}

/** Runs tasks with at most `limit` in flight, keeping result order; after `signal` aborts no new task starts. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
  const results: (R | undefined)[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length && !signal?.aborted; i = next++) results[i] = await task(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results.filter((r): r is R => r !== undefined);
}

/** Builds the ingestion service: feeds → articles → extraction → merge → store → campaigns. */
export function createIngestor(deps: IngestorDeps): Ingestor {
  const clock = deps.clock ?? systemClock;
  const { store, logger, config } = deps;
  const fetcher = deps.fetcher ?? createHttpFetcher(fetcherOptionsFromConfig(config));
  const listeners = new Set<IncidentChangedListener>(deps.onIncidentChanged ? [deps.onIncidentChanged] : []);
  const runJob = (job: PageJob): Promise<PageResult> => (deps.pages ? deps.pages.run(job) : runPageJob(job, fetcher));
  const pooledExtract = async (article: Article, options: { now: Date }) =>
    (await runJob({ kind: "extract", article, now: options.now.toISOString() })).extraction ?? extractArticle(article, options);
  const pipeline = createArticlePipeline({
    store, logger, clock, listeners,
    extract: deps.extract ?? (deps.pages ? pooledExtract : (article, options) => extractArticle(article, options)),
    titleOf: (extraction) => incidentTitle(titleFacts(extraction)),
    severityOf: (incident) => computeSeverity({ ...incident, campaignId: null, firstSeenAt: clock.now(), updatedAt: clock.now() }).severity,
  });
  const registry = createFeedRegistry({ store, logger, config, lookup: deps.lookup });
  const readPage = async (url: string): Promise<Article> =>
    (await runJob({ kind: "read", url, publicOnly: true, now: clock.now().toISOString(), extract: false, wholePage: false })).article;
  const poller = createFeedPoller({ store, logger, clock, fetcher, horizonDays: config.INGEST_HORIZON_DAYS, ingestArticle: pipeline.ingestArticle, readPage });

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

  async function pollAllFeeds(options: PollOptions = {}): Promise<PollReport> {
    const startedAt = clock.now();
    const feeds = await store.listFeeds();
    const due = (f: FeedRecord) => f.enabled && (options.force || !f.nextPollAt || f.nextPollAt.getTime() <= startedAt.getTime());
    const dueFeeds = feeds.filter(due);
    options.onStart?.(dueFeeds.length);
    let done = 0;
    const polled = await pool(dueFeeds, deps.concurrency ?? 3, async (feed) => {
      options.onFeedStart?.(feed.url);
      const result = await pollSafely(feed);
      options.onFeedDone?.({ done: ++done, total: dueFeeds.length, result });
      return result;
    }, options.signal);
    const skipped = feeds.filter((f) => !due(f)).map((f) => ({ ...poller.emptyResult(f.url, f.enabled ? "backing_off" : "disabled"), nextPollAt: f.nextPollAt }));
    const campaignsLinked = polled.some((r) => r.newIncidents.length + r.updatedIncidents.length > 0) ? await relink() : 0;
    const report: PollReport = {
      startedAt, finishedAt: clock.now(), feeds: [...polled, ...skipped],
      feedsOk: polled.filter((r) => r.status === "ok" || r.status === "not_modified").length,
      feedsFailed: polled.filter((r) => r.status === "failed").length, feedsSkipped: skipped.length,
      newIncidents: [...new Set(polled.flatMap((r) => r.newIncidents))],
      updatedIncidents: [...new Set(polled.flatMap((r) => r.updatedIncidents))], campaignsLinked,
    };
    // Routine polls with nothing new are debug; news and failures are worth an info line.
    const level = report.newIncidents.length + report.updatedIncidents.length + report.feedsFailed > 0 ? "info" : "debug";
    logger[level]("feeds polled", { ok: report.feedsOk, failed: report.feedsFailed, skipped: report.feedsSkipped, newIncidents: report.newIncidents.length, updatedIncidents: report.updatedIncidents.length });
    return report;
  }

  async function pollFeed(url: string): Promise<FeedPollResult> {
    const canonical = url.trim();
    const feed = (await store.listFeeds()).find((f) => f.url === canonical) ?? (await store.addFeed(canonical));
    const result = await pollSafely(feed);
    if (result.newIncidents.length + result.updatedIncidents.length > 0) await relink();
    return result;
  }

  async function ingestUrl(url: string, options: { userSupplied?: boolean; owner?: string } = {}) {
    const canonical = canonicalizeUrl(url);
    const owner = options.owner ?? SHARED;
    // Already read from a feed (shared), or already added by this same workspace.
    const known = (await store.getSourceByUrl(canonical)) ?? (owner !== SHARED ? await store.getSourceByUrl(canonical, owner) : null);
    if (known) {
      return { url: canonical, status: "unchanged" as const, isBreachReport: known.incidentId !== null, incidentId: known.incidentId, isNew: false, changed: false, changes: [], changeRecords: [], title: known.title };
    }
    // Fetch, Readability and (unless a test overrides it) extraction happen in the page pool.
    const read = await runJob({ kind: "read", url: canonical, publicOnly: options.userSupplied !== false, now: clock.now().toISOString(), extract: !deps.extract, wholePage: true });
    const result = await pipeline.ingestArticle(read.article, { known: null, owner, extraction: read.extraction ?? undefined, contentHash: read.contentHash });
    if (result.changed) await relink();
    return result;
  }

  async function loadOfflineSample() {
    const results = [];
    for (const article of await loadSampleArticles()) results.push(await pipeline.ingestArticle(article));
    await relink();
    const incidents = new Set(results.map((r) => r.incidentId).filter(Boolean));
    return { articles: results.length, incidents: incidents.size, results };
  }

  return {
    pollAllFeeds, pollFeed, ingestUrl, loadOfflineSample,
    syncFeeds: registry.syncFeeds,
    addFeed: registry.addFeed,
    ingestArticle: pipeline.ingestArticle,
    relinkCampaigns: relink,
    onIncidentChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
