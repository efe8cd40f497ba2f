/** Ingestion: feeds and pages → articles → extraction → merge into incidents → campaigns. */
export { createIngestor, type IngestorDeps } from "./ingest.service.js";
export type { FeedPollResult, IncidentChangedListener, Ingestor, IngestResult, PollOptions, PollReport, SampleLoadReport } from "./ingest.types.js";
export type { FeedAdd, FeedSync } from "./feed.registry.js";
export { MAX_URL_LENGTH, checkReachable, parseUserUrl } from "./feed-url.check.js";
export { createHttpFetcher, fetcherOptionsFromConfig, type Fetcher, type FetchRequest, type FetchResponse, type HttpFetcherOptions } from "./http.fetcher.js";
export { canonicalizeUrl, tryCanonicalizeUrl, parseHttpUrl } from "./url.canonicalizer.js";
export { isPrivateAddress, createAllowList, resolveAllowList, parseAllowEntry } from "./address.policy.js";
export { parseFeedText, type FeedItem, type ParsedFeed } from "./feed.parser.js";
export { planMerge, factsOf, type PlanOptions, type MergedIncident } from "./merge.planner.js";
export { chooseIncident, findExistingIncident, mintIncidentId, sameEventDistance } from "./incident.matcher.js";
export { planCampaigns, relinkCampaigns } from "./campaign.linker.js";
export { SAMPLE_OUTLET, SAMPLE_HOST, isSampleUrl, loadSampleArticles } from "./sample.loader.js";
export { formatCount } from "./merge.rules.js";
export { createPagePool, defaultPoolSize, type PagePool, type PagePoolOptions } from "./worker/page.pool.js";
export { runPageJob, MAX_ARTICLE_CHARS, type PageJob, type PageResult } from "./worker/page.job.js";
