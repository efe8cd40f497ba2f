import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Where the data sat: the organisation's own systems (false), a vendor's (true) or unsaid (null). Articles written for these tests. */
describe("third party: the organisation's own systems", () => {
  it("reads 'internal … systems' with words in between as the organisation's own systems", () => {
    const x = extractArticle(article(
      "Northwind Grocers says hackers reached internal systems",
      "Northwind Grocers said it found unauthorised access to certain internal finance and HR business systems on 3 March. Files copied from those systems held names and bank details of current and former employees.",
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.thirdParty).toBe(false);
  });

  it("reads a company network named in Italian and German as its own", () => {
    const it1 = extractArticle(article(
      "Vettore Aereo: attacco informatico alla rete aziendale",
      "La compagnia aerea Vettore Aereo ha confermato che un gruppo di hacker è entrato nella rete aziendale e ha copiato dati personali dei dipendenti.",
    ));
    expect(it1.thirdParty).toBe(false);
    const de = extractArticle(article(
      "Hackerangriff auf Modehaus Berger",
      "Das Modehaus Berger hat bestätigt, dass Angreifer in die internen IT-Systeme eingedrungen sind und Kundendaten kopiert haben.",
    ));
    expect(de.thirdParty).toBe(false);
  });

  it("reads unusual log-in attempts on the company's own app, in French", () => {
    const x = extractArticle(article(
      "Air Boréal : 15 000 comptes de l'application compromis",
      "Air Boréal a bloqué les comptes de son application mobile après avoir détecté des tentatives de connexion inhabituelles visant environ 15 000 clients.",
    ));
    expect(x.thirdParty).toBe(false);
  });

  it("does not take systems shut down as a precaution for the place the data was taken from", () => {
    const x = extractArticle(article(
      "Lakeside Outfitters investigating cyber incident",
      "Lakeside Outfitters said it took down certain corporate systems as a precaution after detecting a cybersecurity incident and hired outside forensic experts. The retailer did not say whether customer data was taken.",
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.thirdParty).toBeNull();
  });
});
