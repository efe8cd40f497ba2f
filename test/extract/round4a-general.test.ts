import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { parseNumbers } from "../../src/extract/count.extractor.js";
import { article } from "./helpers.js";

/** Round 4a general rules: counts, breach detection, vendor vs victim (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const run = (title: string, body: string, published: string | null = "2025-07-09") => extractArticle(article(title, body, published), { now: NOW });

describe("affected counts", () => {
  it("a word that ends in 'rs' before a figure is not a rupee sign (attacker claim of N customers)", () => {
    const x = run("Stagebox confirms theft of ticketing data", `Stagebox said criminals copied data from a cloud database. A hacking crew posted the files online, saying the haul covers 210 million customers and includes names and emails.`);
    expect(x.affectedCount).toBe(210_000_000);
  });

  it("'am'/'a m' is not 'a million' (German 'am Montag')", () => {
    expect(parseNumbers("am montag mussen passagiere warten").length).toBe(0);
    expect(parseNumbers("a million customers")[0]?.value).toBe(1_000_000);
    const x = run("Cyberangriff auf Flughafendienstleister Aerolink", `Die Aerolink GmbH bestätigte einen Cyberangriff auf ihre Systeme. Auch am Montag mussen Passagiere an mehreren Flughäfen mit Wartezeiten rechnen. Ob Daten abgeflossen sind, ist unklar.`);
    expect(x.affectedCount).toBeNull();
  });

  it("Italian staff count with a dot thousands separator and 'mila'", () => {
    const x = run("Aerovia, rubati i dati di circa 12mila dipendenti", `Aerovia ha confermato un attacco informatico a un ex fornitore. Sul server erano conservati i dati di circa 12.000 dipendenti della compagnia, tra cui nomi e coordinate bancarie.`);
    expect(x.affectedCount).toBe(12_000);
    expect(x.victims).toEqual(["Aerovia"]);
  });

  it("German genitive share of the customer base is not the affected count", () => {
    const x = run("Datendiebstahl bei Versicherer Nordpol Leben", `Nordpol Leben hat eingeräumt, dass Unbekannte Daten des Großteils ihrer rund 2,2 Millionen Kunden erbeutet haben. Die Täter veröffentlichten nun Teile davon.`);
    expect(x.affectedCount).toBeNull();
  });

  it("an earlier incident at the same company ('not the first time') does not give the count", () => {
    const x = run("Marcheval alerte ses clients après une cyberattaque", `Marcheval a informé ses clients d'un accès non autorisé à leurs données. Ce n'est pas la première alerte pour l'enseigne : en mars 2022, Marcheval avait déjà signalé le piratage d'environ 300 000 comptes.`, "2025-08-21");
    expect(x.affectedCount).toBeNull();
  });

  it("a count at another retailer claimed by the same hacker is not ours", () => {
    const x = run("Fuite de données chez Electrobel", `Electrobel a confirmé une fuite de données de ses clients. Le même pirate a revendiqué une attaque contre Livrana, dont les données de 900 000 clients auraient été volées.`);
    expect(x.affectedCount).toBeNull();
  });

  it("'one of more than N customers' of a platform and 'carried N passengers' are not counts", () => {
    const a = run("Corvane confirms data theft from cloud platform", `Corvane said an unauthorized party accessed a database on its cloud platform. Corvane is one of more than 120 customers of the platform whose accounts were targeted.`);
    expect(a.affectedCount).toBeNull();
    const b = run("Skyvo hit by cyberattack, flights cancelled", `Skyvo confirmed a cyberattack that stole passenger data. Skyvo carried around 40 million passengers last year.`);
    expect(b.affectedCount).toBeNull();
  });

  it("'put the number of affected people at N' gives the count", () => {
    const x = run("Datenleck bei Helmwerk Versicherung", `Helmwerk Versicherung bestätigte ein Datenleck. Ein Sicherheitsforscher bezifferte die Zahl der betroffenen Personen inzwischen auf rund 1,3 Millionen.`);
    expect(x.affectedCount).toBe(1_300_000);
  });
});

describe("breach detection", () => {
  it("a notice of an older breach whose headline says data was taken", () => {
    const x = run("Fennick & Rowe says shoppers' data, card details taken in 2023 breach", `Fennick & Rowe is notifying about 2.1 million U.S. customers that personal details of theirs may have been compromised in a breach. Card numbers and passwords may have been accessed, the retailer said. Fennick & Rowe has notified law enforcement. Customers are required to reset their passwords.
What you should do
Change your password.
Be wary of emails asking for account details.`);
    expect(x.isBreachReport).toBe(true);
    expect(x.affectedCount).toBe(2_100_000);
  });

  it("a statistics report about breaches is not a breach at its publisher", () => {
    const x = run("Breach study 2025: ransomware in breaches climbs to 40%", `Telvora's annual Breach Investigations Report, based on more than 15,000 security incidents, finds that ransomware appeared in 40% of breaches. Credential abuse was the initial access vector in 20% of breaches.`);
    expect(x.isBreachReport).toBe(false);
  });
});

describe("advisories and hardening guides", () => {
  it("German: a critical hole actively exploited is an advisory, not a breach", () => {
    const x = run("Bramble ERP: Kritische Lücke im Report Designer wird aktiv ausgenutzt", `Angreifer nutzen eine Schwachstelle im Report Designer von Bramble ERP aus, um Webshells hochzuladen. Betroffene Unternehmen sollen das Update sofort einspielen. Bramble ERP hat einen Patch veröffentlicht; Daten einzelner Kunden wurden nach Angaben des Herstellers kompromittiert.`);
    expect(x.isBreachReport).toBe(false);
  });

  it("a guide to locking down a CRM is not a breach at the CRM vendor", () => {
    const x = run("Locking down Salesforce: settings every admin should enable", `Voice phishing crews have tricked help desks into approving malicious connected apps and then stolen data from Salesforce instances. Admins should restrict connected apps, enforce MFA and review login history. Data exported by attackers was later used for extortion.`);
    expect(x.isBreachReport).toBe(false);
  });
});

describe("vendor vs victim", () => {
  it("'the breach did not involve <brand> passwords' does not exclude the brand's owner", () => {
    const x = run("Singapore Airlines: 200,000 KrisFlyer members caught up in SITA breach", `Singapore Airlines said about 200,000 members of its KrisFlyer programme had data exposed through a cyber attack on SITA. One of its partner airlines uses the SITA system where the data was accessed. It added that the breach did not involve KrisFlyer passwords or card details.`, "2021-03-05");
    expect(x.victims).toEqual(["Singapore Airlines"]);
    expect(x.vendor).toBe("SITA");
    expect(x.sector).toBe("airline");
  });
});
