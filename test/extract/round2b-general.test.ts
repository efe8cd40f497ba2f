import { describe, expect, it } from "vitest";
import type { Article } from "../../src/domain/incident.js";
import { clusterIncidents, extractArticle, withIncidentYear } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 2b general rules: incident keys, negation scope, data classes, dates, detection (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const undated = (title: string, body: string): Article => ({ ...article(title, body, null), url: "https://example.test/news/story" });
const batch = (articles: Article[]) => clusterIncidents(articles.map((a) => extractArticle(a, { now: NOW })), articles, NOW);

describe("incident keys: undated articles", () => {
  it("an undated article with no year joins the dated report on the same victim", () => {
    const dated = article("WestJet investigating cyber incident", `WestJet said it detected a cybersecurity incident on June 13 and that some guest data was accessed.`, "2025-06-16");
    const loose = undated("WestJet says guest names were taken", `WestJet told guests that names and email addresses were stolen in the cyberattack it discovered on 13 June.`);
    const { keys, years } = batch([dated, loose]);
    expect(keys[0]).toBe("westjet-2025");
    expect(keys[1]).toBe(keys[0]);
    expect(years[1]).toBe(2025);
  });

  it("a year in the URL is the article's own year, not a guess", () => {
    const a = article("Cathay Pacific breach", `Cathay Pacific said passenger names were accessed in a data breach.`, "2025-03-01");
    const b: Article = { ...undated("Cathay Pacific breach", `Cathay Pacific said passenger names were accessed in a data breach.`), url: "https://example.test/2018/10/cathay-breach" };
    const { keys } = batch([a, b]);
    expect(keys[1]).toBe("cathay-pacific-2018");
    expect(keys[0]).not.toBe(keys[1]);
  });

  it("an undated report of a different kind of event stays apart", () => {
    const dated = article("Harrods data stolen from supplier", `Harrods said customer names were stolen after a breach at a third-party provider.`, "2025-09-28");
    const loose = undated("Harrods restricts internet access", `Harrods said hackers tried to break into its own systems and it restricted internet access at its sites.`);
    const { keys } = batch([dated, loose]);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("moves a guessed year into the incident's year", () => {
    expect(withIncidentYear("2026-06-23", 2025)).toBe("2025-06-23");
    expect(withIncidentYear("2025-02-28", null)).toBe("2025-02-28");
    expect(withIncidentYear("2024-02-29", 2025)).toBe("2024-02-29");
  });
});

const x = (title: string, body: string, published: string | null = "2025-07-09") => extractArticle(article(title, body, published), { now: NOW });

describe("negation scope", () => {
  it("'does not provide … so these were not involved' states non-exposure", () => {
    const r = x("Skylane Travel confirms breach", `Skylane Travel said hackers accessed customer names and email addresses. Skylane does not provide passwords, card information or itineraries to the platform, so these were not involved.`);
    expect(r.exposed).toEqual(expect.arrayContaining(["name", "email"]));
    expect(r.notExposed).toEqual(expect.arrayContaining(["password", "payment_card", "travel_details"]));
  });

  it("the denial may come in the next sentence", () => {
    const r = x("Skylane Travel confirms breach", `Skylane Travel said hackers accessed customer names. The platform does not process payment information or passport numbers. This data was therefore not affected.`);
    expect(r.notExposed).toEqual(expect.arrayContaining(["payment_card", "passport"]));
  });

  it("'no travel or passport details' covers both classes", () => {
    const r = x("Skylane Travel confirms breach", `Skylane Travel said names and phone numbers were stolen but no travel or passport details were taken.`);
    expect(r.notExposed).toEqual(expect.arrayContaining(["travel_details", "passport"]));
  });

  it("a bracketed negation ends at the bracket", () => {
    const r = x("Orlis Bank breach", `Orlis Bank said card numbers (without PINs) and names were stolen in the attack.`);
    expect(r.exposed).toEqual(expect.arrayContaining(["payment_card", "name"]));
    expect(r.notExposed).toEqual(["pin"]);
    const es = x("Tiendas Orlis sufre un ciberataque", `Tiendas Orlis confirmó que los atacantes accedieron al nombre (sin apellidos), el correo electrónico y el teléfono de los clientes.`);
    expect(es.exposed).toEqual(expect.arrayContaining(["name", "email", "phone"]));
    expect(es.notExposed).toEqual([]);
  });

  it("'no autorizado' / 'non autorizzato' is not a negation of the data", () => {
    const es = x("Tiendas Orlis sufre un ciberataque", `Tiendas Orlis detectó un acceso no autorizado y los atacantes robaron nombres y correos electrónicos de clientes.`);
    expect(es.exposed).toEqual(expect.arrayContaining(["name", "email"]));
    expect(es.notExposed).toEqual([]);
  });

  it("government ID negations in French, German and Italian", () => {
    expect(x("Banque Orlis victime d'une cyberattaque", `Banque Orlis a confirmé que les noms ont été dérobés. Les documents d'identité et les permis de conduire ne sont pas concernés.`).notExposed).toContain("government_id");
    expect(x("Orlis Bank meldet Cyberangriff", `Die Orlis Bank bestätigte, dass Namen gestohlen wurden. Reisepässe und Führerscheine seien nicht betroffen.`).notExposed).toEqual(expect.arrayContaining(["passport", "government_id"]));
    expect(x("Banca Orlis, attacco informatico", `Banca Orlis ha confermato che nomi e indirizzi email sono stati sottratti. Non sono stati coinvolti documenti di identità né dati bancari.`).notExposed).toEqual(expect.arrayContaining(["government_id", "financial"]));
  });

  it("a list between dashes takes the polarity around it", () => {
    const r = x("Orlis Air breach", `Orlis Air said card numbers were exposed. Orlis Air says no other personal information - passport details, government IDs or SkyMiles account numbers - was impacted.`);
    expect(r.notExposed).toEqual(expect.arrayContaining(["passport", "government_id", "loyalty_number"]));
  });
});

describe("data classes: spurious and missed", () => {
  it("the attacker's way in is not stolen passwords", () => {
    expect(x("Rivetti Moda, attacco hacker", `Rivetti Moda ha comunicato che gli aggressori sono entrati nei sistemi usando le credenziali di un dipendente e hanno sottratto nomi e dati di vendita dei clienti.`).exposed).toEqual(["name", "purchase_history"]);
    expect(x("Tiendas Orlis sufre un ciberataque", `Los atacantes usaron credenciales robadas para acceder a los sistemas de Tiendas Orlis y se llevaron nombres y correos electrónicos.`).exposed).not.toContain("password");
    expect(x("Orlis Bank breach", `Orlis Bank said an attacker used employee credentials to get into its network and stole customer names.`).exposed).toEqual(["name"]);
  });

  it("customers who made purchases are not purchase history", () => {
    expect(x("Skylane Air breach", `Skylane Air said payment card details of people who made purchases on its website were stolen.`).exposed).toEqual(["payment_card"]);
  });

  it("data from an earlier, separate incident is left out", () => {
    const r = x("Orlis Retail confirms customer data theft", `Orlis Retail said hackers stole customer names and email addresses last month. In a separate incident, employee data including Social Security numbers was stolen from the company's payroll provider.`);
    expect(r.exposed).not.toContain("employee_data");
  });

  it("spend, sales data, customer codes, employees, API tokens and French lists", () => {
    expect(x("Maison Orlis victime d'une cyberattaque", `Maison Orlis a indiqué que les données dérobées comprennent les noms et le montant total dépensé en boutique.`).exposed).toContain("purchase_history");
    expect(x("Maison Orlis breach", `Maison Orlis said names, phone numbers and internal customer codes were exposed.`).exposed).toContain("other");
    expect(x("Orlis Retail breach", `Orlis Retail said the attacker stole data on job applicants and employees, including names and Social Security numbers.`).exposed).toContain("employee_data");
    expect(x("Orlis Software breach", `Orlis Software said the attackers accessed support tickets, some of which contained API tokens that customers had pasted in.`).exposed).toEqual(expect.arrayContaining(["support_case", "password"]));
    expect(x("Air Orlis victime d'une fuite de données", `Air Orlis a confirmé que les données exposées comprennent le nom, le numéro Aéroplan, le passeport et la nationalité des passagers.`).exposed).toEqual(expect.arrayContaining(["name", "loyalty_number", "passport", "other"]));
    expect(x("Orlis Télécom : données dérobées", `Orlis Télécom a confirmé que les informations dérobées comprennent le nom, le numéro de carte SIM et le code PUK des clients.`).exposed).toEqual(["name", "other"]);
  });
});

describe("detected dates", () => {
  it("reads dates in several languages and forms", () => {
    expect(x("Tiendas Orlis sufre un ciberataque", `Tiendas Orlis detectó el 20 de mayo de 2024 un acceso no autorizado a sus sistemas y los atacantes robaron nombres.`).detected).toBe("2024-05-20");
    expect(x("Orlis Retail breach", `Orlis Retail said it discovered the malware on 23 June and that customer names were stolen.`).detected).toBe("2025-06-23");
    expect(x("Orlis Retail breach", `Orlis Retail said customer names were stolen. The retailer was informed on June 2 that its data had been accessed.`).detected).toBe("2025-06-02");
    expect(x("Rivetti Moda, attacco hacker", `Rivetti Moda ha rilevato l'accesso non autorizzato il 28 luglio e gli aggressori hanno sottratto nomi dei clienti.`).detected).toBe("2024-07-28");
  });

  it("'einen Tag später' counts from the date before it", () => {
    expect(x("Orlis Bank meldet Cyberangriff", `Angreifer drangen am 3. März 2025 in das Netz der Orlis Bank ein und stahlen Namen. Die Orlis Bank bemerkte den Angriff einen Tag später.`).detected).toBe("2025-03-04");
  });

  it("a date after 'the company said in a filing' dates the statement, not the detection", () => {
    const r = x("Orlis Foods hit by cyberattack", `Orlis Foods took systems offline after discovering hackers in its network, the company said in a regulatory filing on Monday. Orlis Foods said it identified the unauthorised activity on Thursday. Customer names were stolen.`, "2025-06-11");
    expect(r.detected).toBe("2025-06-05");
  });
});

describe("breach detection: not a report of one organisation's incident", () => {
  it("a vendor's hardening advice is not a breach report", () => {
    expect(x("How Orlis Cloud customers can protect their CRM data from vishing attacks", `In a blog post, Orlis Cloud said attackers are increasingly using voice phishing to trick employees into granting access to connected apps. The company recommended that customers restrict connected app permissions and monitor for unusual data exports. Stolen data has been used for extortion.`).isBreachReport).toBe(false);
  });

  it("insurance market news naming a past victim is not a breach report", () => {
    expect(x("Cyber insurance premiums rise after wave of retail attacks", `Insurers are raising premiums for retailers after a string of costly cyberattacks. The attack on Marks & Spencer earlier this year, in which customer data was stolen, cost the retailer an estimated 300 million pounds. Brokers said demand for cyber cover has surged.`).isBreachReport).toBe(false);
  });

  it("an exploited product bug is an advisory; a named victim's theft through a flaw is a report", () => {
    expect(x("Hackers exploit Orlis FileBridge bug to steal data from hundreds of firms", `Attackers are exploiting a bug in Orlis FileBridge to access files on exposed servers. Orlis released a security update. Researchers said data was stolen from hundreds of organisations using the software.`).isBreachReport).toBe(false);
    expect(x("Hackers exploited flaw to steal Orlis customer data", `Orlis said hackers exploited a flaw in its website and stole customer names and email addresses.`).isBreachReport).toBe(true);
  });

  it("a German DDoS report is an outage, not a breach", () => {
    expect(x("DDoS-Angriff legt Website der Orlis Bank lahm", `Die Website der Orlis Bank war am Donnerstag wegen eines DDoS-Angriffs nicht erreichbar. Es gab keinen Zugriff auf Kundendaten, sagte ein Sprecher der Orlis Bank.`).isBreachReport).toBe(false);
  });
});

describe("data classes: more general rules", () => {
  it("'did not name the attackers' is not a name; gift cards and SIM data are other; 'account data' is not a password", () => {
    expect(x("Orlis Foods breach", `Orlis Foods said hackers stole customer names. The company did not name the attackers and said no names of suppliers were taken.`).notExposed).not.toContain("name");
    expect(x("Orlis Stores breach", `Orlis Stores said the stolen data includes names and gift card numbers.`).exposed).toEqual(["name", "other"]);
    expect(x("Orlis Exchange breach", `Orlis Exchange said the stolen records included names and account data such as balance snapshots.`).exposed).not.toContain("password");
  });

  it("logging in with reused email and password combinations is the way in, not stolen data", () => {
    expect(x("Orlis TV accounts hit by credential stuffing", `Orlis TV said attackers broke into 50,000 accounts by logging in with email and password combinations stolen from other websites.`).exposed).toEqual([]);
  });

  it("a short list answering a data question counts even with a condition in it", () => {
    const r = x("Orlis Air app breach: what you need to know", `Orlis Air locked its app after detecting suspicious log-ins. The airline said the profiles of 20,000 app users may have been accessed in the breach. Orlis Air confirmed the data breach on Friday.\n\nWhat information was in those profiles?\nBasic profile data: name, email address and phone number, plus the loyalty number if one was saved.`);
    expect(r.exposed).toEqual(expect.arrayContaining(["name", "email", "phone"]));
  });

  it("French mail and postal addresses, date and place of birth", () => {
    const r = x("Orlis Télécom : fuite de données", `Orlis Télécom a confirmé que les données dérobées sont les noms, les adresses e-mail et postales, la date et le lieu de naissance des abonnés.`);
    expect(r.exposed).toEqual(expect.arrayContaining(["name", "email", "postal_address", "date_of_birth", "other"]));
  });
});

describe("breach detection: guides", () => {
  it("a piece made mostly of hardening advice is not a breach report", () => {
    const r = x("Orlis Cloud shares advice after voice-phishing campaign", `Orlis Cloud said attackers have been calling help desks to get access to customer environments. Administrators should enforce multi-factor authentication for every user. They should restrict connected app permissions to trusted apps. Orlis Cloud recommends that teams review login logs every week. Companies should apply least privilege to integration users. Staff should be trained to be wary of calls asking for codes. Orlis Cloud said its platform itself was not breached.`);
    expect(r.isBreachReport).toBe(false);
  });
});
