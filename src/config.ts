import { z } from "zod";
import { BreachRadarError } from "./domain/errors.js";
import { checkTimeZone } from "./domain/time-zone.js";

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

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .transform((v) => v === "true" || v === "1" || v === "yes");
const optionalString = z.string().trim().transform((v) => (v === "" ? undefined : v)).optional();
const csv = z.string().transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean));


/** Every environment variable the service reads, in one schema. Documented in .env.example. */
export const ConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/breach-radar.db")
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), "must start with file: (SQLite) or postgres:// (PostgreSQL)"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  PUBLIC_URL: optionalString,

  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,
  SLACK_API_URL: optionalString,

  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"]).default("MultiTenant"),

  FEEDS: csv.transform((list) => (list.length ? list : undefined)).optional(),
  FEED_POLL_CRON: z.string().default("*/15 * * * *"),
  INGEST_HORIZON_DAYS: z.coerce.number().int().min(1).max(3650).default(60),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  FETCH_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(5_000_000),
  FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  /** Comma-separated hosts or CIDRs user-supplied URLs may reach even when private (tests, intranets). */
  FETCH_ALLOW_PRIVATE: csv.default([]),
  USER_AGENT: z.string().default("BreachRadar/0.1 (+https://github.com/breach-radar; security-news reader)"),

  DEFAULT_DIGEST_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM").default("08:00"),
  DEFAULT_TIMEZONE: z.string().refine((tz) => checkTimeZone(tz) !== null, "must be an IANA time zone such as Europe/London").default("UTC"),
  SCHEDULER_ENABLED: bool.default(true),
  RETENTION_DAYS: z.coerce.number().int().min(1).default(180),
  OFFLINE_SAMPLE: z.enum(["auto", "always", "never"]).default("auto"),
  CONSOLE: z.enum(["auto", "on", "off"]).default("auto"),

  /** Requests per minute per API token (TAXII and JSON API) unless the token has its own rate. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** Largest TAXII page (objects); a larger `limit` is capped to it. */
  TAXII_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(1000),
  /** Largest JSON API page (incidents). */
  API_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; a bad value throws CONFIG_INVALID naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new BreachRadarError("CONFIG_INVALID", `Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  return parsed.data;
}

export const slackEnabled = (c: Config): boolean =>
  Boolean(c.SLACK_SIGNING_SECRET && (c.SLACK_BOT_TOKEN || (c.SLACK_CLIENT_ID && c.SLACK_CLIENT_SECRET))) || Boolean(c.SLACK_APP_TOKEN && c.SLACK_BOT_TOKEN);
export const teamsEnabled = (c: Config): boolean => Boolean(c.MicrosoftAppId && c.MicrosoftAppPassword);
