import { describe, expect, it } from "vitest";
import { advise, checkAdvice } from "../../src/advise/index.js";
import type { Advice } from "../../src/domain/advice.js";
import { commandRef } from "../../src/domain/command-ref.js";
import { makeIncident } from "./incident.fixture.js";
import { claimProblems } from "./text-claims.checker.js";

/** Built by hand from the facts in /work/shared/seeds/labels.json (and the brief). */
const airFranceKlm = makeIncident({
  id: "air-france-klm-2025", title: "Air France-KLM customer data breach", victims: ["Air France", "KLM"], victimGroup: "Air France-KLM",
  sector: "airline", thirdParty: true, vendor: null, vector: null,
  exposed: ["name", "email", "phone", "loyalty_number", "loyalty_tier", "support_case"],
  notExposed: ["password", "travel_details", "loyalty_balance", "passport", "payment_card"],
  actors: [{ name: "ShinyHunters", role: "suspected" }], regulators: ["Autoriteit Persoonsgegevens", "CNIL"],
});
const qantas = makeIncident({
  id: "qantas-2025", title: "Qantas call-centre platform breach", victims: ["Qantas"], sector: "airline", thirdParty: true, vendor: null,
  vector: "social_engineering", exposed: ["name", "email", "phone", "date_of_birth", "loyalty_number"],
  notExposed: ["payment_card", "financial", "passport", "password", "pin"], affectedCount: 6_000_000,
  actors: [{ name: "Scattered Spider", role: "suspected" }], detectedAt: "2025-06-30", regulators: ["law enforcement"],
});
const salesforceVishing = makeIncident({
  id: "northwind-2025", title: "Northwind Retail CRM breach", victims: ["Northwind Retail"], sector: "retail", thirdParty: true,
  vendor: "Salesforce", vector: "vishing", exposed: ["name", "email", "phone", "postal_address", "purchase_history"],
  notExposed: ["payment_card", "password"], affectedCount: 40_000, actors: [{ name: "UNC6040", role: "attributed" }],
});

const texts = (a: Advice, audience?: string): string =>
  a.actions.filter((x) => !audience || x.audience === audience).map((x) => x.text).join("\n");
const ids = (a: Advice): string[] => a.actions.map((x) => x.ruleId);

function expectConsistent(incident: typeof qantas, vendorId: string | null, a: Advice): void {
  expect(checkAdvice(incident, a)).toEqual([]);
  expect(a.actions.flatMap((x) => claimProblems(incident, vendorId, x))).toEqual([]);
}

describe("Air France-KLM (vendor unknown, third party, ShinyHunters)", () => {
  const a = advise(airFranceKlm);
  it("is not raised by a suspected extortion group alone, and is consistent with the facts", () => {
    expect(a.severity).toBe("medium");
    expect(a.severityReasons.join(" ")).not.toContain("ShinyHunters");
    expect(advise({ ...airFranceKlm, actors: [{ name: "ShinyHunters", role: "claimed" }] }).severity).toBe("high");
    expectConsistent(airFranceKlm, null, a);
  });
  it("names the exposed classes, the actor, and the not-taken statement", () => {
    expect(texts(a, "security")).toContain("ShinyHunters");
    expect(texts(a, "customer_service")).toContain("knowledge of their frequent-flyer number is not proof of identity");
    expect(texts(a, "customer_service")).toContain("reported taken (not confirmed by the company): names, email addresses, phone numbers, loyalty / frequent-flyer numbers, loyalty tier and customer-service cases");
    expect(texts(a, "customer_service")).toContain("the company stated these were not taken: points / miles balances, travel / booking details, passport data, payment card data and passwords / credentials");
    expect(texts(a, "customers")).toMatch(/Customer-service cases were taken from Air France-KLM/);
  });
  it("does not name a vendor or advise card, passport or password actions", () => {
    expect(texts(a)).not.toMatch(/salesforce|data loader/i);
    expect(ids(a)).not.toEqual(expect.arrayContaining(["customers.card-fraud"]));
    for (const id of ["customers.card-fraud", "customers.passport", "customers.password-change", "customer_service.card-script"]) expect(ids(a)).not.toContain(id);
    expect(texts(a)).toContain("platform the company has not named");
  });
  it("reminds of the GDPR because French and Dutch regulators are named", () => {
    expect(texts(a, "regulatory")).toMatch(/GDPR \(Art\. 33\).*72 hours/);
    expect(texts(a, "regulatory")).toContain("CNIL");
  });
});

describe("Qantas (third-party call-centre platform, Scattered Spider, 6M)", () => {
  const a = advise(qantas);
  it("is critical with the scale and identity data as reasons", () => {
    expect(a.severity).toBe("critical");
    expect(a.severityReasons.join(" ")).toMatch(/dates of birth.*6,000,000/);
    expectConsistent(qantas, null, a);
  });
  it("mentions the vector, actor and exact classes", () => {
    expect(texts(a, "security")).toContain("Qantas's data on the third-party platform (not named by the company; reported, not confirmed by the company) was taken via social engineering (reported, not confirmed by the company)");
    expect(texts(a, "security")).toContain("Scattered Spider (reported, not confirmed by the company) (help-desk calls impersonating employees");
    expect(texts(a, "customer_service")).toContain("Stop accepting date of birth as a caller-verification answer");
    expect(texts(a, "customers")).toContain("identity fraud (reported taken (not confirmed by the company): dates of birth from Qantas)");
    expect(texts(a, "customers")).toContain("Your frequent-flyer number was taken from Qantas");
  });
  it("gives no card, passport or password actions and reminds of the Australian NDB scheme", () => {
    for (const id of ["customers.card-fraud", "customers.passport", "customers.password-change", "customers.pin-change", "customers.financial"]) expect(ids(a)).not.toContain(id);
    expect(texts(a, "regulatory")).toMatch(/Notifiable Data Breaches.*OAIC.*as soon as practicable/);
    expect(texts(a, "regulatory")).toContain("2025-06-30");
  });
});

describe("Salesforce + vishing", () => {
  const a = advise(salesforceVishing, { country: "US" });
  it("is consistent with the facts", () => {
    expect(a.severity).toBe("medium");
    expectConsistent(salesforceVishing, "salesforce", a);
  });
  it("gives Salesforce-specific hardening and hunting", () => {
    expect(texts(a, "saas_admin")).toContain("API Access Control");
    expect(texts(a, "saas_admin")).toContain("Login IP Ranges");
    expect(texts(a, "saas_admin")).toContain("Event Monitoring");
    expect(texts(a, "security")).toContain("Northwind Retail's data on Salesforce (reported, not confirmed by the company) was taken via voice phishing (vishing) (reported, not confirmed by the company)");
    expect(texts(a, "security")).toContain("Salesforce Data Loader");
    expect(texts(a, "third_party_risk")).toContain("Do we use Salesforce?");
    expect(texts(a, "third_party_risk")).toContain(commandRef("watch Salesforce"));
  });
  it("names the exposed classes and US reminders", () => {
    expect(texts(a, "customer_service")).toContain("reported taken (not confirmed by the company): names, email addresses, phone numbers, postal addresses and purchase history");
    expect(texts(a, "customers")).toContain("Postal addresses were taken from Northwind Retail");
    expect(ids(a)).toContain("regulatory.us-state-breach-laws");
    // Nothing says Northwind is listed: no 8-K reminder (an unlisted company or subsidiary files none).
    expect(ids(a)).not.toContain("regulatory.us-sec-8k");
    expect(ids(a)).not.toContain("regulatory.gdpr-art33");
  });
});
