import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

const sorted = (xs: string[]) => [...xs].sort();

describe("data classes and negation", () => {
  it("puts a negated list into not_exposed and keeps the exposed list apart", () => {
    const x = extractArticle(article(
      "Lumen Airways confirms data breach",
      `Lumen Airways said the stolen data included names, email addresses, phone numbers and frequent flyer numbers.
       No payment card, financial or passport data was kept in that system.`,
    ));
    expect(sorted(x.exposed)).toEqual(sorted(["name", "email", "phone", "loyalty_number"]));
    expect(sorted(x.notExposed)).toEqual(sorted(["payment_card", "financial", "passport"]));
  });

  it("reads 'X and Y were not affected' and 'did not include'", () => {
    const x = extractArticle(article(
      "Corvid Stores says hackers accessed customer records",
      `Corvid Stores said hackers accessed customer records including dates of birth.
       Passwords and bank details were not affected. The breach did not include order history.`,
    ));
    expect(x.exposed).toEqual(["date_of_birth"]);
    expect(sorted(x.notExposed)).toEqual(sorted(["password", "financial", "purchase_history"]));
  });

  it("maps contact details, addresses, loyalty terms and service requests by the labelling rules", () => {
    const x = extractArticle(article(
      "Sable Air customer data exposed",
      `Sable Air said the exposed data consisted of home addresses, contact details, miles balances, tier levels and the subject lines of support emails.
       Unspecified personal information was also accessed.`,
    ));
    expect(sorted(x.exposed)).toEqual(sorted(["email", "phone", "postal_address", "loyalty_tier", "loyalty_balance", "support_case"]));
  });

  it("keeps email addresses apart from postal addresses", () => {
    const x = extractArticle(article("Fjord Outdoor breach", `Fjord Outdoor said email addresses were stolen in the cyber attack.`));
    expect(x.exposed).toEqual(["email"]);
  });

  it("limits 'with no' to the words after it", () => {
    const x = extractArticle(article(
      "Orion Rail hack exposes card data",
      `Orion Rail said 300 card numbers had been accessed in the attack, with no security codes, and that no passwords were taken.`,
    ));
    expect(x.exposed).toContain("payment_card");
    expect(x.notExposed).toEqual(["password"]);
  });

  it("ignores data words in advice", () => {
    const x = extractArticle(article(
      "Marlow Books data breach",
      `Marlow Books said names and email addresses were stolen.
       Customers should change their passwords and watch for emails asking for bank details.`,
    ));
    expect(sorted(x.exposed)).toEqual(["email", "name"]);
    expect(x.notExposed).toEqual([]);
  });

  it("reads German, Italian, French and Spanish negation", () => {
    const de = extractArticle(article("Datenleck bei Hafenhaus", `Hafenhaus meldet einen Cyberangriff. Betroffen sind Namen und E-Mail-Adressen. Keine Bank- oder Kreditkartendaten sind betroffen.`, null));
    expect(sorted(de.exposed)).toEqual(["email", "name"]);
    expect(sorted(de.notExposed)).toEqual(["financial", "payment_card"]);
    const it_ = extractArticle(article("Attacco informatico a Pietrasanta Moda", `Pietrasanta Moda ha confermato un attacco informatico. Sono stati sottratti nomi e numeri di telefono. I dati delle carte di pagamento non sono stati coinvolti.`, null));
    expect(sorted(it_.exposed)).toEqual(["name", "phone"]);
    expect(it_.notExposed).toEqual(["payment_card"]);
    const fr = extractArticle(article("Fuite de données chez Maison Lavande", `Maison Lavande a confirmé une cyberattaque. Les noms et adresses e-mail des clients ont été dérobés. Aucune donnée bancaire n'a été compromise.`, null));
    expect(sorted(fr.exposed)).toEqual(["email", "name"]);
    expect(fr.notExposed).toEqual(["financial"]);
    const es = extractArticle(article("Ciberataque contra Tiendas Aurora", `Tiendas Aurora confirmó un ciberataque. Se robaron nombres y fechas de nacimiento de clientes. Los datos bancarios no se vieron afectados.`, null));
    expect(sorted(es.exposed)).toEqual(["date_of_birth", "name"]);
    expect(es.notExposed).toEqual(["financial"]);
  });

  it("does not read 'not yet known whether' as a statement of non-exposure", () => {
    const x = extractArticle(article(
      "Teal Travel data breach",
      `Teal Travel said names and booking references were stolen. It is not yet known whether passport numbers were taken.`,
    ));
    expect(new Set(x.exposed)).toEqual(new Set(["name", "travel_details"]));
    expect(x.notExposed).toEqual([]);
  });

  it("skips page furniture such as 'Related:' lines", () => {
    const x = extractArticle(article(
      "Quokka Air confirms cyber incident",
      `Quokka Air said customer names and email addresses were stolen.\nRelated: Gannet Airlines hit by cyberattack, passwords leaked`,
    ));
    expect(x.victims).toEqual(["Quokka Air"]);
    expect(x.exposed).not.toContain("password");
  });
});
