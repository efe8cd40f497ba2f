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

describe("authorities working on the case", () => {
  it("Italian 'sul caso lavorano …' and Spanish 'colabora con …' name authorities on the case", () => {
    const it_ = extractArticle(article(
      "Attacco informatico a Treni Aurora",
      "Treni Aurora ha confermato il furto dei dati di alcuni clienti. Sul caso lavorano la Polizia Postale e l'Agenzia per la Cybersicurezza Nazionale.",
      "2025-03-02",
    ));
    expect(it_.regulators).toEqual(expect.arrayContaining(["Polizia Postale", "ACN"]));
    const es = extractArticle(article(
      "Ciberataque contra Aeropuertos del Sur",
      "Aeropuertos del Sur confirmó el robo de datos de pasajeros. La empresa añadió que colabora con el Centro Nacional de Ciberseguridad (CNCS).",
      "2025-03-02",
    ));
    expect(es.regulators).toContain("CNCS");
  });
});
