import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/**
 * Issue 13, classes 1–4 and 8: breach detection, victim role, incident identity and detection dates. Every article here
 * was written for these tests (invented companies and people); none copies a labelled set.
 */
describe("breach detection: business news about a known victim is not a breach", () => {
  it("a loyalty programme's size, with 'lounge access' and 'including', is no incident", () => {
    const x = extractArticle(article(
      "Harbourline Club passes 90 million members",
      `Harbourline Club, the loyalty programme of the hotel group Harbourline, now has more than 90 million members, the company said with its annual results.
       The programme was relaunched last year with a new app and perks such as lounge access and late checkout.
       Harbourline has also added more resorts that members can book with points, including several properties in Asia.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("results of a group whose brands were once breached are not a breach report", () => {
    const x = extractArticle(article(
      "Vistera Optics sales rise on smart-lens demand",
      `Vistera Optics reported higher full-year revenue on Thursday, helped by demand for its smart lenses.
       The group, which owns brands including Clearpoint and the Optiva store chain, said revenue rose about 5% in 2024.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("a real breach told without the word 'breach' still counts: profiles accessed, data listed", () => {
    const x = extractArticle(article(
      "Corvel Rewards members told their profiles were accessed",
      `Corvel Hotels has emailed members of its Corvel Rewards programme to say that an unauthorised person gained access to some member profiles.
       According to the email, the information involved is limited to names, email addresses and phone numbers.
       Profiles were accessed, but not payment card details, Corvel said.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.victims.join(" ")).toMatch(/Corvel/);
  });
});

describe("breach detection: reports that look like something else", () => {
  it("a denial about the victim's own systems does not deny a breach at its vendor", () => {
    const x = extractArticle(article(
      "Marlow Inns guests caught up in booking platform incident",
      `Marlow Inns has begun notifying guests that their names and payment details may have been viewed by an intruder in a booking platform run by an outside provider.
       Marlow said its own systems were not compromised.
       The provider said an attacker had used a compromised account credential to reach the data.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.thirdParty).toBe(true);
  });

  it("'passwords had not been compromised' denies a data class, not the breach", () => {
    const x = extractArticle(article(
      "Ticketa customers' names exposed in cyber incident",
      `Ticket seller Ticketa has told customers that some of their personal information was exposed in a cyber incident involving a cloud platform.
       Ticketa said account passwords had not been compromised because they are stored in encrypted form.
       The information included names and email addresses.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.notExposed).toContain("password");
  });

  it("a security firm warning that a hacking group is turning to a sector is not that firm's breach", () => {
    const x = extractArticle(article(
      "Sentrix warns ransomware gang behind hotel attacks is turning to shipping firms",
      `The gang blamed for recent attacks on hotel chains has shifted to the shipping industry, according to Sentrix's threat research unit.
       A Sentrix analyst said the company was aware of several intrusions bearing the group's hallmarks and urged shippers to be alert to calls to their help desks.
       Sentrix did not name any of the companies involved.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("Italian: an outage the operator says was not a hacker attack is no breach", () => {
    const x = extractArticle(article(
      "Posta Veloce, terzo giorno di disservizio. L'azienda: «Non è un attacco hacker»",
      `Da tre giorni gli utenti di Posta Veloce non riescono ad accedere alle caselle.
       La società che gestisce il servizio ha escluso un attacco informatico: il blocco è dovuto a un guasto all'infrastruttura di archiviazione.
       «Non c'è stata alcuna violazione e nessun dato è stato sottratto», ribadisce l'azienda.`,
      "2025-03-04",
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("Romanian: a warning about fake e-mails in a utility's name is not its breach", () => {
    const x = extractArticle(article(
      "CERT avertizează: e-mailuri false în numele Lumina Energie",
      `Autoritatea atrage atenția asupra unei campanii de phishing în care atacatorii trimit mesaje care par să provină de la Lumina Energie.
       Lumina Energie a precizat că mesajele nu au fost trimise de companie și că sistemele sale nu au fost compromise.`,
      "2025-02-11",
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("Romanian: a ransomware attack on a named company is a breach report; the gang is not the victim", () => {
    const x = extractArticle(article(
      "Voltaris, lovită de un atac ransomware. Autoritatea: în spatele atacului se află gruparea Akira",
      `Grupul Voltaris a anunțat luni că se confruntă cu un atac cibernetic asupra infrastructurii sale IT.
       Autoritatea națională a precizat că atacul a fost realizat cu ransomware-ul Akira.`,
      "2025-01-14",
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toEqual(["Voltaris"]);
    expect(x.victims).not.toContain("Akira");
  });
});

describe("third_party: the company's own systems", () => {
  it("data copied from its member database is on its own systems", () => {
    const x = extractArticle(article(
      "Silverbay Casinos says hackers copied member data",
      `Silverbay Casinos said hackers had copied its member database, which included names and driver's licence numbers.
       The company said it detected the intrusion on 4 May.`,
    ));
    expect(x.thirdParty).toBe(false);
  });

  it("German: attackers got into its IT systems", () => {
    const x = extractArticle(article(
      "Autovermieter Rentfix meldet Cyberangriff",
      `Der Autovermieter Rentfix ist Opfer eines Cyberangriffs geworden.
       Das Unternehmen bestätigte, dass Angreifer in seine IT-Systeme eingedrungen seien und Kundendaten kopiert hätten.`,
      "2025-05-02",
    ));
    expect(x.thirdParty).toBe(false);
  });

  it("negation in a later clause does not cancel 'the attack on its internal systems'", () => {
    const x = extractArticle(article(
      "Metroline Transit now says customer data was taken",
      `Metroline Transit has admitted that some customer data was accessed during the cyber attack on its internal systems, reversing its earlier position that there was no sign of any customer information being compromised.
       The data included names and email addresses, Metroline Transit said.`,
    ));
    expect(x.thirdParty).toBe(false);
  });

  it("'an attack hit its systems' alone says where the disruption was, not where the data sat", () => {
    const x = extractArticle(article(
      "Retailer Brightwell hit by cyber attack",
      `Brightwell said a cyber attack had hit its systems, disrupting online orders for several days.
       The retailer said some customer data, including names and addresses, was taken.`,
    ));
    expect(x.thirdParty).toBeNull();
  });
});

describe("victim role: which organisation was hit", () => {
  it("brands the victim owns stand for it: the eyewear maker, not its sunglasses brands", () => {
    const x = extractArticle(article(
      "Ray-Ban, Oakley: customer file of Luxottica posted on a hacking forum",
      `A file with the personal details of Luxottica customers, the eyewear maker that owns Ray-Ban, Oakley and Persol, was posted on a hacking forum.
       The file holds names, email addresses and phone numbers, a researcher said.
       Luxottica, part of the EssilorLuxottica group, said the data came from an incident at one of its partners.`,
    ));
    expect(x.victims).toEqual(["Luxottica"]);
    expect(x.victimGroup).toBe("EssilorLuxottica");
  });

  it("the parent speaks, its named subsidiary was hit: the subsidiary is the victim", () => {
    const x = extractArticle(article(
      "Pellham Finance says subsidiary Quotara may have had data stolen",
      `Pellham Finance said on Friday that its comparison subsidiary Quotara may have had data stolen from a cloud account.
       "Our subsidiary, Quotara, may have had data impacted," a Pellham Finance spokesperson said.
       A seller on a hacking forum claims the data taken from Quotara includes names and partial card numbers.`,
    ));
    expect(x.victims).toEqual(["Quotara"]);
    expect(x.victimGroup).toBe("Pellham Finance");
  });

  it("a national unit named with the parent's name is the victim, the parent its group", () => {
    const x = extractArticle(article(
      "Orange confirms breach after hacker leaks Orange Romania data",
      `Orange has confirmed that a hacker breached one of its systems in Romania and stole data on customers and employees.
       The attacker says he had access to Orange Romania's network for a month and stole customer data in three hours.`,
    ));
    expect(x.victims).toEqual(["Orange Romania"]);
    expect(x.victimGroup).toBe("Orange");
  });

  it("a company's former name in an old report is kept as the article gives it", () => {
    const x = extractArticle(article(
      "Dixons Carphone says hackers tried to reach 5.9 million cards",
      `Dixons Carphone said hackers had attempted to access 5.9 million payment cards and 1.2 million personal records held by the company.`,
      "2018-06-13",
    ));
    expect(x.victims).toEqual(["Dixons Carphone"]);
  });

  it("'Dallas-based' is where the company sits, not part of its name", () => {
    const x = extractArticle(article(
      "Hotel chain Verandel hit by cyberattack",
      `Dallas-based Verandel Suites said a cyberattack forced it to take systems offline, and guest data including names and addresses was stolen.
       Verandel Suites said it was working with investigators.`,
    ));
    expect(x.victims).toEqual(["Verandel Suites"]);
  });
});
