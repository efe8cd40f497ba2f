import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** General rules for detection, victims, third party / vendor and affected counts (articles written for these tests). */
describe("breach detection: general negatives and positives", () => {
  it("rejects a company denying it was hacked", () => {
    const x = extractArticle(article(
      "Ravenwood Air says it has not been hacked after forum post",
      `Ravenwood Air said on Monday that its systems have not been breached, after a user on a hacking forum offered what he claimed was a copy of its passenger database.
       The airline said its security team reviewed the sample and found it was assembled from older public leaks. No incident has occurred, a spokesperson said.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("rejects denials in Spanish and French", () => {
    const es = extractArticle(article(
      "Aerolíneas Brisa asegura que no ha sufrido ningún incidente de ciberseguridad",
      `La aerolínea Aerolíneas Brisa afirmó que no ha sufrido ningún incidente y que los datos de sus clientes están a salvo, tras los rumores de un ciberataque publicados en redes sociales.`,
    ));
    const fr = extractArticle(article(
      "Locauto dément tout piratage de ses données clients",
      `Le loueur de voitures Locauto dément avoir été victime d'une cyberattaque, après la publication d'un fichier présenté comme une fuite de données de ses clients.`,
    ));
    expect(es.isBreachReport).toBe(false);
    expect(fr.isBreachReport).toBe(false);
  });

  it("rejects a statistics piece about the cost of breaches", () => {
    const x = extractArticle(article(
      "Cost of a data breach climbs again, annual report finds",
      `The average cost of a data breach rose to a new high this year, according to the annual study of hundreds of organisations.
       Retailers and airlines were among the sectors hit hardest; the 2024 breach at Tern Airlines was cited as an example of a costly incident.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("rejects an agency alert that names past victims in passing", () => {
    const x = extractArticle(article(
      "FBI warns retailers about extortion crew targeting help desks",
      `The FBI issued a flash alert on Thursday describing how an extortion crew calls help desks to reset passwords.
       The crew has been linked to earlier breaches at Marks & Spencer and Co-op, the bureau said. Companies should train staff to verify callers.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("accepts a question-and-answer explainer about one company's breach", () => {
    const x = extractArticle(article(
      "What happened at Quillmark Genetics? Everything you need to know",
      `Quillmark Genetics confirmed last week that hackers stole the profiles of its customers after breaking into accounts.
       What data was taken? The company said names, dates of birth and postal addresses were stolen in the breach.
       Has Quillmark Genetics notified customers? Yes, the company says it has emailed everyone whose data was exposed.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toEqual(["Quillmark Genetics"]);
  });
});

describe("victims: general rules", () => {
  it("maps a loyalty programme and an acronym to the airline", () => {
    const x = extractArticle(article(
      "KrisFlyer members told their data was exposed",
      `SIA said hackers accessed KrisFlyer member names and membership numbers through a breach at a partner system.
       Singapore Airlines said passwords and card details were not affected.`,
    ));
    expect(x.victims).toEqual(["Singapore Airlines"]);
  });

  it("does not read a capitalised ordinary word as an airline acronym", () => {
    const x = extractArticle(article(
      "Furto di dati ai danni di Lumen Moda",
      `Lumen Moda ha confermato un attacco informatico che ha colpito i dati dei clienti. Sia i nomi sia gli indirizzi email sono stati sottratti, ha spiegato l'azienda.`,
    ));
    expect(x.victims).toEqual(["Lumen Moda"]);
  });

  it("lists the customers named as affected in a vendor's breach, and keeps the vendor as the vendor", () => {
    const x = extractArticle(article(
      "SITA breach reaches frequent flyer programmes",
      `SITA said attackers got into servers of its passenger service system and took frequent flyer data.
       Finnair and Lufthansa have told members that their names and tier status were involved.
       SITA said it was working with the airlines.`,
    ));
    expect(new Set(x.victims)).toEqual(new Set(["Finnair", "Lufthansa"]));
    expect(x.vendor).toBe("SITA");
    expect(x.thirdParty).toBe(true);
  });

  it("does not take airports where flights were disrupted as victims", () => {
    const x = extractArticle(article(
      "Cyberattack on check-in supplier disrupts flights at Gatwick and Dublin Airport",
      `A ransomware attack on Collins Aerospace knocked out shared check-in software, causing delays at Gatwick and Dublin Airport.
       Collins Aerospace, a unit of RTX, said it was investigating and had contained the incident.`,
    ));
    expect(x.victims).toEqual(["Collins Aerospace"]);
  });

  it("never takes a banner the text says was not affected", () => {
    const x = extractArticle(article(
      "Ahold Delhaize confirms data stolen in cyberattack",
      `Ahold Delhaize said hackers stole files containing personal data of some US customers and employees.
       The group, which owns Food Lion and Stop & Shop, said Hannaford stores were not affected.`,
    ));
    expect(x.victims).toEqual(["Ahold Delhaize"]);
    expect(x.victims).not.toContain("Hannaford");
  });
});

describe("third party and vendor: general rules", () => {
  it("reads the organisation's own website and app as not third party", () => {
    const x = extractArticle(article(
      "Pellucid Shoes says hackers accessed customer accounts",
      `Pellucid Shoes said attackers broke into customer accounts on its own website and mobile app and viewed saved addresses.`,
    ));
    expect(x.thirdParty).toBe(false);
  });

  it("reads internal systems in French and German as not third party", () => {
    const fr = extractArticle(article(
      "Cyberattaque chez Maison Orvale",
      `Maison Orvale a confirmé une cyberattaque : les pirates ont accédé à ses propres systèmes et ont volé les noms et adresses e-mail de clients.`,
    ));
    const de = extractArticle(article(
      "Hackerangriff auf Modehaus Kellbach",
      `Das Modehaus Kellbach bestätigte einen Hackerangriff. Die Angreifer drangen in das eigene Portal ein und stahlen Kundendaten wie Namen und E-Mail-Adressen.`,
    ));
    expect(fr.thirdParty).toBe(false);
    expect(de.thirdParty).toBe(false);
  });

  it("leaves plain 'its systems', denied third parties and unknown platforms as null", () => {
    const plain = extractArticle(article(
      "Harlow Foods hit by cyber attack",
      `Harlow Foods said a cyber attack disrupted its systems and that customer data was stolen, including names and email addresses.`,
    ));
    const insider = extractArticle(article(
      "Teller Bank says employee leaked customer data",
      `Teller Bank said a former employee copied customer names and account numbers. The bank said its systems were not breached by third parties.`,
    ));
    const unknown = extractArticle(article(
      "Hackers leak Brisa Travel customer records",
      `Hackers published names and passport numbers of Brisa Travel customers. It is unknown whose system the data came from, a third-party provider or the company itself.`,
    ));
    expect(plain.thirdParty).toBeNull();
    expect(insider.thirdParty).toBeNull();
    expect(unknown.thirdParty).toBeNull();
  });

  it("names a vendor written with brackets, one 'reported to be' and a cloud bucket", () => {
    const chat = extractArticle(article(
      "Tern Airlines says card data exposed at chat provider",
      `Tern Airlines said card details of some customers may have been exposed in a breach at [24]7.ai, which runs the chat on its website.`,
    ));
    const snow = extractArticle(article(
      "Harbor Tickets confirms data theft",
      `Harbor Tickets said hackers stole customer names and emails from a cloud database. The provider was widely reported to be Snowflake.`,
    ));
    const bucket = extractArticle(article(
      "Gull Airlines left flight crew files open",
      `Gull Airlines exposed customer names and passport scans in a misconfigured AWS bucket found by researchers.`,
    ));
    expect(chat.vendor).toBe("[24]7.ai");
    expect(chat.thirdParty).toBe(true);
    expect(snow.vendor).toBe("Snowflake");
    expect(bucket.vendor).toBe("Amazon Web Services");
  });

  it("never names the victim as its own vendor", () => {
    const x = extractArticle(article(
      "Workday discloses data breach",
      `Workday said threat actors accessed some business contact information in our third-party CRM platform after a social engineering campaign.`,
    ));
    expect(x.victims).toEqual(["Workday"]);
    expect(x.vendor).toBeNull();
    expect(x.thirdParty).toBe(true);
  });
});

describe("affected count: general rules", () => {
  const count = (title: string, body: string) => extractArticle(article(title, body)).affectedCount;

  it("does not take the customer base when only a share of it was hit", () => {
    expect(count("Finch Insurance says most of its 2.3 million customers hit by data breach",
      `Finch Insurance said hackers stole data of the majority of its 2.3 million customers.`)).toBeNull();
    expect(count("Plover Games breach exposed user emails",
      `Plover Games said fewer than 1% of its 8.1 million users had their email addresses exposed in the breach.`)).toBeNull();
  });

  it("does not take staff headcount", () => {
    expect(count("Wren Retail confirms cyberattack",
      `Wren Retail, which has 45,000 employees, said customer data was stolen in the attack. The number of customers affected is not yet known.`)).toBeNull();
  });

  it("reads written and European numbers, and attacker claims", () => {
    expect(count("Lark Air breach exposed passenger data",
      `Lark Air said the breach affected nearly half a million passengers, whose names were stolen.`)).toBe(500_000);
    expect(count("Furto di dati a Civetta Servizi",
      `Gli hacker affermano di aver sottratto 5,5 milioni di record dai sistemi di Civetta Servizi, che ha confermato l'attacco.`)).toBe(5_500_000);
    expect(count("Datenleck bei Kranich Versand",
      `Kranich Versand bestätigte den Angriff. Betroffen sind 2.242.521 Kunden, rund 2,2 Millionen Datensätze wurden gestohlen.`)).toBe(2_242_521);
  });
});
