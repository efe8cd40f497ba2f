import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Regulators named by their full name with inflected words are recognised in extraction, with their evidence (articles written for this test). */
describe("regulators named with inflected words", () => {
  it("German: 'das Bayerische Landesamt für Datenschutzaufsicht informiert' is BayLDA, quoted, confirmed by the victim", () => {
    const x = extractArticle(article(
      "Hackerangriff auf Reisebüro Falkner",
      "Das Reisebüro Falkner hat nach einem Hackerangriff das Bayerische Landesamt für Datenschutzaufsicht informiert. Betroffen seien Namen und E-Mail-Adressen von Kunden.",
      "2025-03-02",
    ));
    expect(x.regulators).toContain("BayLDA");
    const e = x.evidence.find((v) => v.field === "regulators" && v.value === "BayLDA");
    expect(e?.stance).toBe("confirmed");
    expect(e?.quotes[0]?.text).toMatch(/Bayerische Landesamt für Datenschutzaufsicht informiert/);
    const q = e!.quotes[0]!;
    expect(x.text.slice(q.start, q.end)).toBe(q.text);
  });

  it("a full name in a sentence that notifies no one is not a regulator told", () => {
    const x = extractArticle(article(
      "Hackerangriff auf Reisebüro Falkner",
      "Das Reisebüro Falkner meldet einen Hackerangriff auf seine Buchungsdaten. Das Bayerische Landesamt für Datenschutzaufsicht hat seinen Sitz in Ansbach.",
      "2025-03-02",
    ));
    expect(x.regulators).not.toContain("BayLDA");
  });
});
