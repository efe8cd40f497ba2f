import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { parseNumbers } from "../../src/extract/count.extractor.js";
import { article } from "./helpers.js";

describe("affected count", () => {
  it("parses counts written in many ways", () => {
    const v = (s: string) => parseNumbers(s)[0]?.value;
    expect(v("6 million")).toBe(6_000_000);
    expect(v("5.7m customers")).toBe(5_700_000);
    expect(v("up to six million")).toBe(6_000_000);
    expect(v("430,000")).toBe(430_000);
    expect(v("1,2 mio. kunden")).toBe(1_200_000);
    expect(v("6 millionen")).toBe(6_000_000);
    expect(v("6 milioni")).toBe(6_000_000);
    expect(v("6 millions")).toBe(6_000_000);
    expect(v("6 millones")).toBe(6_000_000);
    expect(v("45 lakh")).toBe(4_500_000);
    expect(v("45,00,000")).toBe(4_500_000);
    expect(v("2.861 account")).toBe(2861);
  });

  it("takes this victim's count, not another company's or the campaign's, and not money or years", () => {
    const x = extractArticle(article(
      "Tern Airlines says 1.2 million customers affected by breach",
      `Tern Airlines said data of 1.2 million customers was stolen in 2025.
       Separately, Gull Telecom said 9 million people were affected by a different attack.
       Researchers say the hackers have stolen 40 million records from dozens of companies this year.
       The airline's revenue was 3 billion dollars last year.`,
    ));
    expect(x.affectedCount).toBe(1_200_000);
  });

  it("prefers the more precise figure for the same count", () => {
    const x = extractArticle(article(
      "More than 4 million people hit in Quill Credit breach",
      `Quill Credit said the personal details of 4.4 million people were exposed.`,
    ));
    expect(x.affectedCount).toBe(4_400_000);
  });

  it("returns null when no count is given", () => {
    const x = extractArticle(article("Pike Fashion confirms breach", `Pike Fashion said some customer names were stolen. It did not say how many customers were affected.`));
    expect(x.affectedCount).toBeNull();
  });
});
