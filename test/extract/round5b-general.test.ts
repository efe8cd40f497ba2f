import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 5b general rules: data lists in other languages, whose data it is, vendors named in other languages, own systems, detection day (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const run = (title: string, body: string) => extractArticle(article(title, body), { now: NOW });

describe("data lists", () => {
  it("French 'il peut s'agir de': name, contact details, member number, status level, message subjects; Miles balances denied", () => {
    const x = run("Air Lune : fuite de données", "Air Lune a confirmé une fuite de données. Il peut s'agir du nom et du prénom, des coordonnées, du numéro Flying Blue et du niveau de statut, ainsi que de l'objet des messages envoyés au service client. Ni les mots de passe ni les soldes de Miles ne figuraient dans les données concernées.");
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "email", "phone", "loyalty_number", "loyalty_tier", "support_case"]));
    expect(x.exposed).not.toContain("password");
    expect(x.notExposed).toEqual(expect.arrayContaining(["password", "loyalty_balance"]));
    expect(x.notExposed).not.toContain("name");
  });

  it("Italian internal customer IDs and purchase information", () => {
    const x = run("Gioielli Orsa, violati i dati", "Gioielli Orsa ha confermato una violazione. I dati coinvolti comprendono nomi, numeri identificativi interni dei clienti e informazioni sugli acquisti effettuati.");
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "other", "purchase_history"]));
  });

  it("German list of whose data: '… von Kunden und Mitarbeitern' adds employee data", () => {
    const x = run("Versicherer Kolbe: Daten veröffentlicht", "Versicherer Kolbe bestätigte den Angriff. Der veröffentlichte Datensatz enthält Namen und Postanschriften von Kunden, Maklern und Mitarbeitern.");
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "postal_address", "employee_data"]));
  });

  it("'no banking or card details' denies both; 'could not be seen' is a negated state", () => {
    const x = run("Farrow Stores breach", "Farrow Stores said member names were stolen, but no banking or card details were taken. Payment details could not be seen in the accounts.");
    expect(x.notExposed).toEqual(expect.arrayContaining(["financial", "payment_card"]));
  });
});

describe("employee data", () => {
  it("data relating to customers and some <Company> employees; employment-related information", () => {
    const a = run("Tellmark Life breach", "Tellmark Life said the stolen records contain data relating to customers, advisers and some Tellmark Life employees.");
    expect(a.exposed).toContain("employee_data");
    const b = run("Grocer Halden breach", "Grocer Halden said the stolen files contained names, health information and employment-related information.");
    expect(b.exposed).toEqual(expect.arrayContaining(["name", "other", "employee_data"]));
  });

  it("staff who were only contacted or targeted are not data taken", () => {
    const x = run("Quillon breach", "Quillon said attackers obtained some contact information from a customer platform it uses, after a phishing campaign aimed at its staff. Names and email addresses were taken.");
    expect(x.exposed).not.toContain("employee_data");
    const y = run("Rental firm Corvan breach", "Corvan said the data taken includes names and information related to workers' compensation claims.");
    expect(y.exposed).not.toContain("employee_data");
  });

  it("a vendor's statement that attacks relied on stolen customer credentials is the method, not a password exposure", () => {
    const x = run("Parts dealer Brennock breach", "Brennock said names and tax IDs were stolen from its cloud database. The provider said the attacks relied on stolen customer credentials.");
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "government_id"]));
    expect(x.exposed).not.toContain("password");
  });
});

describe("vendor and platform", () => {
  it("French 'fourni par Salesforce' and German 'des Anbieters Snowflake' name the vendor", () => {
    const a = run("Air Lune : fuite de données clients", "Air Lune a confirmé une fuite de données. La plateforme en cause serait un outil de gestion de la relation client fourni par Salesforce.");
    expect(a.vendor).toBe("Salesforce");
    const b = run("Modehaus Berger meldet Datenleck", "Unbefugte hatten Zugriff auf eine Cloud-Datenbankplattform des Anbieters Snowflake, die Modehaus Berger nutzt.");
    expect(b.vendor).toBe("Snowflake");
    expect(b.thirdParty).toBe(true);
  });

  it("similar intrusions at a vendor's other customers do not make it this incident's vendor", () => {
    const x = run("Insurer Marlow breach", "Insurer Marlow said a cloud CRM it uses was accessed on July 2. The company did not name the provider. Researchers have tied a series of similar intrusions at Salesforce customers to one group.");
    expect(x.vendor).toBeNull();
  });

  it("a named supplier whose servers were broken into", () => {
    const x = run("Airline Sorano staff data exposed", "Airline Sorano said data on its employees was exposed after hackers broke into the servers of Baltic Catering Services, a supplier that handles its payroll.");
    expect(x.vendor).toBe("Baltic Catering Services");
    expect(x.thirdParty).toBe(true);
  });

  it("systems shut down or restored are a precaution, not the place of the breach; an attack on the victim, a service provider itself, is not third party", () => {
    const a = run("Retailer Pennick hit by cyber incident", "Retailer Pennick said it is investigating a cyber incident. Some services were affected, and corporate systems were shut down as part of the response.");
    expect(a.thirdParty).toBeNull();
    const b = run("Cyberangriff auf Check-in-Dienstleister Avelon", "Ein Cyberangriff auf den Check-in-Dienstleister Avelon hat den Betrieb an mehreren Flughäfen gestört.");
    expect(b.thirdParty).not.toBe(true);
  });
});

describe("detected date", () => {
  it("'discovered it on May 23 and shut off access the following day' keeps May 23", () => {
    const x = run("Parts dealer Brennock breach", "Brennock said an unauthorised party accessed its database between April 2 and May 24, 2024. Brennock said it discovered the activity on May 23, 2024, and shut off the access the following day.");
    expect(x.detected).toBe("2024-05-23");
  });
});
