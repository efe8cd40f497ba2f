import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 7a general rules: breach wording in Spanish/Italian/German, outage denials, descriptors, sector cues, actor names (articles written for these tests). */
describe("breach detection: exposure wording and denials", () => {
  it("a Spanish report of an unprotected server counts as a breach", () => {
    const x = extractArticle(article(
      "Un servidor mal configurado de Tiendas Morvaldo expone datos de clientes",
      `Unos investigadores encontraron un servidor sin protección de Tiendas Morvaldo con millones de registros de clientes.
       Los datos expuestos incluían nombres, correos electrónicos y teléfonos. Tiendas Morvaldo cerró el acceso tras el aviso.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toContain("Tiendas Morvaldo");
  });

  it("an Italian report of other passengers' data visible in an app counts, even during a DDoS", () => {
    const x = extractArticle(article(
      "Volarissa Airlines, durante l'attacco DDoS l'app mostra i dati di altri passeggeri",
      `La compagnia aerea Volarissa Airlines ha chiesto ai clienti di non usare l'app dopo che, durante un attacco DDoS, alcuni utenti hanno visto i dati personali di altri passeggeri.
       Secondo Volarissa Airlines le informazioni visibili comprendevano nome e indirizzo email.`,
    ));
    expect(x.isBreachReport).toBe(true);
  });

  it("an outage said to be 'not a security incident or cyberattack' is not a breach report", () => {
    const x = extractArticle(article(
      "Carriers clear backlog after faulty update at Glintware",
      `Airlines including Skyroute Airlines cancelled hundreds of flights after a faulty update from software firm Glintware crashed check-in computers.
       Glintware said the defect was "not a security incident or cyberattack" and that a fix was out. Skyroute Airlines said data breach fears were unfounded.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("a hardware failure 'and not a cyberattack' is not a breach report", () => {
    const x = extractArticle(article(
      "Skyroute Airlines halts flights after data centre outage",
      `Skyroute Airlines grounded its fleet for two hours on Sunday after a data centre problem took down key systems.
       The airline said the outage was caused by a hardware failure and not by a cyberattack, and that customer data was never at risk of being hacked.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });
});

describe("victims and sector", () => {
  it("a German job description glued before the name is dropped and gives the retail sector", () => {
    const x = extractArticle(article(
      "Offene Datenbank mit Kundendaten bei Voltrex Elektronik entdeckt",
      `Forscher haben eine ungeschützte Datenbank des Elektronikversandhändlers Voltrex Elektronik gefunden, in der Kundendaten offen lagen.
       Gespeichert waren Namen und E-Mail-Adressen. Voltrex Elektronik bestätigte den Datenleck und sperrte den Zugriff.`,
    ));
    expect(x.victims).toEqual(["Voltrex Elektronik"]);
    expect(x.sector).toBe("retail");
  });

  it("a travel technology company running hotel reservations is sector other", () => {
    const x = extractArticle(article(
      "Tarvex confirms card data stolen from hotel reservation platform",
      `Travel technology company Tarvex said hackers stole payment card data from its hotel reservation system used by many hotels.
       Tarvex said guest names were also taken from the reservation platform and several hotel brands are notifying guests.`,
    ));
    expect(x.victims).toEqual(["Tarvex"]);
    expect(x.sector).toBe("other");
  });
});

describe("actors", () => {
  it("Daixin is reported under the name the group uses, Daixin Team", () => {
    const x = extractArticle(article(
      "Skyroute Airlines hit by ransomware",
      `Skyroute Airlines said hackers stole passenger and staff data in a ransomware attack. The Daixin gang claimed responsibility for the attack on Skyroute Airlines.`,
    ));
    expect(x.actors.map((a) => a.name)).toEqual(["Daixin Team"]);
  });
});
