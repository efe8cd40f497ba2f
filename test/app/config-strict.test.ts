import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { describe, expect, it } from "vitest";
import { listenHost, loadConfig } from "../../src/config.js";
import { isBreachRadarError } from "../../src/domain/errors.js";

/** The CONFIG_INVALID message for an environment, or null when it loads. */
function problem(env: Record<string, string>): string | null {
  try {
    loadConfig(env);
    return null;
  } catch (error) {
    expect(isBreachRadarError(error, "CONFIG_INVALID")).toBe(true);
    return (error as Error).message;
  }
}

describe("strict config: every variable in the one schema, named in the message", () => {
  it.each([
    ["FEED_POLL_CRON", "*/15"],
    ["FEED_POLL_CRON", "61 * * * *"],
    ["FEED_POLL_CRON", "*/0 * * * *"],
    ["FEED_POLL_CRON", "0 8 * * mon-xyz"],
    ["FEED_POLL_CRON", "0 8 L * *"],
  ])("refuses %s=%s at start-up", (name, value) => {
    expect(problem({ [name]: value })).toMatch(new RegExp(`${name} is not a valid cron expression`));
  });

  it("accepts the cron forms the scheduler reads", () => {
    for (const cron of ["*/15 * * * *", "0 */2 * * *", "30 8 * * 1-5", "0 0 8 * * mon-fri", "@hourly", "0 9 1 jan,jul *", "5,35 * * * *", "0 8 ? * sun"]) {
      expect(problem({ FEED_POLL_CRON: cron }), cron).toBeNull();
    }
  });

  it.each([
    ["PORT", "a whole number from 0 to 65535", "3000"],
    ["SCHEDULER_ENABLED", "true or false", "true"],
    ["LOG_LEVEL", "one of debug, info", "info"],
    ["FEED_POLL_CRON", "a cron expression", "*/15 * * * *"],
    ["INGEST_HORIZON_DAYS", "a whole number from 1 to 3650", "60"],
    ["DEFAULT_TIMEZONE", "an IANA time zone", "UTC"],
    ["CONSOLE", "one of auto, on, off", "auto"],
  ])("an empty %s is an error, not a silent default or zero", (name, expected, fallback) => {
    const message = problem({ [name]: "" });
    expect(message).toContain(`${name} is empty: set ${expected}`);
    expect(message).toContain(`default (${fallback})`);
  });

  it("an empty PORT no longer means a random port, an empty SCHEDULER_ENABLED no longer means false", () => {
    expect(problem({ PORT: "   " })).toContain("PORT is empty");
    expect(problem({ SCHEDULER_ENABLED: "" })).toContain("SCHEDULER_ENABLED is empty");
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: "s" }, "SLACK_SIGNING_SECRET is set but neither SLACK_BOT_TOKEN nor SLACK_CLIENT_ID is set"],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is missing"],
    [{ SLACK_APP_TOKEN: "xapp-1" }, "SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is missing"],
    [{ SLACK_SIGNING_SECRET: "s", SLACK_CLIENT_ID: "1.2" }, "SLACK_CLIENT_ID is set but SLACK_CLIENT_SECRET and SLACK_STATE_SECRET are missing"],
    [{ MicrosoftAppId: "id" }, "MicrosoftAppId is set but MicrosoftAppPassword is missing"],
    [{ MicrosoftAppPassword: "pw" }, "MicrosoftAppPassword is set but MicrosoftAppId is missing"],
    [{ MicrosoftAppId: "id", MicrosoftAppPassword: "pw", MicrosoftAppType: "SingleTenant" }, "MicrosoftAppType=SingleTenant but MicrosoftAppTenantId is missing"],
  ])("a half-set credential group (%o) names the missing partner", (env, expected) => {
    expect(problem(env)).toContain(expected);
  });

  it("never echoes secret values, and shows other bad values", () => {
    expect(problem({ SLACK_BOT_TOKEN: "xoxb-very-secret" })).not.toContain("xoxb-very-secret");
    expect(problem({ PORT: "eighty" })).toContain('PORT must be a whole number from 0 to 65535 (got "eighty")');
  });

  it("checks FETCH_ALLOW_PRIVATE entries and FEEDS URLs, naming the variable", () => {
    expect(problem({ FETCH_ALLOW_PRIVATE: "localhost, 10.0.0.0/8, ::1, intranet.example.corp" })).toBeNull();
    expect(problem({ FETCH_ALLOW_PRIVATE: "10.0.0.0/40" })).toContain("FETCH_ALLOW_PRIVATE \"10.0.0.0/40\" has a bad prefix length");
    expect(problem({ FETCH_ALLOW_PRIVATE: "not a host" })).toContain("FETCH_ALLOW_PRIVATE \"not a host\" is not a host name");
    expect(problem({ FEEDS: "https://ok.example/feed, ftp://files.example/x" })).toContain('FEEDS "ftp://files.example/x" is not an http(s) URL');
    expect(problem({ FEEDS: `https://ok.example/${"a".repeat(3000)}` })).toMatch(/FEEDS an entry is \d+ characters long \(limit 2048\)/);
  });

  it(".env.example, copied to .env as it is, is a valid configuration", () => {
    const env = parseEnv(readFileSync(".env.example", "utf8")) as Record<string, string>;
    expect(Object.keys(env).length).toBeGreaterThan(25);
    expect(problem(env)).toBeNull();
    expect(listenHost(loadConfig(env)).host).toBe("127.0.0.1");
  });

  it("binds 127.0.0.1 without chat credentials, every interface with them, HOST when set", () => {
    expect(listenHost(loadConfig({}))).toEqual({ host: "127.0.0.1", reason: "local" });
    expect(listenHost(loadConfig({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" }))).toEqual({ host: "0.0.0.0", reason: "chat" });
    expect(listenHost(loadConfig({ HOST: "0.0.0.0" }))).toEqual({ host: "0.0.0.0", reason: "HOST" });
    expect(listenHost(loadConfig({ HOST: "" }))).toEqual({ host: "127.0.0.1", reason: "local" });
  });
});
