import { BreachRadarError, isBreachRadarError } from "../../src/domain/errors.js";

/** Used when Teams says 429 without a Retry-After header (its docs ask for back-off). */
export const DEFAULT_RETRY_AFTER_SEC = 30;

/** HTTP statuses from the Bot Connector service and what they mean for a stored target. */
const STATUS_CODES: Record<number, "TARGET_GONE" | "RATE_LIMITED"> = {
  403: "TARGET_GONE", // bot removed from the team/chat, or blocked by the user
  404: "TARGET_GONE", // conversation not found (deleted channel, uninstalled app)
  429: "RATE_LIMITED",
};

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
  const code = status === undefined ? undefined : STATUS_CODES[status];
  const detail = err instanceof Error ? err.message : String(err);
  if (code === "RATE_LIMITED") {
    const retryAfterSec = parseRetryAfter(header(e.response?.headers, "retry-after")) ?? DEFAULT_RETRY_AFTER_SEC;
    return new BreachRadarError("RATE_LIMITED", `Teams ${op}: rate limited (429)`, { cause: err, retryAfterSec });
  }
  if (code === "TARGET_GONE") return new BreachRadarError("TARGET_GONE", `Teams ${op}: conversation unavailable (${status})`, { cause: err });
  return new BreachRadarError("PLATFORM_ERROR", `Teams ${op} failed${status ? ` (${status})` : ""}: ${detail.slice(0, 200)}`, { cause: err });
}
