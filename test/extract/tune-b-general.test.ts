import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/**
 * Issue 13, classes 5–7 (what was taken, counts, vendor): general mechanisms, each on an article written for this test.
 * Companies, people and figures are invented.
 */
describe("what was taken: lists and their lead words", () => {
  it("a list after 'consisted of' with an ID number word of another country, and staff data 'also in the files'", () => {
    const x = extractArticle(article(
      "Pelvana says data of 40,000 customers stolen in breach of file-sharing system",
      `Personal information of about 40,000 Pelvana customers was stolen in a cyber attack on a file-sharing system used by the telco, Pelvana said on Monday.
       The stolen information consisted of names, mobile numbers and addresses, as well as NRIC numbers for some customers.
       Information about staff of 12 business customers, mostly contact details, was also in the files.`,
    ));
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "phone", "postal_address", "government_id", "employee_data"]));
  });

  it("a French list going on after 'mais aussi' keeps its polarity; 'informations de paiement' denied", () => {
    const x = extractArticle(article(
      "L'enseigne Brocalis victime d'une fuite de données clients",
      `L'enseigne de bricolage Brocalis a confirmé une fuite de données touchant ses clients.
       Les données exposées comprennent le nom et le prénom, l'adresse postale, mais aussi la date de naissance et le numéro de carte de fidélité.
       Les informations de paiement ne font pas partie des données consultées, selon l'enseigne.`,
    ));
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "postal_address", "date_of_birth", "loyalty_number"]));
    expect(x.notExposed).toContain("payment_card");
    expect(x.exposed).not.toContain("payment_card");
  });

  it("Romanian data list ('conține adresele de e-mail …, contracte, facturi') and a hacker's claim", () => {
    const x = extractArticle(article(
      "Operatorul Velcom România confirmă un atac cibernetic",
      `Operatorul Velcom România a confirmat că a fost ținta unui atac cibernetic, după ce un hacker a publicat pe un forum o arhivă cu date despre clienți.
       Potrivit hackerului, arhiva conține adresele de e-mail a circa 200.000 de clienți, contracte, facturi și datele cardurilor de plată.
       Compania a precizat că parolele nu au fost afectate.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.exposed).toEqual(expect.arrayContaining(["email", "other", "payment_card"]));
    expect(x.notExposed).toContain("password");
    const count = x.evidence.find((e) => e.field === "affectedCount" && e.value === 200000);
    expect(count?.stance).toBe("claimed");
  });

  it("German and Italian lists: usernames, messages with support, 'c'erano' in the vendor's systems", () => {
    const de = extractArticle(article(
      "Plattform Chatlio: Angreifer erbeuten Kundendaten über Dienstleister",
      `Die Plattform Chatlio warnt ihre Nutzer vor einem Datenleck bei einem externen Dienstleister.
       Zu den Daten, auf die die Angreifer Zugriff hatten, zählen Namen, Benutzernamen, IP-Adressen und die Nachrichten, die Nutzer mit dem Support ausgetauscht haben.`,
    ));
    expect(de.exposed).toEqual(expect.arrayContaining(["name", "other", "ip_address", "support_case"]));
    const it_ = extractArticle(article(
      "Chatlio, violati i dati degli utenti presso un fornitore",
      `La piattaforma Chatlio ha confermato un attacco informatico a un fornitore esterno del servizio clienti.
       Nei sistemi del fornitore c'erano nomi utente, indirizzi email e le ultime quattro cifre delle carte di credito.`,
    ));
    expect(it_.exposed).toEqual(expect.arrayContaining(["other", "email", "payment_card"]));
  });
});

describe("what was taken: contrast, exceptions, hedges and descriptions", () => {
  it("'non-financial personal data, such as names' is taken; chip-and-PIN and a 'phone retailer' are no data", () => {
    const x = extractArticle(article(
      "Gadget chain Voltaro says hackers accessed cards and records",
      `Electricals and mobile phone retailer Voltaro said hackers gained access to 2 million payment cards.
       About 90,000 cards that lack chip and PIN protection were compromised, and the data accessed did not include PIN codes, the retailer said.
       Separately, records containing non-financial personal data, such as names, addresses or email addresses, were accessed.`,
    ));
    expect(x.exposed).toEqual(expect.arrayContaining(["payment_card", "name", "postal_address", "email"]));
    expect(x.exposed).not.toContain("phone");
    expect(x.exposed).not.toContain("pin");
    expect(x.notExposed).toContain("pin");
    expect(x.notExposed).not.toContain("name");
    expect(x.notExposed).not.toContain("financial");
  });

  it("the exception to a denial ('beyond conversations with support') is not denied; bullet list after 'may include:'", () => {
    const x = extractArticle(article(
      "Forum app Quillo says support vendor was breached",
      `Quillo said an unauthorized party compromised one of its customer service providers and gained access to information about some users.
       According to Quillo, the information involved may include:
       - names and email addresses;
       - messages exchanged with customer service agents.
       Quillo said passwords were not affected, and that messages on the platform beyond conversations with support were not accessed.`,
    ));
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "email", "support_case"]));
    expect(x.notExposed).toContain("password");
    expect(x.notExposed).not.toContain("support_case");
  });

  it("'no evidence that passwords … had been acquired' is a denial; a legal complaint is no support case", () => {
    const x = extractArticle(article(
      "Casino operator Rondella says hackers stole loyalty data",
      `Casino operator Rondella said hackers stole loyalty programme data, including driver's licence numbers, in a cyberattack last month.
       It said it had no evidence that members' passwords, bank account information or payment card information had been acquired.
       The first complaint was filed a week after Rondella disclosed the breach.`,
    ));
    expect(x.exposed).toContain("government_id");
    expect(x.exposed).not.toContain("loyalty_number");
    expect(x.exposed).not.toContain("support_case");
    expect(x.notExposed).toEqual(expect.arrayContaining(["password", "financial", "payment_card"]));
  });

  it("a password guessed to get in, an alias and a company's name and logo are not data taken", () => {
    const x = extractArticle(article(
      "Researcher finds open backup of airline Skelda's passenger records",
      `A security researcher says he was able to reach a backup of Skelda passenger records after guessing the password to one of the airline's systems.
       The file consisted of the names and phone numbers of passengers.
       A group that uses the name DarkPelican posted Skelda's name and logo on its leak site.`,
    ));
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "phone"]));
    expect(x.exposed).not.toContain("password");
  });
});

describe("counts: stance and units", () => {
  it("a figure in a headline clause after 'confirms … after' is not the company's word; the attacker's claim is claimed", () => {
    const x = extractArticle(article(
      "Optika confirms 2022 data breach after info of 30M customers leaks online",
      `Eyewear maker Optika has confirmed that a database of customer information leaked on a hacking forum was stolen in 2022.
       Optika runs several retail chains.
       The threat actor who posted the database claims that it contains 90 million lines of data covering 30 million unique customers.`,
    ));
    const count = x.evidence.find((e) => e.field === "affectedCount" && e.value === 30000000);
    expect(count?.stance).toBe("claimed");
  });
});

describe("counts: which figure is the count", () => {
  it("a third party's estimate of people beats the attacker's claimed records; both stay with their stance", () => {
    const x = extractArticle(article(
      "Insurer Harlow Life confirms data theft after cyberattack",
      `Insurer Harlow Life said hackers stole customer data from a cloud-based system it uses.
       The extortion group behind the theft published what it said were 3.4 million records taken from Harlow Life.
       A breach notification service that loaded the published data estimates that about 1.3 million people are affected.`,
    ));
    expect(x.affectedCount).toBe(1300000);
    const claimed = x.evidence.find((e) => e.field === "affectedCount" && e.value === 3400000);
    expect(claimed?.stance).toBe("claimed");
  });

  it("a company profile ('present in 40 countries with about 30,000 employees') and a possessive headcount are no counts", () => {
    const x = extractArticle(article(
      "Insurer Vantoria hit by ransomware attack",
      `The insurer Vantoria was hit by a ransomware attack that affected part of its systems in Spain, the company confirmed.
       Vantoria, present in more than 40 countries and with about 30,000 employees, is the country's largest insurer.`,
    ));
    expect(x.affectedCount).toBeNull();
    const y = extractArticle(article(
      "City transport body Metrolane says customer data accessed in cyber attack",
      `Metrolane said customer names and email addresses were accessed in the cyber attack. For around 4,000 customers, bank account numbers may also have been accessed.
       All of Metrolane's roughly 25,000 employees are being asked to collect a new password in person.`,
    ));
    expect(y.affectedCount).toBe(4000);
  });
});

describe("vendor: named later, or only by context", () => {
  it("the provider the lead leaves unnamed is named later ('le fournisseur en question, la société …')", () => {
    const x = extractArticle(article(
      "Le transporteur Aviaro touché par une cyberattaque chez un fournisseur",
      `Le transporteur aérien Aviaro a confirmé qu'une cyberattaque visant un fournisseur externe avait perturbé l'enregistrement de ses passagers et exposé des noms de passagers.
       Le fournisseur en question, la société Gatepoint Systems, offre des solutions d'enregistrement à plusieurs transporteurs.`,
    ));
    expect(x.vendor).toBe("Gatepoint Systems");
    expect(x.thirdParty).toBe(true);
  });

  it("a vendor whose name is an ordinary word counts when the text calls it software or a firm ('flaws in Cleo's … software', 'told by Cleo')", () => {
    const x = extractArticle(article(
      "Snack maker Brunora discloses data breach after Cleo data theft attacks",
      `Snack maker Brunora is notifying employees that their personal data was stolen in attacks that exploited flaws in Cleo's file transfer software.
       The company says it was told by Cleo that an unauthorized actor had accessed the Cleo servers it used to send employee files.`,
    ));
    expect(x.vendor).toBe("Cleo");
    expect(x.thirdParty).toBe(true);
    expect(x.exposed).toContain("employee_data");
  });

  it("a self-hosted product named with a possessive ('su plataforma GitLab') is the victim's own, not a vendor", () => {
    const x = extractArticle(article(
      "Rentavia confirma el robo de datos de clientes",
      `La empresa de alquiler de coches Rentavia confirmó que un atacante entró en su plataforma GitLab y se llevó código fuente y copias de seguridad con nombres y correos electrónicos de clientes.`,
    ));
    expect(x.vendor).toBeNull();
  });
});
