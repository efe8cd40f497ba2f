import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/**
 * "An incident in passing" (business news that mentions an incident once) must not swallow real reports whose
 * exposure is told as a list or as personal data, with few breach words. Companies and figures are invented.
 */
describe("detection: a report told through a list or personal data is not business news", () => {
  it("a website fault that let members see other members' details, told as a list", () => {
    const x = extractArticle(article(
      "Skyvane fault showed loyalty members other people's accounts",
      `Skyvane Airways says an update to its app let a number of frequent-flyer members view the account details of other members for an afternoon.
The carrier rolled the update back the same evening. It counted 412 members in all.
Anyone signed in during that window could look at another member's:
- full name and membership number;
- tier and miles balance;
- upcoming trips.
Card numbers and passport details were not exposed, Skyvane said.`,
    ));
    expect(x.isBreachReport).toBe(true);
    expect(x.victims).toHaveLength(1);
    expect(x.victims[0]).toMatch(/^Skyvane/);
  });

  it("a regulator's fine over a lost unencrypted drive that held personal data", () => {
    const x = extractArticle(article(
      "Port Ardley Airport fined over lost staff drive",
      `The Information Commissioner's Office has fined Port Ardley Airport £80,000 after staff records were exposed on a lost drive, for failing to protect personal data kept on its network.
An employee misplaced a portable drive that a passer-by later handed to a newspaper; it had no password.
Among the files on the drive were:
- staff identity badge records;
- scans of some employees' passports.`,
    ));
    expect(x.isBreachReport).toBe(true);
  });

  it("results news that mentions last quarter's cyberattack once stays business news", () => {
    const x = extractArticle(article(
      "Corvina Air lifts its forecast on strong summer bookings",
      `Corvina Air raised its full-year forecast on Thursday after record summer bookings on long-haul routes.
The airline expects operating profit to rise by a fifth. It is also taking delivery of six new aircraft.
The forecast comes after a cyberattack in the spring briefly disrupted check-in; the airline said it had no lasting effect on trading.`,
    ));
    expect(x.isBreachReport).toBe(false);
  });
});
