import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 5a general rules: detection, victims and groups, counts, actors, regulators (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const run = (title: string, body: string, published: string | null = "2025-07-09") => extractArticle(article(title, body, published), { now: NOW });

describe("breach detection", () => {
  it("a lawsuit piece about one named breach that retells what was taken is a breach report", () => {
    const x = run("Travelino hit with class action after customer data theft", `A class action was filed on Monday against Travelino over the cyberattack the online travel agency disclosed in March.
The plaintiffs say hackers stole names, dates of birth and passport numbers of customers. Travelino had said that payment card data was not accessed.
The breach affected about 400,000 customers, according to the company's notice.
Travelino declined to comment on the lawsuit.`);
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toEqual(["Travelino"]);
  });

  it("a litigation-trend piece stays negative", () => {
    const x = run("Class actions over data breaches are getting faster", `Lawyers say suits now arrive within days of a disclosure. Plaintiffs firms monitor notices filed with state regulators and recruit claimants online. Settlements remain modest.`);
    expect(x.isBreachReport).toBe(false);
  });

  it("a customer how-to is not a report, and imperatives give no organisation names", () => {
    const x = run("Received a breach email from a shop? Four things to do now", `Retailers have sent many breach notices this year.
1. Check the email is real. Do not follow links; open the retailer's app yourself.
2. Change your password and turn on two-step sign-in.
3. Watch your card statements for payments you did not make.
4. Consider a credit freeze if ID numbers were exposed in the breach.`);
    expect(x.isBreachReport).toBe(false);
    expect(x.victims).toEqual([]);
  });
});

describe("victims and groups", () => {
  it("a loyalty programme shared by two airlines is not the victim; its owners are, with their stated group", () => {
    const x = run("Air France and KLM alert Flying Blue members to account takeovers", `Air France and KLM told some Flying Blue members that outsiders signed in to their accounts using passwords leaked elsewhere. The carriers, part of the Air France-KLM group, reset the affected Flying Blue passwords. Flying Blue numbers and Miles balances of the members may have been viewed, the airlines said.`);
    expect(x.victims.sort()).toEqual(["Air France", "KLM"]);
    expect(x.victimGroup).toBe("Air France-KLM");
  });

  it("a breached subsidiary is the victim and its named parent the group", () => {
    const x = run("Orange Belgium confirms theft of customer data", `Orange Belgium, the Belgian arm of the French telecoms group Orange, said hackers accessed a system holding names, phone numbers and SIM card numbers of customers. Passwords were not affected.`);
    expect(x.victims).toEqual(["Orange Belgium"]);
    expect(x.victimGroup).toBe("Orange");
  });

  it("the victim's name shortened after a group word ('filiale del gruppo Telvia') is the parent group", () => {
    const x = run("Telvia Belgio, rubati i dati di migliaia di clienti", `Telvia Belgio ha subito un attacco informatico con furto di dati dei clienti. L'attacco ha colpito un sistema dell'azienda, filiale belga del gruppo francese Telvia. Sono stati sottratti nomi e numeri di telefono.`);
    expect(x.victims).toEqual(["Telvia Belgio"]);
    expect(x.victimGroup).toBe("Telvia");
  });

  it("a nationality adjective before 'owner of' is not a parent group", () => {
    const x = run("Grocer Halvemaan says hackers stole staff data", `Halvemaan, the Swiss-Austrian owner of several supermarket chains, said hackers stole names and bank details of employees in a cyberattack.`);
    expect(x.victimGroup).toBeNull();
  });

  it("'the internal systems of A and B were not touched' does not exclude B as a victim", () => {
    const x = run("Fuite de données chez Air France et KLM", `Air France et KLM préviennent leurs clients qu'un tiers a consulté des données sur une plateforme d'un prestataire. Les systèmes internes d'Air France et de KLM n'ont pas été touchés, selon le groupe. Les noms et adresses e-mail des clients ont été exposés.`);
    expect(x.victims.sort()).toEqual(["Air France", "KLM"]);
  });
});

describe("counts", () => {
  it("French attacker claim in millions of e-mail addresses", () => {
    const x = run("Piratage chez Modeval : des données clients dérobées", `Modeval a confirmé une cyberattaque. Un groupe de pirates affirme avoir volé les données liées à 3,2 millions d'adresses électroniques de clients de Modeval.`);
    expect(x.affectedCount).toBe(3_200_000);
  });

  it("Italian 'the affected customers are about 2.300' with a dot thousands separator", () => {
    const x = run("Lumina conferma un furto di dati dei clienti", `Lumina ha confermato un accesso non autorizzato ai dati dei clienti. Secondo la notifica, i clienti interessati negli Stati Uniti sono circa 2.300.`);
    expect(x.affectedCount).toBe(2_300);
  });

  it("'put the total number of people affected at about 1.2 million'", () => {
    const x = run("Skyward Air says hackers stole passenger data", `Skyward Air confirmed hackers stole passenger names and passport numbers. In a regulatory filing, Skyward Air put the total number of people affected at about 1.2 million.`);
    expect(x.affectedCount).toBe(1_200_000);
  });

  it("German capitalised nouns around a source are not organisations that block the count", () => {
    const x = run("Daten von Versicherer Nordlicht Leben im Netz", `Die Daten aus dem Cyberangriff auf Nordlicht Leben sind im Internet aufgetaucht. Nach Angaben des Dienstes Breachwatch enthält der Datensatz Angaben zu rund 1,3 Millionen Menschen.`);
    expect(x.affectedCount).toBe(1_300_000);
  });
});

describe("actors and regulators", () => {
  it("a sentence saying no group has claimed the attack names no actor", () => {
    const x = run("Cyberangriff auf Flugzeugzulieferer Aerotek", `Ein Cyberangriff hat Systeme des Zulieferers Aerotek lahmgelegt, Daten wurden womöglich gestohlen. Zu dem Angriff hat sich bislang keine Gruppe bekannt.`);
    expect(x.actors).toEqual([]);
  });

  it("Belgian DPA in Italian, PIPC by abbreviation, 'work with the NCA', and a Maine filing in Italian", () => {
    const be = run("Telvia, rubati i dati dei clienti in un attacco informatico", `Telvia ha subito un attacco informatico con furto di dati dei clienti. L'azienda ha informato l'autorità belga per la protezione dei dati (APD).`);
    expect(be.regulators).toContain("APD");
    const kr = run("Seoul Air says employee data stolen", `Seoul Air said hackers stole employee data from a supplier. The supplier reported the incident to the Personal Information Protection Commission (PIPC), the airline said.`);
    expect(kr.regulators).toContain("PIPC");
    const uk = run("Grocer Fenwold confirms cyberattack and data theft", `Fenwold said hackers stole member data. Fenwold said it continues to work with the NCA and the National Cyber Security Centre.`);
    expect(uk.regulators.sort()).toEqual(["NCA", "NCSC"]);
    const me = run("Lumina conferma un furto di dati dei clienti", `Lumina ha confermato un accesso non autorizzato ai dati dei clienti. Nella documentazione depositata presso l'ufficio del procuratore generale del Maine, Lumina indica circa 2.300 clienti coinvolti.`);
    expect(me.regulators).toContain("Maine AG");
  });
});
