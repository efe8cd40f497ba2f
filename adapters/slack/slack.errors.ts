import { ErrorCode as WebErrorCode, type WebAPICallError } from "@slack/web-api";
import { BreachRadarError, type ErrorCode } from "../../src/domain/errors.js";

/**
 * What each Slack Web API error string means for delivery (knowledge as data; the outbox acts on the
 * code: src/schedule/outbox/delivery.policy.ts). Strings not listed are transient PLATFORM_ERRORs.
 */
export const SLACK_ERRORS: Readonly<Record<string, ErrorCode>> = {
  // The channel is gone or closed to the bot: pause what posts there.
  channel_not_found: "TARGET_GONE",
  is_archived: "TARGET_GONE",
  restricted_action: "TARGET_GONE",
  restricted_action_read_only_channel: "TARGET_GONE",
  restricted_action_thread_only_channel: "TARGET_GONE",
  restricted_action_non_threadable_channel: "TARGET_GONE",
  // An invite fixes it: hold the channel's posts and resume by itself.
  not_in_channel: "NOT_IN_CHANNEL",
  // The workspace's token or scopes: the installation is broken, no channel is at fault.
  invalid_auth: "INSTALLATION_BROKEN",
  not_authed: "INSTALLATION_BROKEN",
  token_revoked: "INSTALLATION_BROKEN",
  token_expired: "INSTALLATION_BROKEN",
  account_inactive: "INSTALLATION_BROKEN",
  missing_scope: "INSTALLATION_BROKEN",
  no_permission: "INSTALLATION_BROKEN",
  not_allowed_token_type: "INSTALLATION_BROKEN",
  team_access_not_granted: "INSTALLATION_BROKEN",
  team_not_found: "INSTALLATION_BROKEN",
  access_denied: "INSTALLATION_BROKEN",
  ekm_access_denied: "INSTALLATION_BROKEN",
  org_login_required: "INSTALLATION_BROKEN",
  // Rate limits reported in the body rather than as HTTP 429.
  ratelimited: "RATE_LIMITED",
  rate_limited: "RATE_LIMITED",
  message_limit_exceeded: "RATE_LIMITED",
  // This message will never be accepted as it is.
  msg_too_long: "POST_REJECTED",
  no_text: "POST_REJECTED",
  invalid_blocks: "POST_REJECTED",
  invalid_blocks_format: "POST_REJECTED",
  too_many_attachments: "POST_REJECTED",
  invalid_arguments: "POST_REJECTED",
  invalid_arg_name: "POST_REJECTED",
  invalid_array_arg: "POST_REJECTED",
  invalid_charset: "POST_REJECTED",
  invalid_form_data: "POST_REJECTED",
  invalid_metadata_format: "POST_REJECTED",
  invalid_metadata_schema: "POST_REJECTED",
  metadata_too_large: "POST_REJECTED",
  messages_tab_disabled: "POST_REJECTED",
  cannot_dm_bot: "POST_REJECTED",
  // Slack's own trouble: try again later.
  internal_error: "PLATFORM_ERROR",
  fatal_error: "PLATFORM_ERROR",
  service_unavailable: "PLATFORM_ERROR",
  request_timeout: "OUTCOME_UNKNOWN",
};

/** Network failures that happen before a request reaches Slack: it was certainly not posted. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);
/** Gateway statuses: Slack may have processed the request behind the proxy. */
const MAYBE_PROCESSED_STATUS = new Set([502, 504]);

/** Fallback wait when Slack says "rate limited" without a Retry-After. */
const DEFAULT_RETRY_AFTER_SEC = 30;

const codeOf = (err: unknown): unknown => (err as { code?: unknown } | null)?.code;

function causeCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && !code.startsWith("slack_")) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A request that failed on the network: did it perhaps reach Slack? */
function requestError(err: unknown, op: string): BreachRadarError {
  const original = (err as { original?: Error }).original;
  const code = causeCode(original);
  const detail = original?.name === "TimeoutError" ? "timed out" : `${original?.message ?? "request failed"}${code ? ` (${code})` : ""}`;
  if (code && NOT_SENT.has(code)) return new BreachRadarError("PLATFORM_ERROR", `Slack ${op}: ${detail}`, { cause: err });
  return new BreachRadarError("OUTCOME_UNKNOWN", `Slack ${op}: ${detail}; it may have been posted`, { cause: err });
}

function httpError(err: unknown, op: string): BreachRadarError {
  const status = (err as { statusCode?: number }).statusCode ?? 0;
  const code: ErrorCode = MAYBE_PROCESSED_STATUS.has(status) ? "OUTCOME_UNKNOWN" : status >= 500 ? "PLATFORM_ERROR" : "POST_REJECTED";
  return new BreachRadarError(code, `Slack ${op}: HTTP ${status}`, { cause: err });
}

/**
 * Maps an @slack/web-api (or respond) failure onto a BreachRadarError at the adapter edge: the code
 * tells the outbox what to do (see SLACK_ERRORS); RATE_LIMITED carries retryAfterSec.
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
    const mapped = SLACK_ERRORS[slackError] ?? "PLATFORM_ERROR";
    const retryAfterSec = mapped === "RATE_LIMITED" ? DEFAULT_RETRY_AFTER_SEC : undefined;
    throw new BreachRadarError(mapped, `Slack ${op}: ${slackError}`, { cause: err, retryAfterSec });
  }
  if (code === WebErrorCode.RequestError) throw requestError(err, op);
  if (code === WebErrorCode.HTTPError) throw httpError(err, op);
  const message = err instanceof Error ? err.message : String(err);
  throw new BreachRadarError("PLATFORM_ERROR", `Slack ${op} failed: ${message}`, { cause: err });
}
