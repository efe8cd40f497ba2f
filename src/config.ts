import { z } from "zod";
import { credentialProblems } from "./config.credentials.js";
import { BreachRadarError } from "./domain/errors.js";
import { checkTimeZone } from "./domain/time-zone.js";
import { parseAllowEntry } from "./ingest/address.policy.js";
import { MAX_URL_LENGTH } from "./ingest/feed-url.check.js";
import { cronError } from "./schedule/cron.syntax.js";

/** Real public security-news feeds polled by default (override with FEEDS). */
export const DEFAULT_FEEDS = [
  "https://databreaches.net/feed/",
  "https://www.bleepingcomputer.com/feed/",
  "https://www.securityweek.com/feed/",
  "https://therecord.media/feed",
  "https://www.theregister.com/security/headlines.atom",
  "https://krebsonsecurity.com/feed/",
  "https://feeds.feedburner.com/HaveIBeenPwnedLatestBreaches",
  "https://www.ransomware.live/rss.xml",
  "https://www.cert.ssi.gouv.fr/feed/",
  "https://feeds.feedburner.com/TheHackersNews",
];

/** Largest INGEST_HORIZON_DAYS: feed items older than ten years are never polled (add URL takes any date). */
export const MAX_HORIZON_DAYS = 3650;

/**
 * A setting with a default. Unset means the default; set-but-empty (`PORT=`) is an error rather
 * than a silent zero, false or random port.
 */
function setting<T extends z.ZodType<unknown, string>>(schema: T, fallback: string, expected: string) {
  return z
    .string()
    .optional()
    .refine((v) => v === undefined || v.trim() !== "", `is empty: set ${expected}, or remove it to use the default (${fallback})`)
    .transform((v) => (v ?? fallback).trim())
    .pipe(schema);
}

const wholeNumber = (min: number, max: number, fallback: number) =>
  setting(
    z.string().regex(/^\d+$/, `must be a whole number from ${min} to ${max}`).transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`)),
    String(fallback),
    `a whole number from ${min} to ${max}`,
  );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  setting(z.enum(values, { error: `must be one of ${values.join(", ")}` }), fallback, `one of ${values.join(", ")}`);

const bool = (fallback: boolean) =>
  setting(
    z.enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" }).transform((v) => v === "true" || v === "1" || v === "yes"),
    String(fallback),
    "true or false",
  );

/** Free text where empty means "not set" (credentials, URLs left blank in .env.example). */
const optionalString = z.string().trim().transform((v) => (v === "" ? undefined : v)).optional();

const httpUrl = (what: string) =>
  optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s/?#]+/i.test(v), `must be an http(s) URL${what}`);

const csv = z.string().transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean));

const feedList = csv
  .superRefine((urls, ctx) => {
    for (const url of urls) {
      if (url.length > MAX_URL_LENGTH) ctx.addIssue({ code: "custom", message: `an entry is ${url.length} characters long (limit ${MAX_URL_LENGTH})` });
      else if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) ctx.addIssue({ code: "custom", message: `"${url.slice(0, 100)}" is not an http(s) URL` });
    }
  })
  .transform((list) => (list.length ? [...new Set(list)] : undefined));

const allowList = csv.superRefine((entries, ctx) => {
  for (const entry of entries) {
    const parsed = parseAllowEntry(entry);
    if (typeof parsed === "string") ctx.addIssue({ code: "custom", message: `${parsed} (use host names, addresses or CIDRs, comma-separated)` });
  }
});

const hostSetting = optionalString.refine(
  (v) => v === undefined || /^[A-Za-z0-9.:_-]+$/.test(v),
  "must be an address or host name to listen on, e.g. 127.0.0.1 or 0.0.0.0",
);

/** Every environment variable the service reads, in one schema. Documented in .env.example. */
export const ConfigSchema = z
  .object({
    DATABASE_URL: setting(
      z.string().refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), "must start with file: (SQLite) or postgres:// (PostgreSQL)"),
      "file:./data/breach-radar.db",
      "file:PATH or postgres://…",
    ),
    PORT: wholeNumber(0, 65535, 3000),
    /** Unset: 127.0.0.1 without chat credentials (local use), 0.0.0.0 with them (see listenHost). */
    HOST: hostSetting,
    LOG_LEVEL: oneOf(["debug", "info", "warn", "error", "silent"], "info"),
    PUBLIC_URL: httpUrl(", e.g. https://radar.example.com"),

    SLACK_SIGNING_SECRET: optionalString,
    SLACK_BOT_TOKEN: optionalString,
    SLACK_APP_TOKEN: optionalString,
    SLACK_CLIENT_ID: optionalString,
    SLACK_CLIENT_SECRET: optionalString,
    SLACK_STATE_SECRET: optionalString,
    SLACK_API_URL: httpUrl(" (Slack Web API base, e.g. https://slack.com/api/)"),

    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppTenantId: optionalString,
    MicrosoftAppType: oneOf(["SingleTenant", "MultiTenant", "UserAssignedMSI"], "MultiTenant"),

    FEEDS: feedList.optional(),
    FEED_POLL_CRON: setting(z.string().superRefine((v, ctx) => {
      const error = cronError(v);
      if (error) ctx.addIssue({ code: "custom", message: `is not a valid cron expression: ${error}` });
    }), "*/15 * * * *", "a cron expression"),
    INGEST_HORIZON_DAYS: wholeNumber(1, MAX_HORIZON_DAYS, 60),
    FETCH_TIMEOUT_MS: wholeNumber(100, 120_000, 15_000),
    FETCH_CONNECT_TIMEOUT_MS: wholeNumber(100, 60_000, 5_000),
    FETCH_MAX_BYTES: wholeNumber(1024, 100_000_000, 5_000_000),
    FETCH_MAX_REDIRECTS: wholeNumber(0, 20, 5),
    /** How page-reading worker threads yield the CPU: idle (SCHED_IDLE + nice 19), low (nice 19) or normal. */
    PAGE_WORKER_PRIORITY: oneOf(["idle", "low", "normal"], "idle"),
    /** Comma-separated hosts, addresses or CIDRs user-supplied URLs may reach even when private (tests, intranets). */
    FETCH_ALLOW_PRIVATE: allowList.default([]),
    USER_AGENT: setting(z.string().max(300, "must be at most 300 characters"), "BreachRadar/0.1 (+https://github.com/breach-radar; security-news reader)", "a User-Agent string"),

    DEFAULT_DIGEST_TIME: setting(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM, 24-hour, e.g. 08:30"), "08:00", "HH:MM"),
    DEFAULT_TIMEZONE: setting(z.string().refine((tz) => checkTimeZone(tz) !== null, "must be an IANA time zone such as Europe/London"), "UTC", "an IANA time zone"),
    SCHEDULER_ENABLED: bool(true),
    /** Outbox: how often one replica plans digests and alerts (cron, seconds field allowed). */
    DELIVERY_PLAN_CRON: setting(z.string().superRefine((v, ctx) => {
      const error = cronError(v);
      if (error) ctx.addIssue({ code: "custom", message: `is not a valid cron expression: ${error}` });
    }), "*/15 * * * * *", "a cron expression"),
    /** Outbox: posts in flight at once per process (each to a different channel). */
    DELIVERY_CONCURRENCY: wholeNumber(1, 64, 8),
    /** Outbox: timeout of one Slack/Teams call; the post is then retried after checking it did not land. */
    DELIVERY_POST_TIMEOUT_MS: wholeNumber(500, 120_000, 10_000),
    /** Outbox: a claim's lifetime without renewal; a crashed replica's posts are taken over after this. */
    DELIVERY_LEASE_MS: wholeNumber(2_000, 600_000, 30_000),
    /** Outbox: first retry backoff after a transient failure (doubles per attempt, with jitter, up to 30 min). */
    DELIVERY_RETRY_BASE_MS: wholeNumber(100, 600_000, 20_000),
    /** On SIGTERM: how long in-flight posts may finish before they are handed back to other replicas. */
    SHUTDOWN_DRAIN_MS: wholeNumber(0, 60_000, 8_000),
    RETENTION_DAYS: wholeNumber(1, 36_500, 180),
    OFFLINE_SAMPLE: oneOf(["auto", "always", "never"], "auto"),
    CONSOLE: oneOf(["auto", "on", "off"], "auto"),

    /** Requests per minute per API token (TAXII and JSON API) unless the token has its own rate. */
    API_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 100_000, 120),
    /** Largest TAXII page (objects); a larger `limit` is capped to it. */
    TAXII_MAX_PAGE_SIZE: wholeNumber(1, 10_000, 1000),
    /** Largest JSON API page (incidents). */
    API_MAX_PAGE_SIZE: wholeNumber(1, 1000, 100),
  })
  .superRefine((c, ctx) => {
    for (const p of credentialProblems(c)) ctx.addIssue({ code: "custom", path: [p.variable], message: p.message });
  });

export type Config = z.infer<typeof ConfigSchema>;

/** Variables whose values are never echoed in error messages (secrets; lists quote the bad entry themselves). */
const NOT_ECHOED = /SECRET|TOKEN|PASSWORD|DATABASE_URL|^FEEDS$|^FETCH_ALLOW_PRIVATE$/i;

function describeIssue(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const name = String(issue.path[0] ?? "(environment)");
  const raw = env[name];
  const shown = raw === undefined || raw.trim() === "" || NOT_ECHOED.test(name) ? "" : ` (got "${raw.length > 60 ? `${raw.slice(0, 60)}…` : raw}")`;
  return issue.message.startsWith(name) ? issue.message : `${name} ${issue.message}${shown}`;
}

/** Parses the environment; a bad value throws CONFIG_INVALID naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = [...new Set(parsed.error.issues.map((i) => describeIssue(i, env)))];
    throw new BreachRadarError("CONFIG_INVALID", `Invalid configuration (see .env.example):\n  ${lines.join("\n  ")}`);
  }
  return parsed.data;
}

export const slackEnabled = (c: Config): boolean =>
  Boolean(c.SLACK_SIGNING_SECRET && (c.SLACK_BOT_TOKEN || (c.SLACK_CLIENT_ID && c.SLACK_CLIENT_SECRET))) || Boolean(c.SLACK_APP_TOKEN && c.SLACK_BOT_TOKEN);
/** Teams with Azure Bot credentials (app id + password, or a user-assigned managed identity). Without them Teams runs in local mode. */
export const teamsEnabled = (c: Config): boolean => Boolean(c.MicrosoftAppId && (c.MicrosoftAppPassword || c.MicrosoftAppType === "UserAssignedMSI"));

/** Where the HTTP server listens: HOST, else loopback only when no chat platform needs to reach it. */
export function listenHost(c: Config): { host: string; reason: "HOST" | "local" | "chat" } {
  if (c.HOST) return { host: c.HOST, reason: "HOST" };
  return slackEnabled(c) || teamsEnabled(c) ? { host: "0.0.0.0", reason: "chat" } : { host: "127.0.0.1", reason: "local" };
}
