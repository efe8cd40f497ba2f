import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 2 general rules for third party, affected counts and regulators (articles written for these tests). */
describe("third party: own systems and unknown location", () => {
  it("a portal the company runs itself is its own system", () => {
    const x = extractArticle(article(
      "Norvane Computers warns customers after parts portal breach",
      `Norvane Computers has told customers that a parts portal the company runs itself was accessed without authorisation and order records were taken.
       The retailer said names and postal addresses were in the stolen data.`,
    ));
    expect(x.thirdParty).toBe(false);
  });

  it("unusual log-ins on its app put the data on its own app", () => {
    const x = extractArticle(article(
      "Kestrel Airways locks app accounts",
      `Kestrel Airways locked all accounts on its mobile app after spotting unusual login activity over three days.
       The airline said the profiles of 8,000 app users, including names and passport numbers, may have been viewed.`,
    ));
    expect(x.thirdParty).toBe(false);
  });

  it("'its own IT network' is its own system", () => {
    const x = extractArticle(article(
      "Grainfield Foods hit by cyberattack",
      `Grainfield Foods said hackers breached its own IT network last week and that some customer records were stolen.`,
    ));
    expect(x.thirdParty).toBe(false);
  });

  it("an insider with internal access is on the company's own systems", () => {
    const x = extractArticle(article(
      "Banca Orsola, dipendente spiava i conti dei clienti",
      `Banca Orsola ha scoperto che un dipendente ha consultato senza motivo i conti di migliaia di clienti. Si tratta di un caso di accesso interno: i sistemi della banca non sono stati violati da terzi.`,
    ));
    expect(x.thirdParty).toBe(false);
  });

  it("'has not said whether the system is its own or a vendor's' leaves it unknown", () => {
    const x = extractArticle(article(
      "Aerolíneas Cumbre sufre un robo de datos de clientes",
      `Aerolíneas Cumbre confirmó que atacantes accedieron a datos de clientes, incluidos nombres y correos electrónicos. La compañía no ha explicado si el sistema afectado es propio o de un proveedor externo.`,
    ));
    expect(x.thirdParty).toBeNull();
  });

  it("a system run by an outside company that handles its bookings is third party", () => {
    const x = extractArticle(article(
      "Pelican Tours says booking data stolen",
      `Pelican Tours said customer names and booking details were stolen from an outside company that handles its online bookings.`,
    ));
    expect(x.thirdParty).toBe(true);
  });
});

describe("affected counts: base, headcount, bounds, exact figures, formats", () => {
  it("monthly users are the customer base, not the affected count", () => {
    const x = extractArticle(article(
      "Coinvale says support agents leaked customer data",
      `Coinvale said rogue support agents stole customer names and addresses. The exchange, which reports about 4.1 million monthly transacting users, did not say how many were affected.`,
    ));
    expect(x.affectedCount).toBeNull();
  });

  it("'employs about N people' is a headcount", () => {
    const x = extractArticle(article(
      "Harbour Air payroll data stolen",
      `Harbour Air said staff names and bank details were stolen from its payroll provider. The airline employs about 21,000 people; it did not say how many were affected.`,
    ));
    expect(x.affectedCount).toBeNull();
  });

  it("'fewer than N' is a bound, not a count", () => {
    const x = extractArticle(article(
      "Tallow Stores card data exposed",
      `Tallow Stores said card data of customers may have been exposed. It said fewer than 50,000 of its customers used the affected checkout.`,
    ));
    expect(x.affectedCount).toBeNull();
  });

  it("the exact figure in a regulator filing beats the rounded headline", () => {
    const x = extractArticle(article(
      "Brightmart notifies 3.1 million people of data theft",
      `Brightmart has started notifying more than 3.1 million people whose data was stolen. A filing with the Maine attorney general lists 3,114,208 affected individuals.`,
    ));
    expect(x.affectedCount).toBe(3114208);
  });

  it("French subscribers with a comma decimal ('19,2 millions d'abonnés')", () => {
    const x = extractArticle(article(
      "L'opérateur Télé Azur confirme une cyberattaque : les données de 4,6 millions d'abonnés en vente",
      `L'opérateur Télé Azur a confirmé une cyberattaque. Un pirate affirme détenir les informations de 4,6 millions d'abonnés, dont les noms et adresses e-mail.`,
    ));
    expect(x.affectedCount).toBe(4_600_000);
  });
});

describe("regulators: notified and investigating, not background", () => {
  it("Spanish 'comunicó el incidente a' names the DPA and the cyber institute", () => {
    const x = extractArticle(article(
      "Aerolíneas Cumbre sufre un robo de datos",
      `Aerolíneas Cumbre confirmó que atacantes robaron nombres y correos electrónicos de clientes. La empresa comunicó el incidente a la Agencia Española de Protección de Datos (AEPD) y al Instituto Nacional de Ciberseguridad (INCIBE).`,
    ));
    expect(x.regulators.sort()).toEqual(["AEPD", "INCIBE"]);
  });

  it("Italian prosecutor investigating and a French complaint to the prosecutor", () => {
    const it1 = extractArticle(article(
      "Banca Orsola, furto di dati dei clienti",
      `Banca Orsola ha confermato il furto di dati dei clienti, tra cui nomi e IBAN. Sul caso indaga la Procura di Lecce.`,
    ));
    const fr = extractArticle(article(
      "Télé Azur victime d'une fuite de données",
      `Télé Azur confirme une fuite de données de ses abonnés, dont les noms et adresses. L'opérateur a déposé une plainte auprès du procureur de la République.`,
    ));
    expect(it1.regulators).toContain("Procura di Lecce");
    expect(fr.regulators).toContain("procureur de la République");
  });

  it("a bare 'Office of the Privacy Commissioner' is kept; a filing for an earlier breach is not", () => {
    const x = extractArticle(article(
      "Kestrel Airways staff mailboxes phished",
      `Kestrel Airways said attackers phished staff mailboxes and viewed customer names. It said it had notified the Office of the Privacy Commissioner.
       The earlier breach at the airline was reported in a filing with the Maine attorney general last year.`,
    ));
    expect(x.regulators).toEqual(["Privacy Commissioner"]);
  });
});
