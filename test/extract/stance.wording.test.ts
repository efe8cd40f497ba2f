import { describe, expect, it } from "vitest";
import type { Evidence } from "../../src/domain/evidence.js";
import type { Extraction } from "../../src/domain/incident.js";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/**
 * Who says it, read from sentence structure: appositions, relative clauses, the vendor speaking of its own breach,
 * paragraphs that go on in reported speech, authorities' decisions, free dumps against sales. Articles written for
 * these tests; invented companies.
 */
const run = (title: string, body: string, published: string | null = "2025-05-14") => extractArticle(article(title, body, published));
const ev = (x: Extraction, field: string, value?: unknown): Evidence | undefined => x.evidence.find((e) => e.field === field && (value === undefined || e.value === value));

describe("the speaker behind an apposition or a relative clause", () => {
  it("the name before an apposition speaks, not the parent company inside it", () => {
    const x = run(
      "Larkspur Inns says guest data may have been stolen",
      "Larkspur Inns, the hotel unit of Brambleford Holdings, said on Tuesday that details of about 48,000 guests may have been stolen after a booking provider was hacked.",
    );
    expect(ev(x, "affectedCount", 48_000)).toMatchObject({ stance: "confirmed", speaker: "Larkspur Inns" });
  });

  it("a security firm described as 'the incident response firm' is a third party, not the victim", () => {
    const x = run(
      "Quillon Freight confirms data theft",
      "Quillon Freight said names and addresses of drivers were stolen from a file-sharing appliance. Tessellate, the incident response firm hired by the appliance maker, has linked the attacks to a financially motivated group it tracks as FIN11.",
    );
    expect(ev(x, "actors", "FIN11")?.stance).toBe("reported");
  });

  it("a group the victim names in a relative clause is confirmed, in Spanish and English", () => {
    const es = run(
      "Ciberataque contra Puerto de Valdemora",
      "El Puerto de Valdemora confirmó el robo de nombres y direcciones de unas 12.000 personas. El ataque comenzó en marzo y lo reivindicó el grupo Rhysida, que el propio Puerto identificó en abril como responsable.",
    );
    expect(ev(es, "actors", "Rhysida")?.stance).toBe("confirmed");
    const en = run(
      "Harrow Ferries notifies passengers of data theft",
      "Harrow Ferries said names and phone numbers of passengers were stolen in March. The attack was carried out by Rhysida, which the company later identified as the group responsible.",
    );
    expect(ev(en, "actors", "Rhysida")?.stance).toBe("confirmed");
  });

  it("what a group posts about other firms in a relative clause is background, not its claim to this attack", () => {
    const x = run(
      "Mapleton Mutual says member data taken through vendor tool",
      "Mapleton Mutual said the data of 300,000 members was stolen through a vendor's file-transfer tool. The tool has been exploited by the Clop ransomware group, which has listed dozens of organisations on its leak site since May.",
    );
    expect(ev(x, "actors", "Clop")?.stance).toBe("reported");
  });

  it("a state group a security firm says the attack resembles is reported", () => {
    const x = run(
      "Plover Airport resets staff passwords after website hack",
      "Plover Airport said attackers planted code on two staff websites to steal login details. Security company Fennel later said the technique resembled the work of a Russian state-linked group it tracks as Energetic Bear.",
    );
    expect(x.actors.map((a) => a.name)).toContain("Energetic Bear");
    expect(ev(x, "actors", "Energetic Bear")?.stance).toBe("reported");
  });

  it("a member of the group speaking for it makes the group's claim", () => {
    const x = run(
      "Hacker says he stole Corvid Telecom customer files",
      "Corvid Telecom is investigating a data breach. The threat actor, who uses the handle Wren and is part of the HellCat ransomware group, says he copied customer files over three hours.",
    );
    expect(ev(x, "actors", "HellCat")?.stance).toBe("claimed");
  });
});

describe("the vendor's own word", () => {
  const story = (vendorLine: string) =>
    run(
      "Saltmarsh Hotels warns guests about data theft",
      `Saltmarsh Hotels said names and email addresses of guests were stolen from a customer platform run by an outside company.\n\nThe breached platform was a Salesforce instance, according to people familiar with the matter. ${vendorLine}`,
    );

  it("a vendor speaking of the compromise of its platform confirms it; speaking of anything else, it does not", () => {
    const told = story("Salesforce said the intruder had tricked staff into authorising a malicious app.");
    expect(told.vendor).toBe("Salesforce");
    expect(ev(told, "vendor", "Salesforce")).toMatchObject({ stance: "confirmed", speaker: "Salesforce" });
    const other = story("Salesforce told customers it is reviewing its support processes and warned them about fake support calls.");
    expect(other.vendor).toBe("Salesforce");
    expect(ev(other, "vendor", "Salesforce")?.stance).toBe("reported");
  });

  it("a vendor that says its own platform was not breached confirms nothing", () => {
    const x = run(
      "Pellucid Games confirms data theft",
      "Pellucid Games said names and email addresses of players were stolen from a cloud account run by an outside company.\n\nThe account was hosted on Snowflake, according to people familiar with the matter. Snowflake said its own platform was not breached by the intruder.",
    );
    expect(x.vendor).toBe("Snowflake");
    expect(ev(x, "vendor", "Snowflake")?.stance).toBe("reported");
  });
});

describe("paragraphs in reported speech", () => {
  it("a bare sentence that goes on the victim's attributed sentence in the same paragraph carries its stance", () => {
    const x = run(
      "Gannet Wallets confirms leaked files are genuine",
      "Gannet Wallets confirmed that the leaked files are genuine. One file holds 800,000 email addresses, the company said. A second holds the names and postal addresses of 61,250 people who bought its devices.\n\nThe files were shared widely.",
    );
    expect(ev(x, "affectedCount", 61_250)?.stance).toBe("confirmed");
  });

  it("German reported speech (Konjunktiv) after 'wie das Unternehmen mitteilte' is the company's word", () => {
    const x = run(
      "Datenleck bei Hotelkette Birkenhof",
      "Die Hotelkette Birkenhof ist Opfer eines Cyberangriffs geworden. Wie das Unternehmen mitteilte, verschafften sich die Täter Zugriff auf Adressdaten von Gästen. Zudem seien Kreditkartendaten von rund 320 Kunden abgeflossen.",
    );
    expect(ev(x, "affectedCount", 320)?.stance).toBe("confirmed");
  });

  it("a new paragraph, or a sentence naming another party, carries nothing over", () => {
    const x = run(
      "Gannet Wallets confirms leaked files are genuine",
      "Gannet Wallets confirmed that the leaked files are genuine, the company said.\n\nA second file holds the names and postal addresses of 61,250 people who bought its devices.",
    );
    expect(ev(x, "affectedCount", 61_250)?.stance).toBe("reported");
  });
});

describe("authorities' documents and published dumps", () => {
  it("a list under an authority's findings is the authority's word", () => {
    const x = run(
      "Regulator fines Pipit Travel over late breach report",
      "The data protection authority has fined Pipit Travel for reporting a breach late.\n\nSummary of the authority's findings:\n\n1. Fraudsters phoned staff at partner hotels and obtained login details.\n2. With those details they viewed the personal data of 2,310 people who had booked rooms.",
    );
    expect(ev(x, "affectedCount", 2_310)?.stance).toBe("confirmed");
  });

  it("data posted for free on a forum is counted by the outlet (reported); data offered for sale there is the seller's claim", () => {
    const dump = run(
      "Guest records of 3.2 million Dunlin Resorts customers posted on hacking forum",
      "Files with personal details of more than 3.2 million people who stayed at Dunlin Resorts hotels have been posted on a hacking forum, where anyone can download them.",
    );
    expect(ev(dump, "affectedCount", 3_200_000)?.stance).toBe("reported");
    const sale = run(
      "Dunlin Resorts guest data offered on hacking forum",
      "A seller is offering records of 3.2 million Dunlin Resorts guests for sale on a hacking forum.",
    );
    expect(ev(sale, "affectedCount", 3_200_000)?.stance).toBe("claimed");
  });
});
