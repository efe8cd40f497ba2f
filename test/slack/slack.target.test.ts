import { describe, expect, it } from "vitest";
import { decodeSlackTarget, encodeSlackTarget, isSlackTarget } from "../../adapters/slack/slack.target.js";
import { isBreachRadarError } from "../../src/domain/errors.js";

describe("Slack opaque targets", () => {
  it("round-trips team and channel ids", () => {
    for (const t of [{ teamId: "T0123ABC", channelId: "C0456DEF" }, { teamId: "E1", channelId: "G9" }, { teamId: "T1", channelId: "D77" }]) {
      const encoded = encodeSlackTarget(t);
      expect(encoded).toBe(`slack:${t.teamId}:${t.channelId}`);
      expect(isSlackTarget(encoded)).toBe(true);
      expect(decodeSlackTarget(encoded)).toEqual(t);
    }
  });
  it("rejects other platforms and malformed targets", () => {
    for (const bad of ["teams:tenant:conv", "slack:T1", "slack:T1:C1:extra", "slack:t1:c1", "slack::C1", "console:local"]) {
      let error: unknown;
      try { decodeSlackTarget(bad); } catch (e) { error = e; }
      expect(isBreachRadarError(error, "INVALID_INPUT")).toBe(true);
    }
    expect(() => encodeSlackTarget({ teamId: "T1", channelId: "C1:x" })).toThrow();
  });
});
