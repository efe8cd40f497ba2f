/** Stable error codes; adapters map SDK errors onto these at their edge. */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "DB_UNAVAILABLE"
  | "DB_MIGRATION_FAILED"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "FETCH_FAILED"
  | "FETCH_TIMEOUT"
  | "FETCH_TOO_LARGE"
  | "FETCH_BLOCKED"
  | "FEED_MALFORMED"
  | "RATE_LIMITED"
  | "TARGET_GONE"
  | "NOT_IN_CHANNEL"
  | "INSTALLATION_BROKEN"
  | "POST_REJECTED"
  | "OUTCOME_UNKNOWN"
  | "PLATFORM_ERROR"
  /** A write kept racing other writes to the same record. */
  | "CONFLICT";

/** The one error base of the project: a stable code plus the underlying cause. */
export class BreachRadarError extends Error {
  readonly code: ErrorCode;
  /** Seconds to wait before retrying, when the failure says so (e.g. HTTP 429). */
  readonly retryAfterSec: number | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; retryAfterSec?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = "BreachRadarError";
    this.code = code;
    this.retryAfterSec = options.retryAfterSec;
  }
}

export function isBreachRadarError(err: unknown, code?: ErrorCode): err is BreachRadarError {
  return err instanceof BreachRadarError && (code === undefined || err.code === code);
}
