import { describe, expect, it } from "vitest";
import { assignIncidentKeys, extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/**
 * Issue 13, tuning round C: general mechanisms, each on an article written for this test.
 * Companies, people, places and figures are invented.
 */
const NOW = new Date("2026-06-01T00:00:00Z");

describe("detection: reports worded unlike ours", () => {
  it("card-skimming code on the victim's own checkout page, with no breach word at all", () => {
    const x = extractArticle(article(
      "Harlowe's says card skimming code ran on its checkout page",
      `Harlowe's has told online shoppers that malicious code placed on its website captured payment card details typed on the checkout page.
       The department store said the code ran for nine days before it was removed. Customers who bought items in that period may be affected.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toHaveLength(1);
    expect(x.exposed).toContain("payment_card");
  });

  it("German separable verb ('griffen auf … zu') and compound data words ('Kontaktdaten', 'Telefonnummern')", () => {
    const x = extractArticle(article(
      "Telvario: Unbekannte griffen auf Daten von 200.000 Kunden zu",
      `Beim Netzbetreiber Telvario haben Unbekannte auf die Kontaktdaten von rund 200.000 Kunden zugegriffen, wie das Unternehmen am Dienstag mitteilte.
       Betroffen sind Namen, Adressen und Telefonnummern. Passwörter seien nicht betroffen.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "postal_address", "phone"]));
  });

  it("French open server ('laissées en accès libre', 'serveur non protégé')", () => {
    const x = extractArticle(article(
      "Maison Orvelle : les données de clients laissées en accès libre",
      `Des chercheurs ont découvert un serveur non protégé contenant des informations sur 300 000 clients de la marque Maison Orvelle.
       Les fiches contenaient les noms, les numéros de téléphone et les adresses électroniques. La marque affirme qu'aucune donnée bancaire ne figurait dans la base.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toEqual(["Maison Orvelle"]);
  });

  it("a denial of a systems breach that admits accounts were entered with reused passwords is still a report", () => {
    const x = extractArticle(article(
      "Tiendas Moravia niega un hackeo y atribuye los accesos a contraseñas robadas en otras webs",
      `La cadena Tiendas Moravia ha negado que sus sistemas hayan sido atacados, después de que un vendedor en un foro de hackers pusiera a la venta datos de sus clientes.
       La empresa sostiene que los accesos a cuentas se hicieron con contraseñas robadas en otros servicios, una técnica conocida como credential stuffing.`,
    ));
    expect(x.isBreachReport).toBe(true);
  });
});

describe("detection: pieces that are not breach reports", () => {
  it("an outage the company calls \"not a cybersecurity incident\" (quoted)", () => {
    const x = extractArticle(article(
      "Corvane Air grounds flights after data centre power failure",
      `Corvane Air halted departures for two hours on Sunday after a power failure at one of its data centres knocked out its IT systems.
       The airline said the failure was "not a cybersecurity incident". More than 80 flights were cancelled.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("business news that mentions the company's earlier cyber incident in one sentence", () => {
    const x = extractArticle(article(
      "Velmora cuts outlook as travel retail slump deepens",
      `Velmora cut its annual sales forecast on Wednesday, blaming weak demand at airport duty-free shops, and its shares fell 9%.
       The cosmetics group said sales in Europe grew while Asia declined for a third quarter.
       The company also said the cyber incident it disclosed in the summer had weighed on sales in the previous quarter.
       Analysts said the cut was larger than expected.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("a platform warning its partner hotels about phishing aimed at them", () => {
    const x = extractArticle(article(
      "Staylane warns partner hotels of phishing wave",
      `Staylane has warned its partner hotels about a rise in phishing messages aimed at front-desk staff, which try to steal the hotels' logins to its extranet.
       Staylane said its own systems had not been compromised and advised hotels to turn on two-factor authentication.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });
});

describe("dates: background years are not the incident's year", () => {
  const undated = (title: string, body: string) => ({ ...article(title, body, null), url: "https://example.test/news/story" });
  it("an undated report takes no year from 'active since' or 'dating back to'", () => {
    const x = extractArticle(undated(
      "Orlan Hotels confirms theft of guest data",
      `Orlan Hotels said it discovered on 14 March that attackers had copied guest records dating back to 2016.
       The gang that claimed the attack has been active since at least 2021.`,
    ), { now: NOW });
    expect(x.isBreachReport).toBe(true);
    expect(x.detected).toBeNull();
    expect(x.yearless?.find((e) => e.field === "detected")?.value).toBe("--03-14");
  });

  it("such an undated follow-up joins the dated report of the same incident", () => {
    const first = article(
      "Orlan Hotels confirms theft of guest data",
      `Orlan Hotels said it discovered on 14 March that attackers had copied guest names and email addresses from its reservation system.`,
      "2024-03-20",
    );
    const follow = undated(
      "Orlan Hotels attack: gang publishes stolen guest data",
      `The gang that attacked Orlan Hotels in March has published guest names and email addresses, the hotel group said. The gang emerged in 2022.`,
    );
    const xs = [first, follow].map((a) => extractArticle(a, { now: NOW }));
    const keys = assignIncidentKeys(xs, [first, follow], NOW);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[0]).toMatch(/2024/);
  });
});

describe("vendor: the attackers' general target is not this victim's vendor", () => {
  it("'the group has targeted Salesforce customers' without tying the victim to Salesforce", () => {
    const x = extractArticle(article(
      "Trevane Insurance says hackers stole customer data",
      `Trevane Insurance said hackers stole names and policy numbers of about 300,000 customers after calling its help desk.
       The attack bears the hallmarks of ShinyHunters, which has targeted Salesforce instances at dozens of firms this year.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.vendor).toBeNull();
    expect(x.thirdParty).not.toBe(true);
  });

  it("the same platform tied to the victim ('its Salesforce instance') stays the vendor", () => {
    const x = extractArticle(article(
      "Trevane Insurance says hackers stole customer data from its Salesforce instance",
      `Trevane Insurance said hackers stole names and policy numbers of about 300,000 customers from its Salesforce instance after calling its help desk.`,
    ));
    expect(x.vendor).toBe("Salesforce");
    expect(x.thirdParty).toBe(true);
  });
});

describe("third party: some of the victim's own systems reached", () => {
  it("'gained access to some of its systems' and 'malware on its payment processing servers' are own systems", () => {
    const a = extractArticle(article(
      "Lindqvist Cosmetics says intruder obtained data",
      `Lindqvist Cosmetics said an unauthorised third party had gained access to some of its systems and obtained some data.`,
    ));
    expect(a.thirdParty).toBe(false);
    const b = extractArticle(article(
      "Quickmart says malware captured card data at its stores",
      `Quickmart, the convenience store chain, said on Thursday that malware on its payment processing servers captured card numbers and cardholder names at most of its stores.
       The company said it discovered the malware on 10 December and has notified law enforcement.`,
    ));
    expect(b.thirdParty).toBe(false);
  });

  it("German 'einige seiner Systeme verschlüsselt' and Italian 'i suoi sistemi informatici' are own systems", () => {
    const de = extractArticle(article(
      "Cyberangriff legt Dienste von Vantro lahm",
      `Der Gerätehersteller Vantro ist Opfer eines Cyberangriffs geworden. Angreifer hätten einige seiner Systeme verschlüsselt, teilte das Unternehmen mit.`,
    ));
    expect(de.thirdParty).toBe(false);
    const it_ = extractArticle(article(
      "Attacco ransomware contro la maison Bellari",
      `La maison Bellari ha confermato un attacco ransomware che ha colpito la maggior parte dei suoi sistemi informatici.`,
    ));
    expect(it_.thirdParty).toBe(false);
  });

  it("attempts to get into its systems, or securing its systems afterwards, do not place the data", () => {
    const tried = extractArticle(article(
      "Pemberton's says hackers tried to get in",
      `Pemberton's said it had recently seen attempts to gain unauthorised access to some of its systems and had restricted internet access at its sites.`,
    ));
    expect(tried.thirdParty).toBeNull();
    const fr = extractArticle(article(
      "L'enseigne Darvel victime d'une cyberattaque",
      `L'enseigne Darvel a été victime d'une cyberattaque. Elle affirme avoir renforcé la surveillance de ses systèmes.`,
    ));
    expect(fr.thirdParty).toBeNull();
  });
});

describe("what was taken: what intruders could see, what a file holds, stay and loyalty words", () => {
  it("'the intruders could see names, email addresses and account numbers' after credential stuffing", () => {
    const x = extractArticle(article(
      "Brewline warns rewards members after credential stuffing attack",
      `Brewline has told members of its rewards app that attackers logged in to their accounts with passwords stolen from other sites, a technique known as credential stuffing.
       Once inside, the intruders could see names, email addresses and rewards account numbers.`,
    ));
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "email"]));
  });

  it("'a second file holds the names, postal addresses and phone numbers of 40,000 buyers'", () => {
    const x = extractArticle(article(
      "Coldvault customer data dumped on hacking forum",
      `Customer data of the hardware wallet maker Coldvault, stolen in a breach earlier this year, has been dumped on a hacking forum.
       One file holds about 500,000 email addresses; a second holds the names, postal addresses and phone numbers of 40,000 buyers, the company said.`,
    ));
    expect(x.exposed).toEqual(expect.arrayContaining(["email", "name", "postal_address", "phone"]));
  });

  it("stay and booking words, loyalty points and the German 'sichtbar' list", () => {
    const en = extractArticle(article(
      "Harbourview Hotels says hackers accessed guest records",
      `Harbourview Hotels said hackers accessed guest records at six of its hotels. The records consist of names, email addresses, reservation dates and room numbers.`,
    ));
    expect(en.exposed).toEqual(expect.arrayContaining(["name", "email", "travel_details"]));
    const fr = extractArticle(article(
      "La marque Sorel : un serveur non protégé exposait les fiches clients",
      `Des chercheurs ont découvert un serveur non protégé de la marque de cosmétiques Sorel. Les fiches contenaient les noms, les dates de naissance et genre, ainsi que les points de fidélité accumulés.`,
    ));
    expect(fr.exposed).toEqual(expect.arrayContaining(["name", "date_of_birth", "gender", "loyalty_balance"]));
    const de = extractArticle(article(
      "Datenpanne beim Bonusprogramm Punktwelt: Nutzer sahen fremde Kontodaten",
      `Punktwelt hat eine Datenpanne bestätigt: Mitglieder haben nach dem Einloggen die Kontodaten anderer Teilnehmer gesehen.
       Nach Angaben von Punktwelt waren unter anderem Name, Anschrift und Geburtsdatum sichtbar. Bankdaten seien dagegen nicht einsehbar gewesen.`,
    ));
    expect(de.exposed).toEqual(expect.arrayContaining(["name", "postal_address", "date_of_birth"]));
    expect(de.notExposed).toContain("financial");
  });
});

describe("same victim, a second incident: the earlier incident's dates stay with it", () => {
  const first = article(
    "Cafely warns rewards members after credential stuffing attack",
    `Cafely has told some rewards members that attackers logged in to their accounts with passwords leaked in breaches at other companies.
     The company said its security vendor alerted it on 31 October that third parties had tried to access rewards accounts.`,
    "2024-11-20",
  );
  const second = article(
    "Cafely hit by a second credential stuffing attack",
    `Cafely is again telling rewards members that strangers got into their accounts with passwords stolen from other sites.
     The company says it learned in early February that attackers had logged in to a number of accounts.
     This is a separate attack from the one Cafely disclosed in November, which it said its security vendor spotted on 31 October.`,
    "2025-02-25",
  );

  it("the second report takes no detection date from the sentence about the first attack", () => {
    expect(extractArticle(second).detected).toBeNull();
    expect(extractArticle(first).detected).toBe("2024-10-31");
  });

  it("the two reports get different incident keys", () => {
    const xs = [first, second].map((a) => extractArticle(a));
    const [a, b] = assignIncidentKeys(xs, [first, second]);
    expect(a).not.toBe(b);
  });
});

describe("passwords: how a server was reachable, and credentials from other sites", () => {
  it("'un serveur accessible sans mot de passe' neither exposes nor denies passwords", () => {
    const x = extractArticle(article(
      "Maison Orvelle : les données de clients laissées en accès libre",
      `Des chercheurs ont découvert un serveur non protégé contenant les noms et adresses électroniques de 300 000 clients de la marque Maison Orvelle.
       Le serveur, accessible sans mot de passe, a été fermé après leur signalement.`,
    ));
    expect(x.exposed).toContain("email");
    expect(x.exposed).not.toContain("password");
    expect(x.notExposed).not.toContain("password");
  });

  it("Spanish 'contraseñas filtradas en otros servicios' is the way in, not a password taken from the victim", () => {
    const x = extractArticle(article(
      "Tiendas Moravia atribuye los accesos a contraseñas filtradas en otros servicios",
      `La cadena Tiendas Moravia ha confirmado accesos no autorizados a cuentas de clientes, en los que se vieron nombres y direcciones.
       Según la empresa, los atacantes usaron contraseñas filtradas en otros servicios, una técnica conocida como credential stuffing.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.exposed).not.toContain("password");
  });
});
