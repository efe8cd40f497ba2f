import { describe, expect, it } from "vitest";
import type { Article } from "../../src/domain/incident.js";
import { assignIncidentKeys, extractArticle, incidentTitle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

function keysFor(articles: Article[]): (string | null)[] {
  return assignIncidentKeys(articles.map((a) => extractArticle(a)), articles);
}

describe("incident keys", () => {
  it("gives the same key to reports weeks apart about one incident", () => {
    const a = article("Qantas confirms cyber incident at call centre", `Qantas said it detected the attack on June 30 and that customer names were stolen from a third-party platform.`, "2025-07-02");
    const b = article("Qantas says 5.7 million customers affected", `Qantas said the data of 5.7 million customers was stolen in the June attack on a third-party platform.`, "2025-07-23");
    const [ka, kb] = keysFor([a, b]);
    expect(ka).toBe("qantas-2025");
    expect(kb).toBe(ka);
  });

  it("separates a later, different event at the same victim", () => {
    const a = article("Harrods hit by cyber attack", `Harrods said it had restricted internet access after hackers tried to break into its own systems. Harrods said it detected the attack on May 1.`, "2025-05-02");
    const b = article("Harrods says 430,000 customer records stolen from supplier", `Harrods confirmed that 430,000 customer records were stolen after a breach at a third-party provider. Harrods said it detected the intrusion on September 20.`, "2025-09-28");
    const [ka, kb] = keysFor([a, b]);
    expect(ka).not.toBe(kb);
    expect(kb).toMatch(/^harrods-2025(-09)?$/);
  });

  it("keeps a follow-up months later on the same incident under the same key", () => {
    const a = article("Qantas confirms cyber incident", `Qantas said it detected an attack on a third-party call centre platform on June 30. Customer names were stolen.`, "2025-07-02");
    const b = article("Stolen Qantas data published online", `Data stolen from Qantas customers in the June attack on a third-party platform has been published on a leak site. Qantas customer names and emails are included.`, "2025-10-12");
    const [ka, kb] = keysFor([a, b]);
    expect(kb).toBe(ka);
  });

  it("separates incidents in different years", () => {
    const a = article("Cathay Pacific breach", `Cathay Pacific said passenger names were accessed in a data breach.`, "2018-10-25");
    const b = article("Cathay Pacific breach", `Cathay Pacific said passenger names were accessed in a data breach.`, "2025-03-01");
    const [ka, kb] = keysFor([a, b]);
    expect(ka).not.toBe(kb);
  });

  it("joins a report on one airline of a group with the joint report", () => {
    const a = article("Air France and KLM report data breach", `Air France and KLM said customer names were accessed on an external platform.`, "2025-08-07");
    const b = article("Air France data breach", `Air France said customer names were accessed on an external platform.`, "2025-08-08");
    const [ka, kb] = keysFor([a, b]);
    expect(ka).toBe(kb);
    expect(ka).toBe("air-france-klm-2025");
  });

  it("does not pull separate incidents together through a roundup naming many victims", () => {
    const a = article("Qantas confirms data breach", `Qantas said customer names were stolen from a third-party platform.`, "2025-07-02");
    const b = article("Vietnam Airlines confirms data breach", `Vietnam Airlines said customer names were stolen from a third-party platform.`, "2025-07-10");
    const c = article(
      "Qantas, Vietnam Airlines and Gap data published by hackers",
      `Qantas, Vietnam Airlines and Gap have had customer data published on a leak site. Qantas, Vietnam Airlines and Gap customers were told that names were stolen.`,
      "2025-07-12",
    );
    const [ka, kb] = keysFor([a, b, c]);
    expect(ka).not.toBe(kb);
  });

  it("writes a short human title", () => {
    const x = extractArticle(article("Qantas data breach", `Qantas said customer names were stolen from a third-party call centre platform.`));
    expect(incidentTitle(x)).toBe("Qantas: customer data stolen via third-party platform");
  });
});
