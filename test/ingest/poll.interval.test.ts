import { describe, expect, it } from "vitest";
import { pollIntervalMs } from "../../src/ingest/poll.interval.js";
import { backoffMs } from "../../src/ingest/feed.poller.js";

describe("poll interval and backoff", () => {
  it("reads the stand-alone loop interval from FEED_POLL_CRON", () => {
    expect(pollIntervalMs("*/15 * * * *")).toBe(15 * 60_000);
    expect(pollIntervalMs("*/5  * * * *")).toBe(5 * 60_000);
    expect(pollIntervalMs("0 */2 * * *")).toBe(2 * 3_600_000);
    expect(pollIntervalMs("7 * * * *")).toBe(3_600_000);
    expect(pollIntervalMs("30 8 * * 1-5")).toBe(15 * 60_000);
  });

  it("backs off exponentially, capped at 6 hours, honouring a longer Retry-After", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n) / 60_000)).toEqual([5, 10, 20, 40]);
    expect(backoffMs(20)).toBe(6 * 3_600_000);
    expect(backoffMs(1, 3600)).toBe(3_600_000);
    expect(backoffMs(3, 10)).toBe(20 * 60_000);
  });
});
