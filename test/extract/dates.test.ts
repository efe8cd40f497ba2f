import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { findDates } from "../../src/extract/date.parser.js";
import { article } from "./helpers.js";

describe("dates", () => {
  const ref = { published: "2025-07-09", year: 2025 };
  it("parses absolute dates in five languages", () => {
    const iso = (s: string) => findDates(s, ref)[0]?.iso;
    expect(iso("on june 30")).toBe("2025-06-30");
    expect(iso("on 30 june 2024")).toBe("2024-06-30");
    expect(iso("february 25, 2021")).toBe("2021-02-25");
    expect(iso("am 2. juli")).toBe("2025-07-02");
    expect(iso("il 23 aprile")).toBe("2025-04-23");
    expect(iso("le 3 juillet")).toBe("2025-07-03");
    expect(iso("el 30 de junio de 2025")).toBe("2025-06-30");
    expect(iso("on 25.03.2021")).toBe("2021-03-25");
  });

  it("resolves relative dates against the published date", () => {
    expect(findDates("on monday", ref)[0]?.iso).toBe("2025-07-07");
    expect(findDates("yesterday", ref)[0]?.iso).toBe("2025-07-08");
    expect(findDates("last week", ref)[0]?.iso).toBe("2025-07-02");
  });

  it("moves a day+month after publication into the year before", () => {
    expect(findDates("on 20 december", ref)[0]?.iso).toBe("2024-12-20");
  });

  it("uses the weekday to pick the year when the article has no date", () => {
    expect(findDates("monday, 30 june", { published: null, year: 2026 })[0]?.iso).toBe("2025-06-30");
  });

  it("reads the detection date only from a detection sentence", () => {
    const x = extractArticle(article(
      "Wren Air reports cyber incident",
      `Wren Air said attackers accessed a third-party platform on June 20. The airline detected the intrusion on Monday and notified the OAIC.`,
    ));
    expect(x.detected).toBe("2025-07-07");
    expect(x.regulators).toContain("OAIC");
  });

  it("leaves detected null when only the attack date is stated", () => {
    const x = extractArticle(article("Wren Air cyber incident", `Wren Air said the hack occurred on June 20 and that customer names were stolen.`));
    expect(x.detected).toBeNull();
  });
});
