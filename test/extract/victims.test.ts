import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

describe("victims", () => {
  it("finds an organisation the gazetteer does not know, from its role in the text", () => {
    const x = extractArticle(article(
      "Brightwater Outfitters confirms customer data stolen",
      `Brightwater Outfitters, the Oregon-based outdoor retailer, said on Tuesday that hackers stole data belonging to some of its online shoppers.
       The company said names and email addresses were taken. Brightwater Outfitters customers are being notified by email.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toEqual(["Brightwater Outfitters"]);
    expect(x.sector).toBe("retail");
  });

  it("does not take earlier victims mentioned in passing", () => {
    const x = extractArticle(article(
      "Kestrel Home warns shoppers after cyber attack",
      `Kestrel Home has confirmed that an unauthorised party accessed customer records.
       The same group earlier hit Marks & Spencer and Co-op, according to researchers.
       Kestrel Home said names and phone numbers were exposed.`,
    ));
    expect(x.victims).toEqual(["Kestrel Home"]);
  });

  it("does not take the vendor whose platform was used", () => {
    const x = extractArticle(article(
      "Qantas says customer data taken from Salesforce platform",
      `Qantas said attackers accessed a Salesforce instance used by its contact centre and stole customer names and email addresses.
       Salesforce said its own platform had not been compromised.`,
    ));
    expect(x.victims).toEqual(["Qantas"]);
    expect(x.vendor).toBe("Salesforce");
    expect(x.thirdParty).toBe(true);
  });

  it("names both airlines and their parent group", () => {
    const x = extractArticle(article(
      "Air France and KLM report customer data breach",
      `Air France and KLM said attackers accessed an external customer-service platform.
       The airlines, both part of Air France-KLM, said names, email addresses and phone numbers were accessed.`,
    ));
    expect(new Set(x.victims)).toEqual(new Set(["Air France", "KLM"]));
    expect(x.victimGroup).toBe("Air France-KLM");
    expect(x.sector).toBe("airline");
  });

  it("reads the parent group from 'owned by'", () => {
    const x = extractArticle(article(
      "Dior discloses cyberattack",
      `Fashion house Dior, owned by LVMH, said an unauthorised party accessed some customer data. Names and postal addresses were stolen.`,
    ));
    expect(x.victims).toEqual(["Dior"]);
    expect(x.victimGroup).toBe("LVMH");
  });

  it("resolves an acronym to the full name used elsewhere", () => {
    const x = extractArticle(article(
      "Harbour & Field confirms customer data was stolen",
      `Harbour & Field has confirmed that customer data was taken in a cyber attack on its systems.
       H&F said names and home addresses were accessed, and H&F customers will be contacted.`,
    ));
    expect(x.victims).toEqual(["Harbour & Field"]);
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "postal_address"]));
  });
});
