import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { textSpelling } from "../../src/extract/actor.extractor.js";
import { article } from "./helpers.js";

/** Round 4b general rules: attacker-claimed data in other languages, negated ID numbers, earlier events, actor spelling (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const run = (title: string, body: string) => extractArticle(article(title, body), { now: NOW });
const names = (title: string, body: string) => run(title, body).actors.map((a) => a.name).sort();

describe("data classes the attackers claim, in other languages", () => {
  it("German: a group claims the published records held names, addresses, phones, birth dates and SSNs", () => {
    const x = run("Versicherer Tellmark bestätigt Angriff", "Tellmark bestätigte einen Angriff auf ein Kundensystem. Die Hackergruppe Nachtfalke behauptet, die veröffentlichten Datensätze enthielten Namen, Anschriften, Telefonnummern, Geburtsdaten und Sozialversicherungsnummern.");
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "postal_address", "phone", "date_of_birth", "government_id"]));
  });

  it("Italian: claimed flight histories, call recordings and staff data", () => {
    const x = run("Volare Nord, attacco hacker", "Volare Nord ha subito un attacco informatico. Tra i dati rivendicati dal gruppo figurano lo storico completo dei voli, le registrazioni delle telefonate interne e i dati personali dei dipendenti.");
    expect(x.exposed).toEqual(expect.arrayContaining(["travel_details", "other", "employee_data"]));
  });

  it("Italian: information on thousands of employees and the contents of support tickets", () => {
    const a = run("Aria Blu, rubati dati", "Aria Blu ha confermato un furto di dati: sul server violato erano conservate informazioni su circa 9.000 dipendenti della compagnia, tra cui nomi e ruoli.");
    expect(a.exposed).toContain("employee_data");
    const b = run("Nubis, violazione dei dati", "Nubis ha confermato una violazione. Le informazioni esposte comprendono nomi, qualifiche professionali e i contenuti di alcuni ticket di assistenza.");
    expect(b.exposed).toEqual(expect.arrayContaining(["name", "other", "support_case"]));
  });
});

describe("French spend and programme level; official ID numbers negated", () => {
  it("total amount of purchases, status and level, and 'aucun numéro d'identification officiel'", () => {
    const x = run("Maison Lirac : fuite de données clients", "Maison Lirac a confirmé une fuite. Sont concernés les noms des clients ainsi que le montant total de leurs achats, leur statut et leur niveau dans le programme. Aucun numéro d'identification officiel n'a été dérobé.");
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "purchase_history", "loyalty_tier"]));
    expect(x.notExposed).toContain("government_id");
  });

  it("English: no government-issued identification numbers", () => {
    const x = run("Corvid Stores breach", "Corvid Stores said customer names were stolen. No government-issued identification numbers were involved.");
    expect(x.notExposed).toContain("government_id");
  });

  it("the data described as basic business information: names and contact details", () => {
    const x = run("Pellam data theft", "Pellam said an intruder retrieved records from a sales database. The data was mostly basic business information, such as business names and contact details.");
    expect(x.exposed).toEqual(expect.arrayContaining(["other", "email", "phone"]));
  });

  it("a denial about an earlier incident at the same company does not enter not_exposed", () => {
    const x = run("Marché Vert : fuite de données", "Marché Vert a informé ses clients que leurs noms et adresses e-mail ont été dérobés. Ce n'est pas la première alerte : en 2023, Marché Vert avait déjà signalé une fuite dont les cagnottes n'avaient pas été consultées.");
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "email"]));
    expect(x.notExposed).not.toContain("loyalty_balance");
  });
});

describe("actors: the text's spelling, other languages, speculation", () => {
  it("keeps a spelling variant of a known name, maps true aliases to the canonical name", () => {
    expect(textSpelling("Clop", "Cl0p ransomware")).toBe("Cl0p");
    expect(textSpelling("Clop", "CLOP")).toBe("CLOP");
    expect(textSpelling("Scattered Spider", "UNC3944")).toBe("Scattered Spider");
    expect(names("Ibis Air breach", "Ibis Air said data was stolen. Mandiant tracks the intruders as UNC3944.")).toEqual(["Scattered Spider"]);
  });

  it("Italian 'un gruppo che identifica come' and a vendor 'following the same activity as'", () => {
    expect(names("Brina, dati sottratti", "Brina ha confermato il furto di dati. Il team di intelligence di Google attribuisce la campagna a un gruppo che identifica come UNC6395.")).toEqual(["UNC6395"]);
    expect(names("Delta Nine breach", "Delta Nine said data was taken from its CRM. Cloudflare tracks the actor as GRUB1. Google's threat team follows the same activity as UNC6395.")).toEqual(["GRUB1", "UNC6395"]);
  });

  it("speculation that a group blamed elsewhere could be behind the incident", () => {
    expect(names("Harlow outage", "Harlow said a security incident disrupted its systems. Some researchers have speculated that Scattered Spider, the group blamed for the intrusion at Marks & Spencer, could be behind the incident.")).toEqual(["Scattered Spider"]);
    expect(names("Harlow outage", "Harlow said a security incident disrupted its systems. There is no evidence that Scattered Spider, the group blamed for the intrusion at Marks & Spencer, was behind the incident.")).toEqual([]);
  });

  it("handles after a pseudonym word in French and German quotes", () => {
    expect(names("Fuite chez Telnor", "Telnor confirme une fuite. Sur un forum, un individu se présentant sous le pseudonyme « kraxo » affirme détenir les données.")).toEqual(["kraxo"]);
    expect(names("Datenleck bei Telnor", "Telnor bestätigt ein Datenleck. Auf einem Hackerforum bot ein Akteur mit dem Pseudonym „Vellum\" die Daten an.")).toEqual(["Vellum"]);
  });
});
