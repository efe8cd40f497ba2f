import { isIP } from "node:net";
import { DEFAULT_FEEDS, type Config } from "../config.js";
import { BreachRadarError } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import type { FeedRecord, Store } from "../store/store.port.js";
import { resolveAllowList } from "./address.policy.js";
import { checkReachable, parseUserUrl, systemLookup, type AddressLookup, type ReachCheck } from "./feed-url.check.js";

/** What syncFeeds did to the feed table. */
export interface FeedSync {
  /** FEEDS: the table now equals FEEDS · defaults: an empty table got DEFAULT_FEEDS · table: kept as it was. */
  source: "FEEDS" | "defaults" | "table";
  added: string[];
  removed: string[];
  /** Feeds whose host does not resolve right now (kept; checked again at every fetch). */
  unresolved: string[];
}

/** Outcome of adding one feed by hand. */
export type FeedAdd =
  | { status: "added"; feed: FeedRecord; note: string | null }
  | { status: "duplicate"; feed: FeedRecord }
  | { status: "re-enabled"; feed: FeedRecord };

/** What feed management needs: the store, the feed-related settings and (for tests) a resolver. */
export interface FeedRegistryDeps {
  store: Store;
  logger: Logger;
  config: Pick<Config, "FEEDS" | "FETCH_ALLOW_PRIVATE">;
  lookup?: AddressLookup;
}

/** Feed management with the fetcher's rules: URL syntax and length, and the address policy. */
export function createFeedRegistry(deps: FeedRegistryDeps) {
  const lookup = deps.lookup ?? systemLookup;

  async function reach(url: URL, resolveNames: boolean): Promise<ReachCheck> {
    if (!resolveNames && !isIP(url.hostname.replace(/^\[|\]$/g, ""))) return { status: "allowed", addresses: [] };
    return checkReachable(url, await resolveAllowList(deps.config.FETCH_ALLOW_PRIVATE, lookup), lookup);
  }

  /**
   * `feeds add URL`: refuses what the fetcher would never fetch (bad or overlong URL, private or
   * reserved address not allowed by FETCH_ALLOW_PRIVATE) and reports a duplicate as one.
   */
  async function addFeed(raw: string): Promise<FeedAdd> {
    const url = parseUserUrl(raw);
    const existing = (await deps.store.listFeeds()).find((f) => f.url === url.href);
    if (existing?.enabled) return { status: "duplicate", feed: existing };
    const check = await reach(url, true);
    if (check.status === "blocked") throw new BreachRadarError("FETCH_BLOCKED", `Not adding ${url.href}: ${check.message}`);
    const feed = await deps.store.addFeed(url.href);
    if (existing) return { status: "re-enabled", feed };
    return { status: "added", feed, note: check.status === "unresolved" ? `${check.message}; it is checked again at every poll` : null };
  }

  /** FEEDS, when set, IS the feed list: missing feeds are added, others removed. Else an empty table gets the defaults. */
  async function syncFeeds(): Promise<FeedSync> {
    const current = await deps.store.listFeeds();
    const wanted = deps.config.FEEDS?.map((u) => parseUserUrl(u).href);
    if (!wanted) {
      if (current.length > 0) return { source: "table", added: [], removed: [], unresolved: [] };
      for (const url of DEFAULT_FEEDS) await deps.store.addFeed(url);
      deps.logger.info("feeds seeded with the defaults", { count: DEFAULT_FEEDS.length });
      return { source: "defaults", added: [...DEFAULT_FEEDS], removed: [], unresolved: [] };
    }
    const have = new Set(current.map((f) => f.url));
    const added = wanted.filter((u) => !have.has(u));
    const unresolved: string[] = [];
    for (const url of wanted) {
      // Names are resolved only for new entries (a start-up must not wait on DNS for every feed).
      const check = await reach(new URL(url), added.includes(url));
      if (check.status === "blocked") throw new BreachRadarError("CONFIG_INVALID", `FEEDS: ${url} would never be fetched: ${check.message}`);
      if (check.status === "unresolved") unresolved.push(url);
    }
    for (const url of added) await deps.store.addFeed(url);
    const removed = current.filter((f) => !wanted.includes(f.url)).map((f) => f.url);
    for (const url of removed) await deps.store.removeFeed(url);
    for (const f of current) if (!f.enabled && wanted.includes(f.url)) await deps.store.addFeed(f.url);
    if (added.length + removed.length > 0) deps.logger.info("feed table reconciled with FEEDS", { added, removed });
    if (unresolved.length > 0) deps.logger.warn("some FEEDS hosts do not resolve right now; they are retried at every poll", { feeds: unresolved });
    return { source: "FEEDS", added, removed, unresolved };
  }

  return { addFeed, syncFeeds };
}
