import type { Config } from "../config.js";
import { BreachRadarError } from "../domain/errors.js";
import { resolveAllowList, type AddressAllowList } from "./address.policy.js";
import { decodeBody } from "./charset.decoder.js";
import { requestOnce, type HopResult } from "./http.request.js";
import { parseHttpUrl } from "./url.canonicalizer.js";
import { systemLookup } from "./feed-url.check.js";

/** What to fetch. Conditional-GET validators come from the feed record. */
export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  /** Refuse private, loopback, link-local … addresses (user-supplied URLs, feed items). Default true. */
  publicOnly?: boolean;
  accept?: string;
}

/** A fetched document, decoded to text. */
export interface FetchResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** True on 304 Not Modified (text is empty). */
  notModified: boolean;
  text: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** The feed/page fetcher port. Throws BreachRadarError FETCH_FAILED | FETCH_TIMEOUT | FETCH_TOO_LARGE | FETCH_BLOCKED. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResponse>;
}

export interface HttpFetcherOptions {
  userAgent: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Hosts or CIDRs that may be reached although private (FETCH_ALLOW_PRIVATE); host names also allow their addresses. */
  allowPrivate: readonly string[];
  /** Resolves the allow-list's host names (default: the system resolver). */
  lookup?: (hostname: string) => Promise<string[]>;
}

/** How long the allow-list's resolved host names are trusted before they are looked up again. */
const ALLOW_LIST_TTL_MS = 5 * 60_000;

export function fetcherOptionsFromConfig(config: Config): HttpFetcherOptions {
  return {
    userAgent: config.USER_AGENT,
    timeoutMs: config.FETCH_TIMEOUT_MS,
    connectTimeoutMs: config.FETCH_CONNECT_TIMEOUT_MS,
    maxBytes: config.FETCH_MAX_BYTES,
    maxRedirects: config.FETCH_MAX_REDIRECTS,
    allowPrivate: config.FETCH_ALLOW_PRIVATE,
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5";

const header = (hop: HopResult, name: string): string | null => {
  const v = hop.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
};

function statusError(url: URL, hop: HopResult): BreachRadarError {
  const retryAfter = Number(header(hop, "retry-after"));
  const code = hop.status === 429 ? "RATE_LIMITED" : "FETCH_FAILED";
  return new BreachRadarError(code, `HTTP ${hop.status} from ${url.href}`, {
    retryAfterSec: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  });
}

/** An HTTP(S) fetcher on node:http with SSRF guarding, conditional GET, timeouts, size cap, redirects and decoding. */
export function createHttpFetcher(options: HttpFetcherOptions): Fetcher {
  let allowList: { at: number; list: Promise<AddressAllowList> } | null = null;
  const currentAllowList = (): Promise<AddressAllowList> => {
    if (!allowList || Date.now() - allowList.at > ALLOW_LIST_TTL_MS) {
      allowList = { at: Date.now(), list: resolveAllowList(options.allowPrivate, options.lookup ?? systemLookup) };
    }
    return allowList.list;
  };
  return {
    async fetch(request) {
      const deadline = Date.now() + options.timeoutMs;
      const allow = request.publicOnly === false ? null : await currentAllowList();
      const visited = new Set<string>();
      let url = parseHttpUrl(request.url);
      for (let hops = 0; ; hops++) {
        visited.add(url.href);
        const headers: Record<string, string> = {
          "user-agent": options.userAgent,
          accept: request.accept ?? DEFAULT_ACCEPT,
          "accept-encoding": "gzip, deflate, br",
        };
        if (hops === 0 && request.etag) headers["if-none-match"] = request.etag;
        if (hops === 0 && request.lastModified) headers["if-modified-since"] = request.lastModified;
        const hop = await requestOnce(url, {
          headers, deadline, connectTimeoutMs: options.connectTimeoutMs, maxBytes: options.maxBytes,
          policy: allow,
          readBody: (status) => !REDIRECTS.has(status) && status !== 304,
        });
        const location = header(hop, "location");
        if (REDIRECTS.has(hop.status) && location) {
          const next = parseHttpUrl(location, url.href);
          if (visited.has(next.href)) throw new BreachRadarError("FETCH_FAILED", `Redirect loop at ${next.href}`);
          if (hops + 1 > options.maxRedirects) throw new BreachRadarError("FETCH_FAILED", `Too many redirects (> ${options.maxRedirects}) from ${request.url}`);
          url = next;
          continue;
        }
        return toResponse(url, hop);
      }
    },
  };
}

function toResponse(url: URL, hop: HopResult): FetchResponse {
  const base = { url: url.href, status: hop.status, etag: header(hop, "etag"), lastModified: header(hop, "last-modified"), contentType: header(hop, "content-type") };
  if (hop.status === 304) return { ...base, notModified: true, text: "" };
  if (hop.status < 200 || hop.status >= 300) throw statusError(url, hop);
  return { ...base, notModified: false, text: decodeBody(hop.body, base.contentType) };
}
