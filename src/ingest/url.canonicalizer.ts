import { BreachRadarError } from "../domain/errors.js";

/** Query parameters that only track the reader; dropped from canonical URLs. Exact names. */
const TRACKING_PARAMS = new Set([
  "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
  "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "cmpid", "cmp", "ncid", "ocid", "sr_share",
  "_hsenc", "_hsmi", "mkt_tok", "spm", "s_cid", "icid", "soc_src", "soc_trk", "xtor", "at_medium", "at_campaign",
]);
/** Parameter-name prefixes that only track the reader. */
const TRACKING_PREFIXES = ["utm_", "pk_", "mtm_", "hsa_", "oly_"];

const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** Parses an absolute http(s) URL or throws INVALID_INPUT. */
export function parseHttpUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch (cause) {
    throw new BreachRadarError("INVALID_INPUT", `Not a valid URL: ${raw.slice(0, 200)}`, { cause });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new BreachRadarError("INVALID_INPUT", `Only http and https URLs are supported (got ${url.protocol})`);
  }
  return url;
}

/**
 * The canonical form of an article URL, used as the source's identity: lower-case host,
 * no fragment, no credentials, no tracking parameters, remaining parameters sorted,
 * no default port, no trailing slash on paths (the root stays "/").
 */
export function canonicalizeUrl(raw: string, base?: string): string {
  const url = parseHttpUrl(raw, base);
  url.hash = "";
  url.username = "";
  url.password = "";
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, "");
  if (DEFAULT_PORTS[url.protocol] === url.port) url.port = "";
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  url.search = "";
  for (const [name, value] of kept) url.searchParams.append(name, value);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, "") || "/";
  return url.toString();
}

/** Canonical form, or null when the string is not an http(s) URL. */
export function tryCanonicalizeUrl(raw: string | null | undefined, base?: string): string | null {
  if (!raw) return null;
  try {
    return canonicalizeUrl(raw, base);
  } catch {
    return null;
  }
}
