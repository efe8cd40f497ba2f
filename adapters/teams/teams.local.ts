import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/**
 * Local Teams mode: without Microsoft credentials the bot cannot check Bot Framework tokens, so
 * `/api/messages` only takes activities from this machine (Agents Playground, Bot Framework
 * Emulator) and only answers to a connector on this machine.
 */

/** Headers a reverse proxy adds: a proxied request is not local even when the proxy is. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip", "x-client-ip", "cf-connecting-ip", "true-client-ip"];
const LOCAL_NAMES = new Set(["localhost", "ip6-localhost", "ip6-loopback"]);

/** 127.0.0.0/8, ::1 and the IPv4-mapped form ::ffff:127.x.y.z. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  const v4 = bare.startsWith("::ffff:") ? bare.slice("::ffff:".length) : bare;
  if (isIP(v4) === 4) return v4.startsWith("127.");
  return bare === "::1" || bare === "0:0:0:0:0:0:0:1";
}

/** The request came straight from this machine (loopback peer, no proxy in between). */
export function isLoopbackRequest(req: IncomingMessage): boolean {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return false;
  return FORWARDING_HEADERS.every((name) => req.headers[name] === undefined);
}

/** An http(s) URL whose host is this machine: where replies may go in local mode. */
export function isLoopbackUrl(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return false;
    return LOCAL_NAMES.has(url.hostname.toLowerCase()) || isLoopbackAddress(url.hostname);
  } catch {
    return false;
  }
}
