import { describe, expect, it } from "vitest";
import type { Evidence } from "../../src/domain/evidence.js";
import type { Extraction } from "../../src/domain/incident.js";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Stance read from the wording of the sentence that states each value (articles written for these tests, five languages). */
const run = (title: string, body: string, published: string | null = "2025-07-09") => extractArticle(article(title, body, published));
const ev = (x: Extraction, field: string, value?: unknown): Evidence | undefined => x.evidence.find((e) => e.field === field && (value === undefined || e.value === value));
const stanceOf = (x: Extraction, field: string, value?: unknown) => ev(x, field, value)?.stance;

describe("actors: who names the group", () => {
  it("a group the victim itself names is confirmed (role attributed), in English, French and German", () => {
    const en = run("Kestrel Air names hackers", `Kestrel Air said customer names and email addresses were stolen from a third-party platform. Kestrel Air said the intrusion was carried out by ShinyHunters.`);
    expect(stanceOf(en, "actors", "ShinyHunters")).toBe("confirmed");
    expect(en.actors).toEqual([{ name: "ShinyHunters", role: "attributed" }]);
    expect(ev(en, "actors", "ShinyHunters")?.speaker).toBe("Kestrel Air");
    const fr = run("Cyberattaque chez Maison Ormeau", `Maison Ormeau a confirmé le vol des noms et adresses e-mail de ses clients. L'entreprise a indiqué que le groupe ShinyHunters était à l'origine de l'attaque.`);
    expect(stanceOf(fr, "actors", "ShinyHunters")).toBe("confirmed");
    expect(fr.actors[0]?.role).toBe("attributed");
    const de = run("Datenleck bei Lindenhof Reisen", `Lindenhof Reisen bestätigte den Diebstahl von Namen und E-Mail-Adressen. Das Unternehmen teilte mit, hinter dem Angriff stehe die Gruppe ShinyHunters.`);
    expect(stanceOf(de, "actors", "ShinyHunters")).toBe("confirmed");
  });

  it("a group merely linked by the press or researchers is reported (role suspected), in English, Italian and Spanish", () => {
    const en = run("Plover Retail confirms breach", `Plover Retail said names and email addresses were stolen. Security researchers have linked the attack to ShinyHunters.`);
    expect(stanceOf(en, "actors", "ShinyHunters")).toBe("reported");
    expect(en.actors).toEqual([{ name: "ShinyHunters", role: "suspected" }]);
    const it_ = run("Attacco informatico a Vetreria Sole", `Vetreria Sole ha confermato il furto di nomi e indirizzi email dei clienti. Secondo fonti investigative, dietro l'attacco ci sarebbe il gruppo Scattered Spider.`);
    expect(stanceOf(it_, "actors", "Scattered Spider")).toBe("reported");
    const es = run("Ciberataque a Zapaterías Brisa", `Zapaterías Brisa confirmó el robo de nombres y correos electrónicos de clientes. Según medios especializados, el ataque estaría vinculado al grupo ShinyHunters.`);
    expect(stanceOf(es, "actors", "ShinyHunters")).toBe("reported");
  });

  it("a group that claims the attack itself is claimed, not reported, in English, German and French", () => {
    const en = run("Tern Outdoor data stolen", `Tern Outdoor said customer names were stolen. ShinyHunters claimed responsibility on its leak site.`);
    expect(stanceOf(en, "actors", "ShinyHunters")).toBe("claimed");
    expect(en.actors[0]?.role).toBe("claimed");
    const de = run("Cyberangriff auf Mövenpark Moden", `Mövenpark Moden bestätigte einen Cyberangriff, bei dem Namen und Anschriften gestohlen wurden. Die Daten wurden von der Gruppe Qilin auf ihrer Leak-Seite veröffentlicht.`);
    expect(stanceOf(de, "actors", "Qilin")).toBe("claimed");
    const fr = run("Voyages Albatros piraté", `Voyages Albatros a confirmé le vol des noms et adresses de ses clients. Le groupe Qilin a revendiqué l'attaque sur son site.`);
    expect(stanceOf(fr, "actors", "Qilin")).toBe("claimed");
  });
});

describe("counts: confirmed and claimed figures apart, with units", () => {
  it("keeps the victim's people count and the attackers' record claim as two figures; the scalar is the confirmed count", () => {
    const x = run("Heron Air says 5.7 million customers affected", `Heron Air said the personal details of 5.7 million customers were taken from a third-party platform. The hackers claim to hold 6 million records and posted a sample on a leak site.`);
    expect(x.affectedCount).toBe(5_700_000);
    const confirmed = ev(x, "affectedCount", 5_700_000);
    expect(confirmed).toMatchObject({ stance: "confirmed", unit: "people", speaker: "Heron Air" });
    expect(ev(x, "affectedCount", 6_000_000)).toMatchObject({ stance: "claimed", unit: "records" });
  });

  it("an attacker's claim is never the scalar when the victim gives a people count, whatever ranks first", () => {
    const x = run("Hackers claim 40 million records from Egret Outdoor", `A hacking group says it stole 40 million records from Egret Outdoor and offered them for sale on a forum. Egret Outdoor said the data of 1.2 million customers was affected.`);
    expect(ev(x, "affectedCount", 40_000_000)).toMatchObject({ stance: "claimed", unit: "records" });
    expect(ev(x, "affectedCount", 1_200_000)).toMatchObject({ stance: "confirmed", unit: "people" });
    expect(x.affectedCount).toBe(1_200_000);
  });

  it("a third party's estimate is reported; a figure in a regulatory filing is confirmed", () => {
    const x = run("Linnet Air breach", `Linnet Air said names and email addresses were stolen. According to the breach notification service Have I Been Pwned, about 1.1 million people are affected.`);
    expect(ev(x, "affectedCount", 1_100_000)).toMatchObject({ stance: "reported", unit: "people" });
    const y = run("Linnet Air breach", `Linnet Air said names and email addresses were stolen. In a filing with the Maine Attorney General, the company said 64,472 people were affected.`);
    expect(ev(y, "affectedCount", 64_472)).toMatchObject({ stance: "confirmed", unit: "people" });
  });

  it("finds the count a headline gives when the body does not repeat it", () => {
    for (const title of ["6 million affected in Wren Air data breach", "Wren Air breach: 5.7 million exposed", "Wren Air: 5,7 Millionen Betroffene nach Hackerangriff", "Wren Air : 5,7 millions de clients touchés"]) {
      const x = run(title, `Wren Air said an unauthorised party accessed a platform used by its contact centre and stole customer names and email addresses.`);
      expect(x.affectedCount, title).not.toBeNull();
      expect(ev(x, "affectedCount", x.affectedCount)?.unit, title).toBe("people");
    }
  });

  it("counts accounts and records as such", () => {
    const x = run("Pipit Shoes locks 80,000 accounts", `Pipit Shoes said attackers logged into 80,000 customer accounts using passwords stolen elsewhere.`);
    expect(ev(x, "affectedCount", 80_000)?.unit).toBe("accounts");
  });
});

describe("who says a count, in the ways articles attribute it", () => {
  const cases: [string, string, string, string | null][] = [
    ["Datenleck bei Lindenhof Reisen", "Am Montag teilte Lindenhof Reisen mit, dass Namen und Adressen von 40.000 Kunden gestohlen wurden.", "confirmed", "Lindenhof Reisen"],
    ["Heron Air breach", "A spokesperson for Heron Air told Reuters that the names of 40,000 customers were stolen.", "confirmed", "Heron Air"],
    ["Heron Air breach", "Heron Air confirmed to BleepingComputer that the names of 40,000 customers were stolen.", "confirmed", "Heron Air"],
    ["Heron Air breach", "Heron Air's chief executive said the names of 40,000 customers were stolen.", "confirmed", "Heron Air"],
    ["Heron Air breach", "The data, which the hackers say covers 40,000 customers, was posted online. Heron Air confirmed a breach.", "claimed", null],
    ["Fuite chez Maison Ormeau", "Les noms de 40 000 clients ont été dérobés, a précisé Maison Ormeau.", "confirmed", "Maison Ormeau"],
    ["Attacco a Vetreria Sole", "Vetreria Sole ha fatto sapere che sono stati sottratti i dati di 40.000 clienti.", "confirmed", "Vetreria Sole"],
    ["Ciberataque a Tiendas Aurora", "Tiendas Aurora informó de que se robaron los datos de 40.000 clientes.", "confirmed", "Tiendas Aurora"],
    ["Ciberataque a Tiendas Aurora", "Según fuentes del sector, los atacantes robaron los datos de 40.000 clientes de Tiendas Aurora.", "reported", null],
  ];
  for (const [title, body, stance, speaker] of cases) {
    it(`${stance}: ${body.slice(0, 60)}`, () => {
      const x = run(title, body);
      expect(x.affectedCount).toBe(40_000);
      expect(ev(x, "affectedCount", 40_000)).toMatchObject({ stance, speaker, unit: "people" });
    });
  }
});

describe("vendor, vector, sector, dates", () => {
  it("a platform only the press names is reported; one the company names is confirmed", () => {
    const press = run("Gannet Air data breach", `Gannet Air said customer names were stolen from a third-party platform but did not name it. People familiar with the matter said the data was held in a Salesforce instance.`);
    expect(press.vendor).toBe("Salesforce");
    expect(stanceOf(press, "vendor", "Salesforce")).toBe("reported");
    const company = run("Gannet Air data breach", `Gannet Air said customer names were stolen after attackers gained access to its Salesforce instance.`);
    expect(stanceOf(company, "vendor", "Salesforce")).toBe("confirmed");
  });

  it("a warning to customers about phishing emails is not the way in", () => {
    const x = run("Godwit Retail data breach", `Godwit Retail said names and email addresses were stolen from its online store. The company warned customers about phishing emails that might use the stolen data.`);
    expect(x.vector).toBeNull();
    const y = run("Godwit Retail data breach", `Godwit Retail said names and email addresses were stolen after an employee fell for a phishing email.`);
    expect(y.vector).toBe("phishing");
    expect(stanceOf(y, "vector")).toBe("confirmed");
  });

  it("a vector read from a group's usual method, not from this attack, is inferred", () => {
    const x = run("Dunlin Air confirms breach", `Dunlin Air said customer names were stolen from a third-party platform and that the attack was carried out by ShinyHunters. ShinyHunters typically uses voice phishing to get employees to approve a malicious connected app.`);
    expect(stanceOf(x, "vector")).toBe("inferred");
  });

  it("the sector from the gazetteer is inferred; a disclosure date taken from the article's date is inferred", () => {
    const x = run("Qantas confirms data breach", `Qantas said customer names and email addresses were stolen from a third-party platform.`);
    expect(ev(x, "sector")).toMatchObject({ value: "airline", stance: "inferred", speaker: null });
    expect(ev(x, "disclosed")).toMatchObject({ value: "2025-07-09", stance: "inferred" });
  });

  it("what was stated not taken is denied, with who says so, in four languages", () => {
    const en = run("Heron Air breach", `Heron Air said names were stolen. Heron Air said no passwords were taken.`);
    expect(ev(en, "notExposed", "password")).toMatchObject({ stance: "denied", speaker: "Heron Air" });
    const fr = run("Fuite chez Maison Lavande", `Maison Lavande a confirmé le vol des noms. Aucune donnée bancaire n'a été compromise, assure l'entreprise.`);
    expect(stanceOf(fr, "notExposed")).toBe("denied");
    expect(ev(fr, "notExposed")?.speaker).toBe("Maison Lavande");
    const it_ = run("Attacco a Pietrasanta Moda", `Pietrasanta Moda ha confermato il furto di nomi. I dati delle carte di pagamento non sono stati coinvolti, ha precisato l'azienda.`);
    expect(stanceOf(it_, "notExposed", "payment_card")).toBe("denied");
    const es = run("Ciberataque a Tiendas Aurora", `Tiendas Aurora confirmó el robo de nombres. Los datos bancarios no se vieron afectados, según la empresa.`);
    expect(ev(es, "notExposed")).toMatchObject({ stance: "denied", speaker: "Tiendas Aurora" });
  });

  it("data the victim's notification letter lists is confirmed; data only the attackers list is claimed", () => {
    const letter = run("Sanderling Hotels confirms data breach", `Sanderling Hotels said hackers broke into its booking system. According to the notification letter sent to guests, the exposed information included names, postal addresses and dates of birth.`);
    expect(stanceOf(letter, "exposed", "date_of_birth")).toBe("confirmed");
    const claim = run("Sanderling Hotels breach", `Sanderling Hotels confirmed an intrusion. The hackers claim the stolen files contain passport numbers.`);
    expect(stanceOf(claim, "exposed", "passport")).toBe("claimed");
  });

  it("a list item without wording of its own takes the stance of the line that introduces it", () => {
    const x = extractArticle({ url: null, title: "Redshank Air breach", published: "2025-07-09", outlet: null, body: "Redshank Air said the stolen data included:\n- names\n- email addresses\n- frequent flyer numbers" });
    expect(stanceOf(x, "exposed", "email")).toBe("confirmed");
    expect(stanceOf(x, "exposed", "loyalty_number")).toBe("confirmed");
  });

  it("a source named after 'according to' is the speaker", () => {
    const x = run("Curlew Retail breach", `Curlew Retail confirmed a cyberattack. The attackers accessed names and phone numbers, according to Bleeping Computer.`);
    expect(ev(x, "exposed", "phone")).toMatchObject({ stance: "reported", speaker: "Bleeping Computer" });
  });
});
