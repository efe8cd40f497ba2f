import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

describe("is it a breach report?", () => {
  it("yes for a named organisation's cyber incident even without data theft", () => {
    const x = extractArticle(article(
      "Pelican Air hit by cyberattack",
      `Pelican Air is investigating a cyberattack that disrupted some of its IT systems. The airline said flights were operating normally and that it had notified the relevant authorities.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toEqual(["Pelican Air"]);
    expect(x.sector).toBe("airline");
  });

  it("no for a patch round-up", () => {
    const x = extractArticle(article(
      "Patch now: vendor fixes four zero-day vulnerabilities",
      `Microsoft released fixes for four zero-day flaws that attackers are exploiting. Administrators should install the updates today. The vulnerabilities affect Windows and Office.`,
    ));
    expect(x.isBreachReport).toBe(false);
    expect(x.victims).toEqual([]);
  });

  it("no for arrests and court cases", () => {
    const x = extractArticle(article(
      "Police arrest three over cyber attacks on retailers",
      `Three people were arrested in connection with the cyber attacks on Marks & Spencer and Co-op earlier this year. Detectives said the suspects were held on suspicion of blackmail.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("no for an awareness guide", () => {
    const x = extractArticle(article(
      "How to spot a phishing email: five tips",
      `Phishing emails often create urgency. Check the sender address, do not click unknown links, and enable multi-factor authentication on your accounts.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });

  it("no for vendor hardening advice about a vulnerability", () => {
    const x = extractArticle(article(
      "Gateway zero-day: what security teams must do now",
      `A critical vulnerability in a popular VPN gateway is being exploited. Organisations should patch immediately and review logs for signs of compromise.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });
});
