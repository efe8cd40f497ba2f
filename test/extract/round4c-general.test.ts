import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 4c general rules: detection dates, third-party platform, vendor as owner of the breached servers, notify verbs (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const run = (title: string, body: string, published: string | null = "2025-07-09") => extractArticle(article(title, body, published), { now: NOW });

describe("detection dates", () => {
  it("'confirmed on <calendar date> that data had been acquired' is the detection day", () => {
    const x = run("Lufthansa notifies customers of stolen data", "In its letter, Lufthansa said it determined on March 3, 2025, that customer files had been copied by an outside party exploiting a flaw in a file-transfer tool.");
    expect(x.detected).toBe("2025-03-03");
  });

  it("'confirmed on Friday that data was stolen' dates the statement, not the detection", () => {
    const x = run("Lufthansa confirms data theft", "Lufthansa confirmed on Friday that data belonging to some customers was stolen from a database.");
    expect(x.detected).toBeNull();
  });

  it("Spanish: 'el <fecha> el proveedor alertó a <víctima>'", () => {
    const x = run("Iberia notifica una filtración", "Iberia ha comenzado a notificar a sus clientes que sus datos personales fueron robados por piratas informáticos. Según la carta, el 12 de abril de 2025 el proveedor alertó a Iberia de un acceso sospechoso a una base de datos de clientes.");
    expect(x.detected).toBe("2025-04-12");
  });

  it("Spanish: telling its own customers is not being alerted", () => {
    const x = run("Iberia notifica una filtración", "El 20 de junio de 2025 Iberia informó a sus clientes de una filtración de datos personales.");
    expect(x.detected).toBeNull();
  });

  it("Italian: flights cancelled after a failure 'questa mattina' resolves against the published day", () => {
    const x = run("Alitalia, voli cancellati dopo un attacco", "Alitalia ha cancellato decine di voli dopo un guasto informatico avvenuto questa mattina; un gruppo di hacker ha rivendicato l'attacco.", "2025-06-14");
    expect(x.detected).toBe("2025-06-14");
  });

  it("a weekday before 'said' dates the notice, not when the vendor raised the alarm", () => {
    const x = run("Lufthansa staff data leaked", "In a message posted to staff on Monday, Lufthansa said its payroll contractor had alerted it to the intrusion.");
    expect(x.detected).toBeNull();
  });
});

describe("third party and vendor", () => {
  it("German: attackers got into a third-party CRM in a sentence naming no organisation", () => {
    const x = run("Lufthansa: Kundendaten gestohlen", "Lufthansa bestätigte den Diebstahl von Kundendaten. Laut dem Unternehmen verschafften sich die Angreifer am 2. Mai Zugang zu einem CRM-System eines Drittanbieters.");
    expect(x.thirdParty).toBe(true);
  });

  it("'its own employee email accounts' is the organisation's own system", () => {
    const x = run("Delta warns of phishing breach", "Delta Air Lines is writing to customers after a phishing attack let an intruder into a few of Delta's own employee email accounts, which held names and addresses.");
    expect(x.thirdParty).toBe(false);
  });

  it("the vendor is the named owner of the breached servers", () => {
    const x = run("Delta staff records exposed", "Delta Air Lines said records of 2,000 employees were exposed after hackers broke into servers belonging to Skyline Catering Group, a former subsidiary.");
    expect(x.vendor).toBe("Skyline Catering Group");
    expect(x.thirdParty).toBe(true);
  });

  it("Italian: an attack hit a named firm described as 'la società che …'", () => {
    const x = run("Alitalia, dati dei dipendenti rubati", "Alitalia ha comunicato che un attacco informatico ha colpito Ponte Servizi, la società che gestisce le buste paga della compagnia.");
    expect(x.vendor).toBe("Ponte Servizi");
  });

  it("a provider named by 'people familiar' in a sentence opening on 'the company'", () => {
    const x = run("Allianz Life says hackers stole customer data", "Allianz Life said hackers gained access to a cloud CRM system. The company did not name the provider, but people familiar with the matter said the data sat in a Salesforce instance.");
    expect(x.vendor).toBe("Salesforce");
  });
});

describe("notify verbs", () => {
  it("'reported the case to' a named agency, and French 'avoir prévenu la CNIL'", () => {
    const a = run("Korean Air staff data leaked", "Korean Air said it had reported the case to the Korea Internet & Security Agency.");
    expect(a.regulators).toContain("KISA");
    const b = run("Air France : fuite de données", "Air France indique avoir prévenu la CNIL de la fuite de données clients.");
    expect(b.regulators).toContain("CNIL");
  });
});
