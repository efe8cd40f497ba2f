import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 3 general rules: vendors, third party, detection dates, regulators (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const run = (title: string, body: string, published: string | null = "2025-07-09") => extractArticle(article(title, body, published), { now: NOW });

describe("vendors named in other languages, by the press or with unknown names", () => {
  it("Spanish: the database was hosted on a named cloud vendor", () => {
    const x = run("Orbitix confirma un acceso no autorizado", `Orbitix confirmó que un tercero accedió a datos de sus clientes. Según varias fuentes, la base de datos estaba alojada en Snowflake, que niega haber sido vulnerada. Se robaron nombres y correos electrónicos.`);
    expect(x.vendor).toBe("Snowflake");
    expect(x.thirdParty).toBe(true);
  });

  it("an appositive after 'provider' and a '<Vendor>-linked attack' headline", () => {
    const x = run("Brightmart confirms data theft in Snowflake-linked attack", `Retailer Brightmart said customer names were taken from a cloud data platform operated by an outside provider, Snowflake.`);
    expect(x.vendor).toBe("Snowflake");
  });

  it("the press tied this breach to a vendor campaign before listing other victims", () => {
    const x = run("Hollis Mutual says 900,000 people hit by vendor breach", `Hollis Mutual said customer names and phone numbers were stolen from a database run by one of its vendors. Hollis Mutual did not name the vendor. Reporting by industry press tied the breach to the string of Salesforce data thefts, which has hit companies including Qantas and Adidas.`);
    expect(x.vendor).toBe("Salesforce");
  });

  it("Italian: records taken from the company's Salesforce instance", () => {
    const x = run("Veloria, violati i dati dei clienti", `Veloria ha confermato un accesso non autorizzato ai dati dei clienti. Il gruppo criminale ShinyHunters afferma di aver sottratto due milioni di record dall'istanza Salesforce dell'azienda.`);
    expect(x.vendor).toBe("Salesforce");
  });

  it("a provider the gazetteer does not know, named right after 'external supplier'", () => {
    const x = run("Gridline Tickets warns customers of card theft", `Gridline Tickets said payment details may have been stolen after malicious code was found in a chat widget hosted by an external supplier, Chatnova Labs. Names and email addresses were also exposed.`);
    expect(x.vendor).toBe("Chatnova Labs");
    expect(x.thirdParty).toBe(true);
  });

  it("knows the chatbot vendor Inbenta", () => {
    const x = run("Ticketing firm hit through chatbot supplier", `Ticketing firm Stagepass said card data was stolen through malicious code in a support product supplied by Inbenta Technologies.`);
    expect(x.vendor).toBe("Inbenta Technologies");
  });
});

describe("own systems", () => {
  it("'its internal information systems' counts even when the sentence also mentions a password change", () => {
    const x = run("Air Kestrel confirms cyber attack", `Air Kestrel confirmed it was the target of a cyber attack on its internal information systems in early July, after staff were asked to change their passwords. Employee data may have been exposed.`);
    expect(x.thirdParty).toBe(false);
  });

  it("German: screenshots from internal systems (dative plural)", () => {
    const x = run("Autobauer Nordwerk bestätigt Datenabfluss", `Der Autobauer Nordwerk hat bestätigt, dass bei dem Cyberangriff Daten abgeflossen sind. Eine Hackergruppe veröffentlichte Screenshots aus internen Systemen von Nordwerk.`);
    expect(x.thirdParty).toBe(false);
  });

  it("'The owner of <brands> said it detected…': the listed brands are the victim's own", () => {
    const x = run("Grocer Vandermeer says 1.2 million people affected", `Supermarket group Vandermeer said 1,200,000 people had data stolen. The owner of Fresh Lane, Corner Basket and Millbrook Foods said it detected the incident on November 6, 2024, when it found unauthorized access to certain internal business systems.`, "2025-06-27");
    expect(x.detected).toBe("2024-11-06");
    expect(x.thirdParty).toBe(false);
  });
});

describe("detection dates", () => {
  it("a vendor told the victim of the compromise on a day", () => {
    const x = run("Netlyte confirms support data theft", `Netlyte said attackers stole support case text from the Salesforce tenant it uses. Salesloft notified Netlyte of the compromise on August 23.`, "2025-09-03");
    expect(x.detected).toBe("2025-08-23");
  });

  it("'notified customers of the breach on …' is not a detection date", () => {
    const x = run("Pellmart warns shoppers", `Pellmart said names and email addresses were stolen in a data breach. The retailer notified customers of the breach on August 28.`, "2025-09-03");
    expect(x.detected).toBeNull();
  });

  it("day-first English: discovered the malware on 23 June", () => {
    const x = run("Stagepass finds malware", `Stagepass said it discovered the malware on 23 June and disabled the product. Payment details of customers may have been stolen.`, "2018-06-28");
    expect(x.detected).toBe("2018-06-23");
  });

  it("Italian: a disruptive attack suffered on a given day", () => {
    const x = run("Volaria, attacco hacker paralizza i sistemi", `La compagnia aerea Volaria ha subito il 28 luglio un guasto dei sistemi informatici che ha costretto alla cancellazione di molti voli. Due gruppi di hacker hanno rivendicato l'attacco e affermano di aver copiato i dati dei dipendenti.`, "2025-07-29");
    expect(x.detected).toBe("2025-07-28");
  });

  it("a weekday: flights cancelled on Monday after a cyberattack", () => {
    const x = run("Skyrail cancels flights after hackers claim cyberattack", `Skyrail cancelled dozens of flights on Monday after a failure in its IT systems, shortly after hackers said they had carried out a cyberattack and stolen employee data.`, "2025-07-30");
    expect(x.detected).toBe("2025-07-28");
  });
});

describe("regulators in other languages", () => {
  it("Spanish: a document sent to the US securities commission", () => {
    const x = run("Orbitix confirma un acceso no autorizado", `Orbitix ha reconocido en un documento remitido a la Comisión de Bolsa y Valores de EE. UU. (SEC) que detectó actividad no autorizada y que se robaron datos de clientes.`);
    expect(x.regulators).toContain("SEC");
  });

  it("German: a mandatory notice to the US stock-market regulator", () => {
    const x = run("Hackerangriff: Aerolink bestätigt Diebstahl von Kundendaten", `Der Flugtechnik-Anbieter Aerolink hat einen Hackerangriff bestätigt, bei dem Namen und E-Mail-Adressen von Kunden gestohlen wurden. Aerolink teilte in einer Pflichtmitteilung an die US-Börsenaufsicht SEC mit, dass Ransomware auf Systemen entdeckt wurde.`);
    expect(x.regulators).toContain("SEC");
  });

  it("German: a British DPA named generically is not Austria's DSB", () => {
    const x = run("Cyberangriff: Nordwerk bestätigt Diebstahl von Kundendaten", `Der Autobauer Nordwerk hat bestätigt, dass bei dem Cyberangriff Namen und Adressen von Kunden gestohlen wurden. Man habe die britische Datenschutzbehörde ICO informiert.`);
    expect(x.regulators).toContain("ICO");
    expect(x.regulators).not.toContain("DSB");
  });

  it("French: Canada's privacy commissioner under its French name; 'L'enseigne' is not another company", () => {
    const a = run("Air Boréal : des données de clients volées lors d'une cyberattaque", `La compagnie aérienne Air Boréal indique que des pirates ont volé les noms et numéros de téléphone de clients. La compagnie dit avoir avisé le Commissariat à la protection de la vie privée du Canada.`);
    expect(a.regulators).toContain("OPC");
    const b = run("Electroplus confirme une fuite de données clients après une cyberattaque", `L'enseigne Electroplus a confirmé que des pirates ont volé les noms et adresses e-mail de ses clients. L'enseigne indique avoir déposé plainte et notifié la CNIL.`);
    expect(b.regulators).toContain("CNIL");
  });

  it("a prosecutor general who opened a criminal case", () => {
    const x = run("Volaria cancels flights after cyberattack", `Volaria said hackers stole employee data in a cyberattack. Russia's Prosecutor General's Office said it had opened a criminal case into unlawful access to computer information.`);
    expect(x.regulators).toContain("Prosecutor General's Office");
  });
});
