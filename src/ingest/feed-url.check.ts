import dns from "node:dns/promises";
import { isIP } from "node:net";
import { BreachRadarError } from "../domain/errors.js";
import { isAddressPermitted, type AddressAllowList } from "./address.policy.js";
import { parseHttpUrl } from "./url.canonicalizer.js";

/** Longest feed or article URL accepted from a user or from FEEDS (they appear in every log line about the feed). */
export const MAX_URL_LENGTH = 2048;

/** Resolves a host name to all its addresses (injectable for tests). */
export type AddressLookup = (hostname: string) => Promise<string[]>;

export const systemLookup: AddressLookup = async (hostname) => (await dns.lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** Parses a user-given http(s) URL, refusing overlong ones. Throws INVALID_INPUT. */
export function parseUserUrl(raw: string): URL {
  const text = raw.trim();
  if (text.length > MAX_URL_LENGTH) {
    throw new BreachRadarError("INVALID_INPUT", `URL too long (${text.length} characters; the limit is ${MAX_URL_LENGTH})`);
  }
  const url = parseHttpUrl(text);
  if (url.href.length > MAX_URL_LENGTH) throw new BreachRadarError("INVALID_INPUT", `URL too long once normalised (limit ${MAX_URL_LENGTH} characters)`);
  return url;
}

/** What the fetcher's address policy says about a URL, checked before it is stored. */
export type ReachCheck =
  | { status: "allowed"; addresses: string[] }
  | { status: "blocked"; address: string; message: string }
  /** The name did not resolve now (offline, typo): it is checked again at every fetch. */
  | { status: "unresolved"; message: string };

/**
 * Applies the same address policy as fetching (src/ingest/address.policy.ts): a URL whose host is,
 * or resolves to, a private, loopback, link-local or reserved address is blocked unless
 * FETCH_ALLOW_PRIVATE allows that host or address.
 */
export async function checkReachable(url: URL, allow: AddressAllowList, lookup: AddressLookup = systemLookup): Promise<ReachCheck> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await lookup(host);
    } catch (error) {
      return { status: "unresolved", message: `${host} does not resolve right now (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
  }
  // As the fetcher's guarded lookup does: the connection may use any permitted address.
  const permitted = addresses.filter((a) => isAddressPermitted(a, host, allow));
  const blocked = addresses[0];
  if (permitted.length === 0 && blocked !== undefined) {
    const via = blocked === host ? "" : ` (${host} resolves to it)`;
    return { status: "blocked", address: blocked, message: `${blocked} is a private, loopback or reserved address${via}; feeds are never fetched from such addresses unless FETCH_ALLOW_PRIVATE lists the host or address` };
  }
  return { status: "allowed", addresses: permitted };
}
