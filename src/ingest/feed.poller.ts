import type { Clock } from "../clock.js";
import type { Source } from "../domain/incident.js";
import { isBreachRadarError } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import type { FeedRecord, Store } from "../store/store.port.js";
import type { Article } from "../domain/incident.js";
import { contentHash, htmlToText } from "./article.reader.js";
import { parseFeedText, type FeedItem } from "./feed.parser.js";
import type { Fetcher } from "./http.fetcher.js";
import type { FeedPollResult } from "./ingest.types.js";
import type { IngestArticle } from "./article.pipeline.js";
import { SHORT_CONTENT_CHARS } from "./merge.rules.js";
import { tryCanonicalizeUrl } from "./url.canonicalizer.js";

export interface PollerDeps {
  store: Store;
  logger: Logger;
  clock: Clock;
  fetcher: Fetcher;
  horizonDays: number;
  ingestArticle: IngestArticle;
  /** Fetches an item's page and reads its main text (empty body when there is none); may run off the event loop. */
  readPage: (url: string) => Promise<Article>;
}

/** Backoff after consecutive failures: 5 min, 10, 20 … capped at 6 h; a Retry-After wins when longer. */
export function backoffMs(failures: number, retryAfterSec?: number): number {
  const computed = Math.min(5 * 60_000 * 2 ** Math.max(failures - 1, 0), 6 * 3_600_000);
  return Math.max(computed, (retryAfterSec ?? 0) * 1000);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const errorText = (e: unknown) => (e instanceof Error ? `${isBreachRadarError(e) ? `[${e.code}] ` : ""}${e.message}` : String(e)).slice(0, 500);

function emptyResult(url: string, status: FeedPollResult["status"]): FeedPollResult {
  return { url, status, items: 0, processed: 0, newIncidents: [], updatedIncidents: [], itemErrors: 0, error: null, nextPollAt: null };
}

/** Polls feeds: conditional GET, parse, per-item ingest, then (only then) advance the feed's validators. */
export function createFeedPoller(deps: PollerDeps) {
  /** The article for an item: feed text when long enough, else the fetched page (falling back to the feed text). */
  async function articleFor(item: FeedItem, url: string, feedText: string, feedTitle: string | null) {
    let body = feedText;
    let title = item.title ? htmlToText(item.title) : null;
    let published = item.published ? isoDay(item.published) : null;
    if (body.length < SHORT_CONTENT_CHARS) {
      try {
        const page = await deps.readPage(url);
        if (page.body.length > body.length) {
          body = page.body;
          title = title ?? page.title;
          published = published ?? page.published;
        }
      } catch (error) {
        deps.logger.info("page fetch failed; using the feed text", { url, error });
      }
    }
    return { url, title, published, outlet: feedTitle ?? new URL(url).hostname, body };
  }

  /** Known = stored under this URL, and the feed offers no new full text for it (so no page refetch). */
  function isKnown(known: Source | null, item: FeedItem, feedText: string): boolean {
    if (!known) return false;
    if (feedText.length < SHORT_CONTENT_CHARS) return true;
    const title = item.title ? htmlToText(item.title) : "";
    return contentHash(`${title}\n${feedText}`) === known.contentHash;
  }

  async function ingestItems(items: FeedItem[], feed: FeedRecord, feedTitle: string | null, out: FeedPollResult): Promise<void> {
    const horizon = deps.clock.now().getTime() - deps.horizonDays * 86_400_000;
    for (const item of items) {
      const url = tryCanonicalizeUrl(item.link, feed.url);
      if (!url || (item.published && item.published.getTime() < horizon)) continue;
      try {
        const known = await deps.store.getSourceByUrl(url);
        const feedText = htmlToText(item.content ?? item.summary ?? "");
        if (isKnown(known, item, feedText)) continue;
        const article = await articleFor(item, url, feedText, feedTitle);
        if (!article.body) continue;
        out.processed++;
        const res = await deps.ingestArticle(article, { known });
        if (res.incidentId && res.changed) (res.isNew ? out.newIncidents : out.updatedIncidents).push(res.incidentId);
      } catch (error) {
        if (isBreachRadarError(error, "DB_UNAVAILABLE")) throw error; // feed fails; validators not advanced
        out.itemErrors++;
        deps.logger.warn("feed item failed", { feed: feed.url, url, error });
      }
    }
  }

  async function poll(feed: FeedRecord): Promise<FeedPollResult> {
    const now = deps.clock.now();
    const out = emptyResult(feed.url, "ok");
    try {
      const res = await deps.fetcher.fetch({ url: feed.url, etag: feed.etag, lastModified: feed.lastModified, publicOnly: true });
      if (res.notModified) {
        out.status = "not_modified";
      } else {
        const parsed = parseFeedText(res.text);
        out.items = parsed.items.length;
        await ingestItems(parsed.items, feed, feed.title ?? parsed.title, out);
        await deps.store.updateFeed(feed.url, { etag: res.etag, lastModified: res.lastModified, title: feed.title ?? parsed.title });
      }
      await deps.store.updateFeed(feed.url, { lastPolledAt: now, lastSuccessAt: now, consecutiveFailures: 0, nextPollAt: null, lastError: null });
      return out;
    } catch (error) {
      const failures = feed.consecutiveFailures + 1;
      const nextPollAt = new Date(now.getTime() + backoffMs(failures, isBreachRadarError(error) ? error.retryAfterSec : undefined));
      deps.logger.warn("feed poll failed", { feed: feed.url, failures, nextPollAt, error });
      await deps.store.updateFeed(feed.url, { lastPolledAt: now, consecutiveFailures: failures, nextPollAt, lastError: errorText(error) });
      return { ...out, status: "failed", error: errorText(error), nextPollAt };
    }
  }

  return { poll, emptyResult };
}
