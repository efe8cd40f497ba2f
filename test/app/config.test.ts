import { describe, expect, it } from "vitest";
import { loadConfig, slackEnabled, teamsEnabled } from "../../src/config.js";
import { isBreachRadarError } from "../../src/domain/errors.js";

describe("config", () => {
  it("runs on embedded defaults with an empty environment", () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBe("file:./data/breach-radar.db");
    expect(c.PORT).toBe(3000);
    expect(slackEnabled(c)).toBe(false);
    expect(teamsEnabled(c)).toBe(false);
  });

  it("treats the empty values of .env.example as unset", () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: "", MicrosoftAppId: "", FEEDS: "", FETCH_ALLOW_PRIVATE: "" });
    expect(c.SLACK_BOT_TOKEN).toBeUndefined();
    expect(c.FEEDS).toBeUndefined();
    expect(c.FETCH_ALLOW_PRIVATE).toEqual([]);
  });

  it.each([
    ["PORT", "eighty"],
    ["DATABASE_URL", "mysql://x"],
    ["DEFAULT_TIMEZONE", "Mars/Olympus"],
    ["DEFAULT_DIGEST_TIME", "25:00"],
    ["LOG_LEVEL", "loud"],
    ["SCHEDULER_ENABLED", "maybe"],
  ])("rejects a bad %s with the variable's name in the message", (name, value) => {
    try {
      loadConfig({ [name]: value });
      expect.unreachable();
    } catch (error) {
      expect(isBreachRadarError(error, "CONFIG_INVALID")).toBe(true);
      expect((error as Error).message).toContain(name);
    }
  });

  it("enables Slack and Teams with complete credentials", () => {
    expect(slackEnabled(loadConfig({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" }))).toBe(true);
    expect(slackEnabled(loadConfig({ SLACK_APP_TOKEN: "xapp-1", SLACK_BOT_TOKEN: "xoxb-1" }))).toBe(true);
    expect(teamsEnabled(loadConfig({ MicrosoftAppId: "id", MicrosoftAppPassword: "pw" }))).toBe(true);
    expect(teamsEnabled(loadConfig({ MicrosoftAppId: "id", MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: "t" }))).toBe(true);
    expect(slackEnabled(loadConfig({}))).toBe(false);
  });
});
