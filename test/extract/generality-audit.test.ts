import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Cues that used to name one product or copy one article's wording, now read as general patterns. */
describe("generalised cues", () => {
  it("any CRM platform from the vendor gazetteer marks the data as held by a third party", () => {
    const x = extractArticle(article(
      "Tern Outfitters says shopper records were copied",
      `Tern Outfitters said intruders copied names and email addresses of shoppers from its HubSpot workspace last month.`,
    ));
    expect(x.thirdParty).toBe(true);
  });

  it("reads a stored loyalty value in several wordings", () => {
    for (const phrase of ["the value stored on their rewards cards", "the money held in each member's loyalty wallet"]) {
      const x = extractArticle(article(
        "Wren Market confirms customer data theft",
        `Wren Market said attackers stole email addresses and ${phrase}.`,
      ));
      expect(x.exposed).toContain("loyalty_balance");
    }
  });

  it("does not read stolen product tokens of any brand as customer passwords", () => {
    const x = extractArticle(article(
      "Lark Airways customer data taken",
      `Lark Airways said the intruders used stolen Acmechat access tokens to reach its support system and took customer names.`,
    ));
    expect(x.exposed).not.toContain("password");
    expect(x.exposed).toContain("name");
  });

  it("reads past support conversations as support cases", () => {
    const x = extractArticle(article(
      "Finch Air says passenger data accessed",
      `Finch Air said the exposed records held phone numbers and previous conversations with its call centre.`,
    ));
    expect(x.exposed).toEqual(expect.arrayContaining(["phone", "support_case"]));
  });

  it("an audience explainer headline about a flaw is not a breach report", () => {
    const x = extractArticle(article(
      "Router flaw: what network teams need to know",
      `A vendor published fixes for a router flaw tracked as CVE-2025-1111. Administrators should patch now and review logs.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });
});
