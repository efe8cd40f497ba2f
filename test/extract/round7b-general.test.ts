import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 7b general rules: data classes, vendor, third party (articles written for these tests). */
const NOW = new Date("2026-11-20T00:00:00Z");
const run = (title: string, body: string, published: string | null = "2024-03-12") => extractArticle(article(title, body, published), { now: NOW });

describe("vendor and third party", () => {
  it("a self-hosted database product is not the vendor", () => {
    const x = run("Gadgetwelt left customer database open", `Researchers found an unprotected Elasticsearch server belonging to electronics retailer Gadgetwelt.
The server held names, email addresses and phone numbers of customers, Gadgetwelt said.`);
    expect(x.vendor).toBeNull();
    expect(x.thirdParty).not.toBe(true);
  });

  it("the hosted service of the same maker is still a vendor", () => {
    const x = run("Fernhill Outdoor data stolen from MongoDB Atlas cluster", `Retailer Fernhill Outdoor said attackers accessed its MongoDB Atlas cluster and stole customer names and email addresses.`);
    expect(x.vendor).toBe("MongoDB");
  });

  it("the company's own CRM ('its customer relationship management system') is not a vendor platform", () => {
    const x = run("Marketplace Bazaro hit by data breach", `Online marketplace Bazaro said an intruder used a stolen login to enter its customer relationship management system and copied names and email addresses.`);
    expect(x.thirdParty).not.toBe(true);
  });
});

describe("data classes", () => {
  it("a parent group reporting what 'the exposed information included' still counts for the victim", () => {
    const x = run("Bazaro says 1 million customers hit by data breach", `Online marketplace Bazaro said a hacker broke into its systems and took details of one million customers.
Northgate Holdings, which owns most of the business, told the stock exchange that the exposed information included names, phone numbers and delivery addresses.`);
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "phone", "postal_address"]));
  });

  it("a forced password reset is a precaution, not a stolen password", () => {
    const x = run("Skyline Air locks app accounts and forces password reset", `Skyline Air said attackers accessed 5,000 app accounts and viewed names and email addresses.
The airline forced a password reset for every app user.`);
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "email"]));
    expect(x.exposed).not.toContain("password");
  });

  it("credentials stolen at other websites do not make this company's data exposed", () => {
    const x = run("Chemist chain Medwell halts points after account takeovers", `Medwell said attackers logged into 20,000 customer accounts and viewed points balances.
They used email addresses and passwords stolen in breaches at other websites, a technique called credential stuffing.`);
    expect(x.exposed).toContain("loyalty_balance");
    expect(x.exposed).not.toContain("email");
    expect(x.exposed).not.toContain("password");
  });

  it("Spanish: 'los datos completos de las tarjetas … no se han visto comprometidos' is a stated non-exposure", () => {
    const x = run("Aerolínea Vuelasur avisa de un acceso no autorizado", `Vuelasur ha informado de un acceso no autorizado a los datos de sus clientes a través de un proveedor externo.
Los datos afectados son el nombre y la dirección de correo electrónico. La compañía subraya que los datos completos de las tarjetas bancarias no se han visto comprometidos.`);
    expect(x.notExposed).toContain("payment_card");
    expect(x.exposed).not.toContain("payment_card");
  });
});

describe("own systems denied after an apposition", () => {
  it("'its own systems, including …, were not connected' does not make the breach own-systems", () => {
    const x = run("Bazaro hit by data breach", `Online marketplace Bazaro said a hacker took names and email addresses of customers.
Northgate Holdings said its own systems, including its grocery stores and rewards platforms, were not connected to Bazaro's environment.`);
    expect(x.thirdParty).not.toBe(false);
  });
});

describe("password changes as precaution", () => {
  it("'making every user pick a new password' does not expose passwords", () => {
    const x = run("Skyline Air app breach", `Skyline Air said the names and phone numbers of 3,000 app users may have been accessed.
The airline is making every app user pick a new password.`);
    expect(x.exposed).toEqual(expect.arrayContaining(["name", "phone"]));
    expect(x.exposed).not.toContain("password");
  });
});
