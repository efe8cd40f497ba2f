import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 6a general rules: detection negatives and follow-ups, actor linking, regulator cues (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const run = (title: string, body: string, published: string | null = "2025-07-09") => extractArticle(article(title, body, published), { now: NOW });

describe("breach detection", () => {
  it("a research report whose headline says breaches doubled is not a breach report (Italian)", () => {
    const x = run("Rapporto Norvexa: raddoppiano le violazioni legate ai fornitori", `Il nuovo studio annuale di Norvexa indica che le violazioni di dati con un fornitore coinvolto sono raddoppiate.
Il rapporto, basato su oltre 9.000 violazioni confermate, segnala che il ransomware resta frequente e che le credenziali rubate sono il vettore principale.
Gli autori consigliano di controllare l'accesso dei fornitori.`);
    expect(x.isBreachReport).toBe(false);
  });

  it("an outage the vendor says was not a cyberattack is not a breach report (Spanish)", () => {
    const x = run("Un fallo de Kelvatec provoca retrasos en varias aerolíneas", `Una actualización defectuosa del proveedor Kelvatec dejó sin servicio los sistemas de facturación de varias aerolíneas este martes.
Los pasajeros tuvieron que facturar a mano en varios aeropuertos.
Kelvatec ha insistido en que no se trata de un ciberataque ni de un incidente de seguridad, sino de un error en una actualización.
La empresa ha publicado instrucciones para revertir el cambio.`);
    expect(x.isBreachReport).toBe(false);
  });

  it("an app glitch the company says is not a cyber security incident is not a breach report", () => {
    const x = run("Skyvolta app glitch shows other travellers' bookings", `Skyvolta customers opening the app on Monday saw strangers' names and bookings, in a glitch the carrier says came from a system change rather than a cyberattack.
Screenshots of other passengers' boarding passes were shared online.
"This is not a cyber security incident," a spokesperson said, and the fault was fixed within hours.`);
    expect(x.isBreachReport).toBe(false);
  });

  it("a follow-up on one named victim's attack stays a report even with an impersonation headline and arrests at the end", () => {
    const x = run("Brindlecart chairman tells MPs hackers used impersonation", `Brindlecart chairman Ada Lowe told a parliamentary committee that the hackers who crippled the retailer's online shop got in by impersonating a contractor.
She said Brindlecart reported the attack to the National Crime Agency within days.
Brindlecart has said customer data taken could include names, email addresses and phone numbers.
Two people were arrested last week in connection with attacks on several retailers.`);
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toEqual(["Brindlecart"]);
    expect(x.actors.map((a) => a.name)).not.toContain("MPs");
    expect(x.regulators).toContain("NCA");
  });
});

describe("actors", () => {
  it("the victim's parent group is not an actor", () => {
    const x = run("Citrelle Belgique : les données de 300.000 clients dérobées lors d'une cyberattaque", `Citrelle Belgique, filiale belge du groupe Citrelle, a révélé qu'une cyberattaque avait permis à des pirates d'accéder aux données de 300.000 clients.
Les noms, numéros de téléphone et adresses e-mail ont été dérobés.`);
    expect(x.isBreachReport).toBe(true);
    expect(x.actors).toEqual([]);
  });

  it("a group linked to 'those attacks' on other retailers is not this victim's actor", () => {
    const x = run("Harlow & Finch becomes latest retailer targeted by hackers", `Harlow & Finch said hackers had tried to get into its systems and that it restricted internet access at its stores.
Harlow & Finch did not say who was behind the attempts.
The news follows attacks on two other retailers. Researchers have linked those attacks to the Scattered Spider collective.`);
    expect(x.isBreachReport).toBe(true);
    expect(x.actors).toEqual([]);
  });

  it("a seller offering the stolen data on a forum is an actor", () => {
    const x = run("Grantley Tools says 900,000 people hit by cloud data theft", `Grantley Tools says personal data of 900,000 people was stolen from its cloud data account.
A seller calling itself Sp1d3r had offered the data on a criminal forum in June.`);
    expect(x.actors.map((a) => a.name)).toContain("Sp1d3r");
  });
});

describe("regulators", () => {
  it("a fine and earlier criticism count as the authority acting on the case", () => {
    const x = run("Pelagic Air fined over passenger data breach", `The UK Information Commissioner's Office has fined Pelagic Air £400,000 for failing to protect the personal data of passengers after hackers stole names and passport numbers.
Hong Kong's Privacy Commissioner for Personal Data had already criticised Pelagic Air over the breach.`);
    expect(x.regulators).toEqual(expect.arrayContaining(["ICO", "PCPD"]));
  });

  it("a fine over an earlier, named breach is not this incident's regulator", () => {
    const x = run("Hotel group Lunaris says guest data stolen", `Lunaris said hackers stole guest names and email addresses this month.
The ICO fined Lunaris in 2021 over the earlier Starhaven breach.`);
    expect(x.regulators).not.toContain("ICO");
  });

  it("Portugal's data protection authority keeps the short name CNPD, and its judicial police is named", () => {
    const x = run("Portuguese airline Atlantara confirms customer data stolen", `Atlantara said attackers copied some customer records, including names and email addresses.
The airline has reported the incident to the Portuguese data protection authority, the CNPD, and to the judicial police.`);
    expect(x.regulators.sort()).toEqual(["CNPD", "Polícia Judiciária"]);
  });
});
