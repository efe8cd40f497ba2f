import { BreachRadarError, isBreachRadarError, type ErrorCode } from "../../src/domain/errors.js";

/** Used when Teams says 429 without a Retry-After header (its docs ask for back-off). */
export const DEFAULT_RETRY_AFTER_SEC = 30;

/**
 * HTTP statuses from the Bot Connector service and what they mean for delivery (the outbox acts on the
 * code: src/schedule/outbox/delivery.policy.ts). Other 4xx are rejections, other 5xx transient.
 */
const STATUS_CODES: Record<number, ErrorCode> = {
  400: "POST_REJECTED", // malformed activity or card
  401: "INSTALLATION_BROKEN", // the bot's credentials are not accepted: every conversation is affected
  403: "TARGET_GONE", // bot removed from the team/chat, or blocked by the user
  404: "TARGET_GONE", // conversation not found (deleted channel, uninstalled app)
  408: "OUTCOME_UNKNOWN",
  413: "POST_REJECTED", // activity over the size limit
  429: "RATE_LIMITED",
  502: "OUTCOME_UNKNOWN", // a gateway: the service may have taken the post
  504: "OUTCOME_UNKNOWN",
};

/** Network failures before the request reached the service: it was certainly not posted. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function codeFor(status: number | undefined, err: HttpLikeError): ErrorCode {
  if (status !== undefined) return STATUS_CODES[status] ?? (status >= 500 ? "PLATFORM_ERROR" : status >= 400 ? "POST_REJECTED" : "PLATFORM_ERROR");
  const network = typeof err.code === "string" ? err.code : undefined;
  if (network && NOT_SENT.has(network)) return "PLATFORM_ERROR";
  // No status: a timeout, a reset or an abort after the request was (perhaps) sent.
  return "OUTCOME_UNKNOWN";
}

interface HttpLikeError {
  statusCode?: unknown;
  status?: unknown;
  code?: unknown;
  response?: { status?: unknown; headers?: unknown };
}

function statusOf(err: HttpLikeError): number | undefined {
  for (const candidate of [err.statusCode, err.status, err.response?.status]) {
    if (typeof candidate === "number" && candidate >= 100) return candidate;
  }
  return undefined;
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  const value = typeof h.get === "function" ? h.get(name) : (h[name] ?? h[name.toLowerCase()]);
  return typeof value === "string" ? value : undefined;
}

/** Retry-After is seconds or an HTTP date; returns whole seconds (never negative). */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, Math.ceil((date - now) / 1000)) : undefined;
}

/** Maps a botbuilder / Bot Connector failure onto the project's error codes. */
export function mapTeamsError(err: unknown, op: string): BreachRadarError {
  if (isBreachRadarError(err)) return err;
  const e = (err ?? {}) as HttpLikeError;
  const status = statusOf(e);
  const code = codeFor(status, e);
  const detail = (err instanceof Error ? err.message : String(err)).slice(0, 200);
  if (code === "RATE_LIMITED") {
    const retryAfterSec = parseRetryAfter(header(e.response?.headers, "retry-after")) ?? DEFAULT_RETRY_AFTER_SEC;
    return new BreachRadarError("RATE_LIMITED", `Teams ${op}: rate limited (429)`, { cause: err, retryAfterSec });
  }
  if (code === "TARGET_GONE") return new BreachRadarError("TARGET_GONE", `Teams ${op}: conversation unavailable (${status})`, { cause: err });
  return new BreachRadarError(code, `Teams ${op} failed${status ? ` (${status})` : ""}: ${detail}`, { cause: err });
}
