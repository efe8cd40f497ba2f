import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 6b general rules: data classes, vendor (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const run = (title: string, body: string, published: string | null = "2025-07-09") => extractArticle(article(title, body, published), { now: NOW });

describe("data classes", () => {
  it("a German adjectival participle ('gestohlenen') is an exposure cue for the list after it", () => {
    const x = run("Versandhaus Nordlicht meldet Datenleck", `Der Versandhändler Nordlicht hat einen Cyberangriff auf sein Kundenportal bestätigt.
Zu den gestohlenen Angaben zählen Namen, Anschriften, Telefonnummern und Geburtsdaten.
Nordlicht hat die Behörden informiert.`);
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "postal_address", "phone", "date_of_birth"]));
  });

  it("credentials the attacker logged in with are not exposed data; order and tracking numbers are", () => {
    const x = run("Onlinehändler Grünwald meldet Datenleck", `Der Onlinehändler Grünwald hat einen Cyberangriff auf sein Kundenportal bestätigt.
Die Angreifer meldeten sich mit erbeuteten Zugangsdaten eines Mitarbeiters an, die bereits abgegriffen worden waren.
Die veröffentlichten Datensätze enthalten Namen, E-Mail-Adressen, Bestellnummern und Sendungsverfolgungsnummern.`);
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "email", "purchase_history", "other"]));
    expect(x.exposed).not.toContain("password");
  });

  it("'not password protected' is a security failing, not a denied password", () => {
    const x = run("Regulator fines Skyline Air over passenger data breach", `The regulator fined Skyline Air after attackers stole names and passport numbers of passengers.
Among the failings it listed were archive files that were not password protected and servers without patches.`);
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "passport"]));
    expect(x.notExposed).not.toContain("password");
  });

  it("Italian total spend and English business names are data classes; a quoted description keeps its cue", () => {
    const it1 = run("Moda Sorrento, furto di dati dei clienti", `Moda Sorrento ha confermato un attacco informatico ai suoi sistemi.
I dati sottratti comprendono nomi, indirizzi email e la spesa totale dei clienti.`);
    expect(it1.exposed).toEqual(expect.arrayContaining(["name", "email", "purchase_history"]));
    const en = run("Adverto says hackers took data on small-business prospects", `Adverto said attackers accessed a sales database it uses.
The company said the information was "basic business information, such as business names and contact details."`);
    expect(en.exposed).toContain("other");
  });
});

describe("vendor", () => {
  it("a system operated by a named service provider ('vom Dienstleister X betrieben') names the vendor", () => {
    const x = run("Elektrohaus Brandt: Daten aus Kundenservice veröffentlicht", `Ein Hacker hat Datensätze aus dem Kundenservice von Elektrohaus Brandt veröffentlicht.
Die Daten stammen aus einem Ticketsystem, das vom Dienstleister Quorvia betrieben wird.
Die Datensätze enthalten Namen und E-Mail-Adressen.`);
    expect(x.vendor).toBe("Quorvia");
    expect(x.thirdParty).toBe(true);
  });

  it("'operated by the provider X' in English", () => {
    const x = run("Harbor Grocers customer data stolen", `Harbor Grocers said hackers stole names and email addresses of customers from a loyalty database operated by the provider Tessaly.`);
    expect(x.vendor).toBe("Tessaly");
  });
});
