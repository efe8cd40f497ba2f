import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, parseArticleFile } from "../../src/extract/index.js";

/** Articles written for these tests in the styles of real outlets (English, German, French, Spanish). */
const load = (name: string) => {
  const file = join(import.meta.dirname, "fixtures", name);
  return extractArticle(parseArticleFile(readFileSync(file, "utf8"), file));
};

describe("fixture articles", () => {
  it("insurer hit through a CRM, actor linked by media, count of customers", () => {
    const x = load("p1.txt");
    expect(x.victims).toEqual(["Allianz Life"]);
    expect(x.thirdParty).toBe(true);
    expect(x.vendor).toBeNull();
    expect(x.vector).toBe("social_engineering");
    // "most of its 1.4 million customers" is the customer base, not a count of affected people (corpus rule: null).
    expect(x.affectedCount).toBeNull();
    expect(x.detected).toBe("2025-07-17");
    expect(x.actors.map((a) => a.name)).toEqual(["ShinyHunters"]);
    // "personal information of … some employees" names staff as data subjects (corpus 023 rule: employee_data).
    expect(x.exposed).toEqual(["employee_data"]);
  });

  it("luxury group with three houses, negated government IDs, spend as purchase history", () => {
    const x = load("p2.txt");
    expect(new Set(x.victims)).toEqual(new Set(["Gucci", "Balenciaga", "Alexander McQueen"]));
    expect(x.victimGroup).toBe("Kering");
    expect(x.exposed).toContain("purchase_history");
    expect(new Set(x.notExposed)).toEqual(new Set(["financial", "payment_card", "government_id"]));
    expect(x.affectedCount).toBe(7_400_000);
  });

  it("vendor alert as detection date, Maine filing, exact count over rounded one", () => {
    const x = load("p3.txt");
    expect(x.detected).toBe("2025-05-30");
    expect(x.regulators).toContain("Maine AG");
    expect(x.affectedCount).toBe(1_111_386);
    expect(x.vendor).toBe("Salesforce");
  });

  it("actors the gazetteer does not know, from 'hacker groups X and Y'", () => {
    const x = load("p4.txt");
    expect(x.victims).toEqual(["Aeroflot"]);
    expect(x.actors.map((a) => a.name)).toEqual(["Silent Crow", "Belarusian Cyber-Partisans"]);
    expect(x.affectedCount).toBeNull();
  });

  it("ransomware claim with employee data and ICO", () => {
    const x = load("p5.txt");
    expect(x.vector).toBe("ransomware");
    expect(x.actors).toEqual([{ name: "Akira", role: "claimed" }]);
    expect(x.exposed).toEqual(expect.arrayContaining(["employee_data", "government_id", "passport"]));
    expect(x.notExposed).toEqual(["payment_card"]);
    expect(x.regulators).toEqual(["ICO"]);
  });

  it("a threat-actor profile is not a breach report", () => {
    expect(load("p6.txt").isBreachReport).toBe(false);
  });

  it("a leak follow-up keeps the victim, not the other companies in the leak", () => {
    const x = load("p7.txt");
    expect(x.victims).toEqual(["Qantas"]);
    expect(x.affectedCount).toBe(5_700_000);
    expect(x.actors.map((a) => a.name)).toEqual(["Scattered Lapsus$ Hunters"]);
  });

  it("German report: external service provider, negated payment data", () => {
    const x = load("p8.txt");
    expect(x.language).toBe("de");
    expect(x.victims).toEqual(["Adidas"]);
    expect(x.thirdParty).toBe(true);
    expect(new Set(x.exposed)).toEqual(new Set(["name", "email", "phone"]));
    expect(new Set(x.notExposed)).toEqual(new Set(["password", "payment_card"]));
  });

  it("French report: group, detection date, regulator after an elided article", () => {
    const x = load("p9.txt");
    expect(x.language).toBe("fr");
    expect(x.victimGroup).toBe("LVMH");
    expect(x.detected).toBe("2025-07-02");
    expect(x.regulators).toEqual(["ICO"]);
    expect(x.notExposed).toEqual(["financial"]);
  });

  it("Spanish report: loyalty numbers, Spanish negation, AEPD", () => {
    const x = load("p10.txt");
    expect(x.language).toBe("es");
    expect(x.victims).toEqual(["Iberia"]);
    expect(x.exposed).toContain("loyalty_number");
    expect(new Set(x.notExposed)).toEqual(new Set(["password", "payment_card"]));
  });

  it("campaign attribution through 'the attack is believed to be part of'", () => {
    const x = load("p11.txt");
    expect(x.actors.map((a) => a.name)).toEqual(["ShinyHunters"]);
    expect(x.affectedCount).toBeNull();
  });

  it("an incident without data theft: no third-party claim from 'third-party experts'", () => {
    const x = load("p12.txt");
    expect(x.isBreachReport).toBe(true);
    expect(x.thirdParty).toBeNull();
    expect(x.affectedCount).toBeNull();
  });

  it("sector advice after attacks on several retailers is not a report", () => {
    expect(load("p13.txt").isBreachReport).toBe(false);
  });

  it("several companies hit through one vendor: all listed victims, vendor, OAuth vector, cluster name", () => {
    const x = load("q1.txt");
    expect(new Set(x.victims)).toEqual(new Set(["Zscaler", "Palo Alto Networks", "Cloudflare"]));
    expect(x.vendor).toBe("Salesloft Drift");
    expect(x.vector).toBe("oauth_app");
    expect(x.actors.map((a) => a.name)).toEqual(["UNC6395"]);
  });

  it("German HTML page: ordinal dates, '1,2 Mio.', no junk nouns as organisations", () => {
    const x = load("q2.html");
    expect(x.victims).toEqual(["Pelikan Reisen"]);
    expect(x.affectedCount).toBe(1_200_000);
    expect(x.detected).toBe("2025-02-27");
    expect(new Set(x.notExposed)).toEqual(new Set(["payment_card", "password"]));
  });

  it("plain text without header: title name resolved against the body, a police force by name", () => {
    const x = load("q3.txt");
    expect(x.victims).toEqual(["Bristol Gardens Hotel"]);
    expect(x.affectedCount).toBe(48_000);
    expect(new Set(x.regulators)).toEqual(new Set(["ICO", "Avon and Somerset Police"]));
    expect(x.notExposed).toEqual(["payment_card"]);
  });
});
