import { ErrorCode as WebErrorCode, type WebAPICallError } from "@slack/web-api";
import { BreachRadarError } from "../../src/domain/errors.js";

/** Slack platform error strings meaning "this channel/workspace cannot be posted to any more". */
export const TARGET_GONE_ERRORS: ReadonlySet<string> = new Set([
  "channel_not_found",
  "is_archived",
  "not_in_channel",
  "account_inactive",
  "team_not_found",
  "team_access_not_granted",
  "token_revoked",
  "invalid_auth",
  "not_authed",
  "access_denied",
  "no_permission",
  "restricted_action",
  "missing_scope",
  "ekm_access_denied",
  "org_login_required",
]);

/** Rate limits Slack reports in the body rather than as HTTP 429. */
const RATE_LIMIT_ERRORS: ReadonlySet<string> = new Set(["ratelimited", "rate_limited", "message_limit_exceeded"]);

/** Fallback wait when Slack says "rate limited" without a Retry-After. */
const DEFAULT_RETRY_AFTER_SEC = 30;

const codeOf = (err: unknown): unknown => (err as { code?: unknown } | null)?.code;

/**
 * Maps an @slack/web-api (or respond) failure onto a BreachRadarError at the adapter edge.
 * RATE_LIMITED carries retryAfterSec; TARGET_GONE tells the scheduler to pause the subscription.
 */
export function mapSlackError(err: unknown, op: string): never {
  if (err instanceof BreachRadarError) throw err;
  const code = codeOf(err);
  if (code === WebErrorCode.RateLimitedError) {
    const retryAfterSec = (err as { retryAfter?: number }).retryAfter ?? DEFAULT_RETRY_AFTER_SEC;
    throw new BreachRadarError("RATE_LIMITED", `Slack ${op}: rate limited, retry after ${retryAfterSec}s`, { cause: err, retryAfterSec });
  }
  if (code === WebErrorCode.PlatformError) {
    const slackError = (err as WebAPICallError & { data: { error: string } }).data.error;
    if (TARGET_GONE_ERRORS.has(slackError)) {
      throw new BreachRadarError("TARGET_GONE", `Slack ${op}: ${slackError}`, { cause: err });
    }
    if (RATE_LIMIT_ERRORS.has(slackError)) {
      throw new BreachRadarError("RATE_LIMITED", `Slack ${op}: ${slackError}`, { cause: err, retryAfterSec: DEFAULT_RETRY_AFTER_SEC });
    }
    throw new BreachRadarError("PLATFORM_ERROR", `Slack ${op}: ${slackError}`, { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  throw new BreachRadarError("PLATFORM_ERROR", `Slack ${op} failed: ${message}`, { cause: err });
}
