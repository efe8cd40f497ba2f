import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { findDates } from "../../src/extract/date.parser.js";
import { article } from "./helpers.js";

const NOW = { now: new Date("2026-11-22T00:00:00Z") };
const names = (title: string, body: string) => extractArticle(article(title, body)).actors.map((a) => a.name).sort();

describe("actors found from the text around them", () => {
  it("reads handles, 'known as' and suffix phrases", () => {
    expect(names("Heron Air confirms data breach", "Heron Air said customer names were stolen. A hacker using the name Sp1d3r offered the data for sale. The intrusion was carried out by a threat actor known as Vexbyte."))
      .toEqual(["Sp1d3r", "Vexbyte"]);
    expect(names("Plover Retail hit by ransomware", "Plover Retail said its systems were encrypted. The Nightjar ransomware gang claimed responsibility."))
      .toEqual(["Nightjar"]);
  });

  it("reads groups in German, French, Italian and Spanish sentences", () => {
    expect(names("Datenleck bei Kranich Mode", "Kranich Mode bestätigte einen Datendiebstahl. Die Hackergruppe Scattered Lapsus$ Hunters hat sich zu dem Angriff bekannt.")).toEqual(["Scattered Lapsus$ Hunters"]);
    expect(names("Fuite chez Mouette Air", "Mouette Air a confirmé une fuite de données. Le groupe ShinyHunters a revendiqué l'attaque.")).toEqual(["ShinyHunters"]);
    expect(names("Attacco a Gabbiano Moda", "Gabbiano Moda ha confermato un attacco informatico. Il gruppo di hacker Lupo Nero ha rivendicato l'attacco.")).toEqual(["Lupo Nero"]);
    expect(names("Ataque a Garza Air", "Garza Air confirmó un ciberataque. El grupo de hackers Lobo Gris reivindicó el ataque.")).toEqual(["Lobo Gris"]);
  });

  it("folds vendor cluster names and knows hacktivist groups", () => {
    expect(names("Swan Air breach", "Swan Air said data was stolen. Google tracks the activity as UNC6040. The hacktivist group Silent Crow and the Belarusian Cyber-Partisans said they were behind it."))
      .toEqual(["Belarusian Cyber-Partisans", "ShinyHunters", "Silent Crow"]);
    expect(names("Teal Tickets breach", "Teal Tickets said a cloud database was accessed. Mandiant tracks the intruders as UNC5537.")).toEqual(["UNC5537"]);
    expect(names("Ibis Air breach", "Ibis Air said data was stolen. The Cl0p gang listed Ibis Air on its leak site.")).toEqual(["Cl0p"]);
  });

  it("does not turn company groups or background actors into actors", () => {
    expect(names("Quail Shoes breach", "Quail Shoes, part of Asahi Group Holdings, said hackers stole customer data in a cyber attack.")).toEqual([]);
    expect(names("Rail Mobile breach", "L'opérateur Rail Mobile, filiale du groupe Bouygues, a révélé qu'un pirate a consulté des données.")).toEqual([]);
    expect(names("Swan Air breach", "Swan Air said data was stolen. Earlier this year, Scattered Spider hit Marks & Spencer and Co-op.")).toEqual([]);
    expect(names("Swan Air breach", "Swan Air said data was stolen. \"Various threat actors use phone calls to compromise organisations, including one we call UNC3944,\" an analyst said.")).toEqual([]);
  });
});

describe("detected dates", () => {
  const ref = { published: "2025-07-10", year: 2025 }; // a Thursday
  const iso = (s: string) => findDates(s, ref)[0]?.iso;

  it("resolves weekdays a week back when needed", () => {
    expect(iso("discovered it last thursday")).toBe("2025-07-03");
    expect(iso("on thursday of last week")).toBe("2025-07-03");
    expect(iso("a week ago, on wednesday")).toBe("2025-07-02");
    expect(iso("late on friday")).toBe("2025-07-04");
    expect(iso("jeudi dernier")).toBe("2025-07-03");
  });

  it("reads a bare day of the month in the published month", () => {
    expect(findDates("detected the failure on 29th", { published: "2025-07-31", year: 2025 })[0]?.iso).toBe("2025-07-29");
    expect(findDates("on 29th", { published: "2025-08-02", year: 2025 })[0]?.iso).toBe("2025-07-29");
  });

  it("takes the year from the URL, never from the clock", () => {
    const body = "Finch Air said customer names were stolen. The airline identified the intrusion on June 20.";
    const a = { ...article("Finch Air breach", body, null), url: "https://example.test/news/2024/06/finch-air" };
    expect(extractArticle(a, NOW).detected).toBe("2024-06-20");
    // No date, no year anywhere: the day and month are kept year-less, not put in the clock's year.
    const b = article("Finch Air breach", "Finch Air said customer names were stolen. The airline identified the intrusion on December 20.", null);
    const xb = extractArticle(b, NOW);
    expect(xb.detected).toBeNull();
    expect(xb.yearless?.map((e) => [e.field, e.value])).toEqual([["detected", "--12-20"]]);
  });

  it("ignores the date researchers found something, keeps the date the vendor told the company", () => {
    const r = article("Crake Air breach", "Crake Air said customer names were exposed. Researchers at a security firm discovered the open database on June 2 and reported it to the airline.");
    expect(extractArticle(r).detected).toBeNull();
    const v = article("Crake Air breach", "Crake Air said customer names were stolen. Its CRM provider alerted Crake Air on May 30 to the unauthorized access.");
    expect(extractArticle(v).detected).toBe("2025-05-30");
  });
});

describe("regulators", () => {
  const regs = (title: string, body: string) => extractArticle(article(title, body)).regulators.sort();
  it("reads notifications in other languages and generic national DPAs", () => {
    expect(regs("Fuga en Garza Air", "Garza Air ha comunicado el incidente a la Agencia Española de Protección de Datos y al INCIBE. Se robaron datos de clientes.")).toEqual(["AEPD", "INCIBE"]);
    expect(regs("Datenleck bei Kranich Mode", "Kranich Mode hat eine Meldung beim Generalstaatsanwalt des US-Bundesstaats Maine eingereicht. Kundendaten wurden gestohlen.")).toEqual(["Maine AG"]);
    expect(regs("Heron Air breach", "Heron Air said customer names were stolen. Each unit notified the Dutch and French data protection authorities.")).toEqual(["Autoriteit Persoonsgegevens", "CNIL"]);
  });

  it("keeps 'law enforcement' only when the company notified it, and AFP only as police", () => {
    expect(regs("Heron Air breach", "Heron Air said customer names were stolen and that it notified law enforcement.")).toEqual(["law enforcement"]);
    expect(regs("Heron Air breach", "Heron Air said customer names were stolen. It is working with law enforcement agencies.")).toEqual([]);
    expect(regs("Stork Fashion breach", "Stork Fashion said some information was accessed but not financial information, according to a statement sent to AFP.")).toEqual([]);
  });
});
