import { describe, expect, it } from "vitest";
import { addDays, latestDueOccurrence, localDate, zonedInstant } from "../../src/schedule/zoned-time.js";

describe("zoned time", () => {
  it("converts a local wall time to an instant in summer and winter", () => {
    expect(zonedInstant("2025-07-01", "08:00", "Europe/Paris").toISOString()).toBe("2025-07-01T06:00:00.000Z");
    expect(zonedInstant("2025-01-15", "08:00", "Europe/Paris").toISOString()).toBe("2025-01-15T07:00:00.000Z");
    expect(zonedInstant("2025-07-01", "09:00", "Australia/Sydney").toISOString()).toBe("2025-06-30T23:00:00.000Z");
  });

  it("shifts a wall time skipped by spring-forward by the gap", () => {
    expect(zonedInstant("2025-03-30", "02:30", "Europe/Paris").toISOString()).toBe("2025-03-30T01:30:00.000Z");
    expect(zonedInstant("2025-03-09", "02:30", "America/New_York").toISOString()).toBe("2025-03-09T07:30:00.000Z");
  });

  it("takes the first occurrence of a wall time repeated by fall-back", () => {
    expect(zonedInstant("2025-10-26", "02:30", "Europe/Paris").toISOString()).toBe("2025-10-26T00:30:00.000Z");
  });

  it("keeps the same local time on both sides of a DST change", () => {
    const before = zonedInstant("2025-03-29", "08:00", "Europe/London");
    const after = zonedInstant("2025-03-31", "08:00", "Europe/London");
    expect(after.getTime() - before.getTime()).toBe(2 * 86_400_000 - 3_600_000);
  });

  it("finds the latest due occurrence, yesterday's before today's time", () => {
    expect(latestDueOccurrence(new Date("2025-07-01T05:59:00Z"), "08:00", "Europe/Paris").date).toBe("2025-06-30");
    expect(latestDueOccurrence(new Date("2025-07-01T06:00:00Z"), "08:00", "Europe/Paris").date).toBe("2025-07-01");
    expect(localDate(new Date("2025-07-01T23:30:00Z"), "Asia/Tokyo")).toBe("2025-07-02");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
  });
});
