import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

/** Round 8 general rules: negation scope, French post-posed negation, regulators, Spanish staff data, chain-store sector, external partners (articles written for these tests). */
describe("data classes: negation scope", () => {
  it("data 'protected with weak hashing' is still exposed; a later card denial stays separate", () => {
    const x = extractArticle(article(
      "Fashion site Veltora fined over hidden hack",
      `Hackers broke into the systems of online fashion seller Veltora and stole customer account records.
       The stolen records held email addresses and passwords, which were protected only with a weak hashing scheme.
       Veltora told shoppers it had found no evidence that credit card information was taken.`,
    ));
    expect(x.exposed).toEqual(expect.arrayContaining(["email", "password"]));
    expect(x.notExposed).toContain("payment_card");
    expect(x.notExposed).not.toContain("email");
    expect(x.notExposed).not.toContain("password");
  });

  it("French post-posed negation 'n'ont pas été touchés' puts the listed data in not_exposed", () => {
    const x = extractArticle(article(
      "L'opérateur Telvix victime d'une cyberattaque",
      `L'opérateur Telvix a confirmé une cyberattaque ayant permis le vol de données de ses abonnés.
       Les données concernées sont les noms, les adresses postales et les numéros de téléphone.
       Telvix précise que les mots de passe et les données de cartes bancaires n'ont pas été touchés.`,
    ));
    expect(x.notExposed).toEqual(expect.arrayContaining(["password", "payment_card"]));
    expect(x.exposed).not.toContain("password");
  });
});

describe("regulators and sector", () => {
  it("the New York State attorney general's office is the New York AG; a minister's criticism is no regulator", () => {
    const x = extractArticle(article(
      "Retailer Brindlecart to pay penalty over data breach",
      `Online retailer Brindlecart agreed to pay a $2 million penalty after the New York State attorney general's office found it had mishandled a data breach in which hackers stole customer email addresses.
       The Home Affairs minister criticised Brindlecart, saying the breach should never have happened.`,
    ));
    expect(x.regulators).toContain("New York AG");
    expect(x.regulators).not.toContain("Home Affairs");
  });

  it("Spanish staff data is employee_data and a chain of sports shops is retail", () => {
    const x = extractArticle(article(
      "La cadena de artículos deportivos Corvenda sufre una filtración de datos",
      `La cadena de artículos deportivos Corvenda ha confirmado una filtración que expuso datos de sus empleados.
       Los datos robados incluyen nombres, correos electrónicos y cargos de los trabajadores de la plantilla.`,
    ));
    expect(x.exposed).toContain("employee_data");
    expect(x.sector).toBe("retail");
  });

  it("Italian data kept by an external business partner is third-party", () => {
    const x = extractArticle(article(
      "Banca Orsalia, violati i dati di migliaia di clienti",
      `Banca Orsalia ha comunicato un accesso non autorizzato a un archivio con i dati di migliaia di clienti.
       I dati sottratti, tra cui nomi e numeri di telefono, erano conservati presso un partner commerciale esterno.`,
    ));
    expect(x.thirdParty).toBe(true);
  });
});
