import { isBreachRadarError, type ErrorCode } from "../../domain/errors.js";

/** What a failed attempt means for the row, its target and its workspace. */
export type FailureEffect =
  /** Transient: try again after an exponential backoff with jitter, up to `maxAttempts`. */
  | { effect: "backoff"; maxAttempts: number; uncertain?: boolean }
  /** The platform said when: wait Retry-After on the target (every replica), not counted as an attempt. */
  | { effect: "retry_after" }
  /** The channel is gone: pause its subscription and watches, cancel its pending rows, tell someone once. */
  | { effect: "pause_target" }
  /** The bot was removed from the channel: hold its rows, probe now and then, resume on the first success. */
  | { effect: "wait_invite" }
  /** The workspace's token or scopes are unusable: hold every row of the workspace, pause no channel. */
  | { effect: "block_workspace" }
  /** Nothing will make this row postable. */
  | { effect: "give_up" };

/** Knowledge as data: each error code's effect. Codes not listed are treated as PLATFORM_ERROR. */
export const FAILURE_POLICY: Partial<Record<ErrorCode, FailureEffect>> = {
  RATE_LIMITED: { effect: "retry_after" },
  PLATFORM_ERROR: { effect: "backoff", maxAttempts: 8 },
  DB_UNAVAILABLE: { effect: "backoff", maxAttempts: 12 },
  OUTCOME_UNKNOWN: { effect: "backoff", maxAttempts: 8, uncertain: true },
  POST_REJECTED: { effect: "backoff", maxAttempts: 3 },
  TARGET_GONE: { effect: "pause_target" },
  NOT_IN_CHANNEL: { effect: "wait_invite" },
  INSTALLATION_BROKEN: { effect: "block_workspace" },
  INVALID_INPUT: { effect: "give_up" },
};

/** Retry timing (config DELIVERY_RETRY_BASE_MS scales the backoff). */
export interface RetryTiming {
  /** First backoff; doubles per attempt. */
  baseMs: number;
  maxMs: number;
  /** Retry-After when the platform gave none. */
  defaultRetryAfterSec: number;
  /** Extra random wait after a Retry-After, so replicas do not all come back in the same instant. */
  retryAfterJitterMs: number;
  /** How often a channel the bot was removed from, or a broken workspace, is tried again. */
  invitePollMs: number;
  brokenPollMs: number;
}

export const RETRY_TIMING: Readonly<RetryTiming> = {
  baseMs: 20_000,
  maxMs: 30 * 60_000,
  defaultRetryAfterSec: 30,
  retryAfterJitterMs: 1_000,
  invitePollMs: 15 * 60_000,
  brokenPollMs: 30 * 60_000,
};

export function policyFor(error: unknown): FailureEffect {
  const code = isBreachRadarError(error) ? error.code : "PLATFORM_ERROR";
  return FAILURE_POLICY[code] ?? FAILURE_POLICY.PLATFORM_ERROR!;
}

/** Exponential backoff with "equal jitter": half fixed, half random, so retries spread out. */
export function backoffMs(attempt: number, random: () => number = Math.random, timing: RetryTiming = RETRY_TIMING): number {
  const full = Math.min(timing.maxMs, timing.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + random() * (full / 2));
}

/** Wait before the next try after a rate limit: Retry-After plus up to a second of jitter. */
export function retryAfterMs(error: unknown, random: () => number = Math.random, timing: RetryTiming = RETRY_TIMING): number {
  const sec = isBreachRadarError(error) ? (error.retryAfterSec ?? timing.defaultRetryAfterSec) : timing.defaultRetryAfterSec;
  return Math.max(0, sec) * 1000 + Math.round(random() * timing.retryAfterJitterMs);
}

/** A short, log-safe description of a failure. */
export function describeError(error: unknown): string {
  if (isBreachRadarError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
