import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

describe("actors", () => {
  it("resolves aliases to canonical names with a role that follows the stance", () => {
    // "was attributed to", with no one named doing it: hearsay (reported), so the role is "suspected".
    const x = extractArticle(article(
      "Heron Air breach claimed by hackers",
      `Heron Air said customer names were stolen from a third-party platform. The attack was attributed to UNC3944, also known as Octo Tempest.`,
    ));
    expect(x.actors).toEqual([{ name: "Scattered Spider", role: "suspected" }]);
    // The victim itself naming the group: confirmed, so "attributed".
    const y = extractArticle(article(
      "Heron Air names hackers behind breach",
      `Heron Air said customer names were stolen from a third-party platform. Heron Air said the attack was carried out by UNC3944.`,
    ));
    expect(y.actors).toEqual([{ name: "Scattered Spider", role: "attributed" }]);
  });

  it("reads a claim", () => {
    const x = extractArticle(article(
      "Plover Retail data stolen",
      `Plover Retail confirmed that customer data was stolen. ShinyHunters claimed responsibility on a leak site.`,
    ));
    expect(x.actors).toEqual([{ name: "ShinyHunters", role: "claimed" }]);
  });

  it("ignores an actor linked only to another company's attack", () => {
    const x = extractArticle(article(
      "Egret Outdoor confirms customer data breach",
      `Egret Outdoor said names and email addresses were stolen.
       Analysts have tied Scattered Spider to an intrusion at Hawaiian Airlines earlier in the summer.`,
    ));
    expect(x.actors).toEqual([]);
  });
});

describe("regulators", () => {
  it("keeps authorities the org notified, by short name, and state attorneys general", () => {
    const x = extractArticle(article(
      "Crane Air notifies regulators of data breach",
      `Crane Air said customer names were stolen. The airline notified the Information Commissioner's Office and filed a notice with the Maine Attorney General.`,
    ));
    expect(new Set(x.regulators)).toEqual(new Set(["ICO", "Maine AG"]));
  });

  it("ignores a news agency that shares an authority's initials", () => {
    const x = extractArticle(article("Stork Fashion breach", `Stork Fashion said customer names were stolen, according to a statement sent to AFP on Wednesday.`));
    expect(x.regulators).toEqual([]);
  });
});
