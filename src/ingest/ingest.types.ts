import type { Change } from "../domain/incident.js";

/** What ingesting one article did. */
export interface IngestResult {
  /** Canonical URL of the article (or urn:sha256:… for an article without one). */
  url: string;
  /**
   * stored: written to an incident · unchanged: already stored with the same content ·
   * not_breach: recorded as seen and dropped · skipped: not ingested (too old, no text …).
   */
  status: "stored" | "unchanged" | "not_breach" | "skipped";
  isBreachReport: boolean;
  incidentId: string | null;
  isNew: boolean;
  /** True when this ingest changed the store (new incident, new source or new facts). */
  changed: boolean;
  /** Human change texts, e.g. "new source: The Record", "count revised 5.7M → 6M". */
  changes: string[];
  /** The stored change records (ids, kinds, fields) behind `changes`. */
  changeRecords: Change[];
  title: string | null;
}

/** One feed's outcome in a poll. */
export interface FeedPollResult {
  url: string;
  status: "ok" | "not_modified" | "failed" | "backing_off" | "disabled";
  /** Items in the feed document. */
  items: number;
  /** Items that went through extraction (not skipped as known or too old). */
  processed: number;
  newIncidents: string[];
  updatedIncidents: string[];
  /** Items that failed individually (logged, skipped). */
  itemErrors: number;
  error: string | null;
  nextPollAt: Date | null;
}

/** The outcome of polling every configured feed once. */
export interface PollReport {
  startedAt: Date;
  finishedAt: Date;
  feeds: FeedPollResult[];
  feedsOk: number;
  feedsFailed: number;
  /** Feeds not polled: disabled or still backing off. */
  feedsSkipped: number;
  newIncidents: string[];
  updatedIncidents: string[];
  /** Campaigns created or re-linked after the poll. */
  campaignsLinked: number;
}

/** Outcome of loading the bundled offline sample. */
export interface SampleLoadReport {
  articles: number;
  /** Distinct incidents the sample produced (or touched). */
  incidents: number;
  results: IngestResult[];
}

/** Called after an ingest changed an incident (live alerts). Errors are logged, never thrown back. */
export type IncidentChangedListener = (result: IngestResult) => void | Promise<void>;

/** Options of one poll of all feeds. */
export interface PollOptions {
  /** Also poll feeds that are backing off after failures (manual `ingest --force`). */
  force?: boolean;
  /** Once aborted, no further feed is started (those in flight finish); the rest are left for the next poll. */
  signal?: AbortSignal;
  /** How many feeds this poll will read (called once, before the first). */
  onStart?: (feeds: number) => void;
  /** A feed's fetch begins. */
  onFeedStart?: (url: string) => void;
  /** A feed is done: `done` of `total`, with its result. */
  onFeedDone?: (progress: { done: number; total: number; result: FeedPollResult }) => void;
}

/** The ingestion service the CLI, bot and scheduler call. */
export interface Ingestor {
  /** Polls every enabled feed that is due (not backing off, unless forced); one failing feed never stops the others. */
  pollAllFeeds(options?: PollOptions): Promise<PollReport>;
  /** Polls one feed now (configured or not; ignores backoff). */
  pollFeed(url: string): Promise<FeedPollResult>;
  /**
   * Fetches one article page and ingests it. userSupplied (default true) enforces the SSRF policy;
   * `owner` (domain/tenancy.ts) makes it that workspace's own content, default shared.
   */
  ingestUrl(url: string, options?: { userSupplied?: boolean; owner?: string }): Promise<IngestResult>;
  /** Ingests an already-fetched article through extraction, merge and store. */
  ingestArticle(article: import("../domain/incident.js").Article): Promise<IngestResult>;
  /**
   * Makes the feed table match the configuration: with FEEDS set, the table IS that list (missing
   * feeds added, others removed; a FEEDS entry the address policy blocks is CONFIG_INVALID);
   * without FEEDS, an empty table gets DEFAULT_FEEDS.
   */
  syncFeeds(): Promise<import("./feed.registry.js").FeedSync>;
  /** Adds one feed by hand, with the fetcher's URL and address rules; a duplicate is reported as one. */
  addFeed(url: string): Promise<import("./feed.registry.js").FeedAdd>;
  /** Ingests the bundled sample articles (outlet "Breach Radar sample"). */
  loadOfflineSample(): Promise<SampleLoadReport>;
  /** Recomputes campaign links over all incidents; returns how many campaigns were written. */
  relinkCampaigns(): Promise<number>;
  /** Subscribes to incident changes; returns an unsubscribe function. */
  onIncidentChanged(listener: IncidentChangedListener): () => void;
}
