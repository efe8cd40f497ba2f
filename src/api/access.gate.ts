import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import type { ApiTokenRecord, Store } from "../store/store.port.js";
import { RateLimiter } from "./rate.limiter.js";
import { findToken } from "./token.service.js";

/** What the gate decided for one request. */
export type AccessDecision =
  | { kind: "off" }
  | { kind: "unauthorized"; reason: string }
  | { kind: "rate_limited"; retryAfterSec: number; token: ApiTokenRecord }
  /** Too many failed attempts (unknown or revoked tokens) from this source address: refused before any token check. */
  | { kind: "auth_throttled"; retryAfterSec: number }
  | { kind: "ok"; token: ApiTokenRecord };

export interface AccessGateOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Requests per minute for tokens without their own rate. */
  defaultRatePerMinute: number;
  /** Failed attempts (a token presented but unknown or revoked) per minute per source address; default FAILED_AUTH_PER_MINUTE. */
  failedAuthPerMinute?: number;
}

/**
 * Failed attempts allowed per source address per minute (bursts up to the same number). Enough for a
 * mistyped or just-revoked token to be noticed; far too few to guess one.
 */
export const FAILED_AUTH_PER_MINUTE = 10;

/** `lastUsedAt` is written at most this often per token (not on every request). */
const TOUCH_EVERY_MS = 60_000;

/**
 * Reads the credentials a client sent: `Authorization: Bearer <token>`, `Token <token>` (the OASIS
 * client's TokenAuth) or HTTP Basic with the token as password (clients that only do Basic, e.g. MISP).
 */
export function presentedToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const [scheme, value] = [authorization.slice(0, authorization.indexOf(" ")).toLowerCase(), authorization.slice(authorization.indexOf(" ") + 1).trim()];
  if (scheme === "bearer" || scheme === "token") return value || null;
  if (scheme === "basic") {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon >= 0 ? decoded.slice(colon + 1) || null : null;
  }
  return null;
}

/**
 * Token check and per-token rate limit for the TAXII collection and the JSON API. Both are off
 * (404) until an admin creates a token; after that, a request without a valid active token gets 401.
 */
export class AccessGate {
  private readonly limiter: RateLimiter;
  private readonly failures: RateLimiter;
  private readonly touched = new Map<string, number>();

  constructor(private readonly options: AccessGateOptions) {
    this.limiter = new RateLimiter(options.clock);
    this.failures = new RateLimiter(options.clock);
  }

  /**
   * `source` is the client's address as the socket sees it (behind a reverse proxy, the proxy's:
   * forwarded headers are not trusted, since any client can write them).
   */
  async check(authorization: string | undefined, source?: string): Promise<AccessDecision> {
    const failedPerMinute = this.options.failedAuthPerMinute ?? FAILED_AUTH_PER_MINUTE;
    const presented = presentedToken(authorization);
    // An address out of failed attempts is refused before its token is looked up, valid or not: guessing stays slow.
    const blocked = presented && source ? this.failures.peek(source, failedPerMinute) : null;
    if (blocked !== null) return { kind: "auth_throttled", retryAfterSec: blocked };
    const token = presented ? await findToken(this.options.store, presented) : null;
    if (!token) {
      if ((await this.options.store.countActiveApiTokens()) === 0) return { kind: "off" };
      if (presented && source) this.failures.take(source, failedPerMinute);
      return { kind: "unauthorized", reason: presented ? "unknown or revoked token" : "no token" };
    }
    const wait = this.limiter.take(token.id, token.ratePerMinute ?? this.options.defaultRatePerMinute);
    if (wait !== null) return { kind: "rate_limited", retryAfterSec: wait, token };
    await this.touch(token);
    return { kind: "ok", token };
  }

  private async touch(token: ApiTokenRecord): Promise<void> {
    const now = this.options.clock.now();
    if (now.getTime() - (this.touched.get(token.id) ?? 0) < TOUCH_EVERY_MS) return;
    this.touched.set(token.id, now.getTime());
    await this.options.store.touchApiToken(token.id, now).catch((error: unknown) => this.options.logger.warn("token last-used update failed", { error }));
  }
}
