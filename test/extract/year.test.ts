import { describe, expect, it } from "vitest";
import { completeYear, extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** A day and month without a year take the year from the article's date or its own text, never from the clock. */
const body = "Avocet Air said customer names and email addresses were stolen. The airline detected the intrusion on 23 June.";
const at = (iso: string) => ({ now: new Date(`${iso}T12:00:00Z`) });

describe("year of a day and month", () => {
  it("takes the published (or feed) date's year", () => {
    expect(extractArticle(article("Avocet Air breach", body, "2024-07-02"), at("2026-11-20")).detected).toBe("2024-06-23");
  });

  it("takes the year the text names when the article is undated", () => {
    const x = extractArticle(article("Avocet Air breach", `${body} It is the airline's second incident of 2023.`, null), at("2026-11-20"));
    expect(x.detected).toBe("2023-06-23");
  });

  it("with no date and no year anywhere, keeps the day and month year-less whatever the clock says", () => {
    for (const now of ["2025-01-10", "2026-11-20", "2031-03-03"]) {
      const x = extractArticle(article("Avocet Air breach", body, null), at(now));
      expect(x.detected, now).toBeNull();
      expect(x.evidence.some((e) => e.field === "detected")).toBe(false);
      // The date sentence goes on the airline's own statement in the same paragraph: it carries its stance.
      expect(x.yearless?.[0]).toMatchObject({ field: "detected", value: "--06-23", stance: "confirmed" });
      expect(x.yearless?.[0]?.quotes[0]?.text).toBe("The airline detected the intrusion on 23 June.");
    }
  });

  it("completes a year-less date once the incident's year is known, moving its evidence", () => {
    const x = extractArticle(article("Avocet Air breach", body, null), at("2026-11-20"));
    const done = completeYear(x, 2025);
    expect(done.detected).toBe("2025-06-23");
    expect(done.evidence.find((e) => e.field === "detected")).toMatchObject({ value: "2025-06-23", stance: "confirmed" });
    expect(done.yearless).toBeUndefined();
    expect(completeYear(x, null)).toBe(x);
    // 29 February only exists in leap years: it stays year-less rather than becoming another day.
    const leap = extractArticle(article("Avocet Air breach", "Avocet Air said customer names were stolen. The airline detected the intrusion on 29 February.", null), at("2026-11-20"));
    expect(completeYear(leap, 2025).detected).toBeNull();
    expect(completeYear(leap, 2024).detected).toBe("2024-02-29");
  });

  it("a weekday given with the day and month names the year, up to the latest possible date", () => {
    const x = extractArticle(article("Avocet Air breach", "Avocet Air said customer names were stolen. The airline detected the intrusion on Monday, 30 June.", null), at("2026-11-20"));
    expect(x.detected).toBe("2025-06-30");
  });
});
