import cron from "node-cron";
import { describe, expect, it } from "vitest";
import { cronError, nextCronTime, parseCron } from "../../src/schedule/cron.syntax.js";

const schedule = (expression: string) => {
  const parsed = parseCron(expression);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.schedule;
};

describe("cron syntax (FEED_POLL_CRON)", () => {
  const VALID = ["*/15 * * * *", "0 */2 * * *", "30 8 * * 1-5", "0 0 8 * * mon-fri", "@daily", "@hourly", "0 9 1 jan,jul *", "5,35 * * * *", "0 8 ? * sun", "15-45/10 * * * *", "0 0 * * 7", "59 23 31 dec *"];
  const INVALID = ["*/15", "* * * * * * *", "61 * * * *", "*/0 * * * *", "0 24 * * *", "0 0 32 * *", "0 0 * 13 *", "0 0 * * 8", "x * * * *", ""];
  /** node-cron takes these; we refuse them with a reason (a backwards range, L / # forms). */
  const STRICTER = ["5-1 * * * *", "0 8 L * *", "0 8 * * 1#2"];

  it("accepts what node-cron, the scheduler, accepts", () => {
    for (const e of VALID) {
      expect(cronError(e), e).toBeNull();
      expect(cron.validate(e), `node-cron rejects ${e}`).toBe(true);
    }
  });

  it("refuses bad expressions with a reason (node-cron refuses them too)", () => {
    for (const e of INVALID) {
      expect(cronError(e), e).not.toBeNull();
      expect(cron.validate(e), `node-cron accepts ${e}`).toBe(false);
    }
    for (const e of STRICTER) expect(cronError(e), e).not.toBeNull();
    expect(cronError("5-1 * * * *")).toContain("runs backwards");
    expect(cronError("*/15")).toContain("expected 5 fields");
    expect(cronError("61 * * * *")).toContain("minute: 61 is outside 0–59");
  });

  it("tells when an expression fires next (UTC)", () => {
    const at = new Date("2026-03-06T10:07:30Z"); // a Friday
    expect(nextCronTime(schedule("*/15 * * * *"), at)?.toISOString()).toBe("2026-03-06T10:15:00.000Z");
    expect(nextCronTime(schedule("30 8 * * 1-5"), at)?.toISOString()).toBe("2026-03-09T08:30:00.000Z");
    expect(nextCronTime(schedule("@daily"), at)?.toISOString()).toBe("2026-03-07T00:00:00.000Z");
    expect(nextCronTime(schedule("0 0 1 jan,jul *"), at)?.toISOString()).toBe("2026-07-01T00:00:00.000Z");
    expect(nextCronTime(schedule("0 0 30 feb *"), at)).toBeNull();
  });
});
