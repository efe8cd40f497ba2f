import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { programmeSpans } from "../../src/extract/data-class.programme.js";
import { article } from "./helpers.js";

const sorted = (xs: string[]) => [...xs].sort();
const run = (title: string, body: string, published: string | null = "2025-07-09") => extractArticle(article(title, body, published));

describe("data classes: long enumerations", () => {
  it("reads every item of a long list introduced by 'some combination of'", () => {
    const x = run("Heron Hotels says guest reservation database was breached", `Heron Hotels said an intruder had copied its guest reservation database.
      For most guests the records include some combination of name, mailing address, phone number, email address, passport number, Heron Circle account information, date of birth, gender, arrival and departure dates and language preferences.`);
    expect(sorted(x.exposed)).toEqual(sorted(["name", "postal_address", "phone", "email", "passport", "loyalty_number", "date_of_birth", "gender", "travel_details", "other"]));
  });

  it("keeps a list going across semicolons and reads bullets after a 'following' line", () => {
    const x = run("Kestrel Outfitters data breach", `Kestrel Outfitters said the attackers took customer names; billing addresses; order history and the total amount spent per customer.
      The following information was also involved
      - card details for online orders
      - month and day of birth`);
    expect(sorted(x.exposed)).toEqual(sorted(["name", "postal_address", "purchase_history", "payment_card", "date_of_birth"]));
  });

  it("maps less common wording to the closed vocabulary", () => {
    const x = run("Plover Air confirms cyber attack", `Plover Air said hackers accessed staff and employment data, job titles, user IDs, nationality and postcode for some passengers, as well as travel history, booking references and customer service notes.
      The last four digits of saved payment cards were visible to the attackers, along with IBAN numbers for refunds.`);
    expect(sorted(x.exposed)).toEqual(sorted(["employee_data", "other", "travel_details", "support_case", "payment_card", "financial"]));
  });

  it("reads a brand-named member number as a loyalty number", () => {
    const x = run("Tern Airways app breach", `Tern Airways said the app profiles that were accessed held names, email addresses and customers' Skylark Miles numbers.`);
    expect(sorted(x.exposed)).toEqual(sorted(["name", "email", "loyalty_number"]));
    expect(programmeSpans("His Social Security number and Skylark Miles number")).toHaveLength(1);
  });

  it("answers a short question with a verbless list", () => {
    const x = run("Wren Books says hackers stole customer data", `Wren Books said criminals broke into its web shop last week and stole customer records.
      What was taken? Names, email addresses and phone numbers.`);
    expect(sorted(x.exposed)).toEqual(sorted(["name", "email", "phone"]));
  });

  it("counts staff as data subjects", () => {
    const x = run("Gannet Insurance data theft", `Gannet Insurance said hackers stole personal information about 1.2 million policyholders and a small number of its employees.`);
    expect(x.exposed).toContain("employee_data");
  });
});

describe("data classes: other languages", () => {
  it("reads German lists", () => {
    const x = run("Datenleck bei Lindenhof Reisen", `Lindenhof Reisen bestätigt einen Cyberangriff. Die Angreifer haben Namen, Geschlecht, Geburtsdaten, Anschriften, E-Mail-Adressen, Telefonnummern, Kundennummern und Bankverbindungen erbeutet. In einem Teil der Datensätze finden sich auch Sozialversicherungsnummern und Passdaten.`, null);
    expect(sorted(x.exposed)).toEqual(sorted(["name", "gender", "date_of_birth", "postal_address", "email", "phone", "other", "financial", "government_id", "passport"]));
  });

  it("reads French lists, with 'coordonnées' as email and phone", () => {
    const x = run("Fuite de données chez Maison Ormeau", `Maison Ormeau a confirmé une cyberattaque. Les informations dérobées comprennent les noms, prénoms, dates de naissance, coordonnées et le numéro de carte de fidélité des clients.`, null);
    expect(sorted(x.exposed)).toEqual(sorted(["name", "date_of_birth", "email", "phone", "loyalty_number"]));
  });

  it("reads Italian lists", () => {
    const x = run("Attacco informatico a Vetreria Sole", `Vetreria Sole ha confermato un attacco. I dati sottratti includono nomi, cognomi, indirizzi, numeri di telefono, date di nascita, codici fiscali, dati bancari e importo speso.`, null);
    expect(sorted(x.exposed)).toEqual(sorted(["name", "postal_address", "phone", "date_of_birth", "government_id", "financial", "purchase_history"]));
  });

  it("reads Spanish lists", () => {
    const x = run("Ciberataque a Zapaterías Brisa", `Zapaterías Brisa confirmó un ciberataque. Los atacantes obtuvieron nombres, apellidos, correos electrónicos, teléfonos, direcciones, fechas de nacimiento, el número de tarjeta y el CVV, así como el DNI de algunos clientes.`, null);
    expect(sorted(x.exposed)).toEqual(sorted(["name", "email", "phone", "postal_address", "date_of_birth", "payment_card", "government_id"]));
  });
});

describe("data classes: negation, questions, advice and attack method", () => {
  it("reads many English negation forms", () => {
    const x = run("Lark Telecom says call records were stolen", `Lark Telecom said hackers stole call records and phone numbers.
      The records do not contain Social Security numbers or dates of birth.
      Credit card information held by the company was not at risk.
      Passwords and PINs were not impacted, and the breach did not include passport data.
      Bank account details are not stored in the affected system, and there is no evidence that order history was accessed.
      Neither travel itineraries nor loyalty balances were involved.`);
    expect(sorted(x.exposed)).toEqual(sorted(["other", "phone"]));
    expect(sorted(x.notExposed)).toEqual(sorted(["government_id", "date_of_birth", "payment_card", "password", "pin", "passport", "financial", "purchase_history", "travel_details", "loyalty_balance"]));
  });

  it("ends a negation at 'and that'", () => {
    const x = run("Finch Market data breach", `Finch Market said the stolen data includes names and loyalty card numbers. It said that no bank details were involved and that points balances were also copied.`);
    expect(x.notExposed).toEqual(["financial"]);
    expect(x.exposed).toContain("loyalty_balance");
  });

  it("skips questions, advice and the attack method", () => {
    const x = run("Osprey Tickets breach: your questions answered", `Osprey Tickets said hackers stole names and email addresses from a cloud database.
      Was my password taken?
      There is no indication that account passwords were affected.
      Customers should still reset their passwords and watch out for phishing emails asking for card details.
      The attackers had searched for passwords in code repositories and used credential stuffing against accounts protected only by a password.
      Affected customers are being contacted by email.`);
    expect(sorted(x.exposed)).toEqual(sorted(["name", "email"]));
    expect(x.notExposed).toEqual(["password"]);
  });

  it("reads negation in German, French, Italian and Spanish", () => {
    const de = run("Cyberangriff auf Mövenpark Moden", `Mövenpark Moden meldet einen Cyberangriff. Gestohlen wurden Namen und Anschriften. Zahlungsdaten und Passwörter sind nicht betroffen.`, null);
    expect(sorted(de.notExposed)).toEqual(sorted(["payment_card", "password"]));
    const fr = run("Cyberattaque chez Voyages Albatros", `Voyages Albatros a confirmé une fuite. Les noms et adresses électroniques ont été dérobés. Aucune donnée bancaire n'a été touchée et les mots de passe n'ont pas été consultés.`, null);
    expect(sorted(fr.notExposed)).toEqual(sorted(["financial", "password"]));
    const it_ = run("Violazione dati per Gabbiano Viaggi", `Gabbiano Viaggi ha subito un attacco. Sono stati sottratti nomi e indirizzi email. Nessun dato bancario e nessuna password sono stati coinvolti.`, null);
    expect(sorted(it_.notExposed)).toEqual(sorted(["financial", "password"]));
    const es = run("Ciberataque a Viajes Pelícano", `Viajes Pelícano sufrió un ciberataque. Se robaron nombres y teléfonos. Ningún dato bancario ni las contraseñas se vieron afectados.`, null);
    expect(sorted(es.notExposed)).toEqual(sorted(["financial", "password"]));
    expect(sorted(es.exposed)).toEqual(sorted(["name", "phone"]));
  });

  it("treats bare contact details as email and phone, listed contact details as their items, and vague personal data as nothing", () => {
    const a = run("Puffin Shoes breach", `Puffin Shoes said attackers accessed contact details and unspecified personal information.`);
    expect(sorted(a.exposed)).toEqual(["email", "phone"]);
    const b = run("Grebe Rail breach", `Grebe Rail said the stolen records hold contact details (names and email addresses) for 40,000 passengers.`);
    expect(sorted(b.exposed)).toEqual(["email", "name"]);
  });
});

describe("data classes: scope, ellipsis and list leads", () => {
  it("reads 'but not X' as a stated non-exposure", () => {
    const x = run("Bittern Pharmacy data breach", `Bittern Pharmacy said the breach exposed customers' names and home addresses, but not their Social Security numbers.`);
    expect(sorted(x.exposed)).toEqual(["name", "postal_address"]);
    expect(x.notExposed).toEqual(["government_id"]);
  });

  it("lets a cue line inside a bullet list govern the bullets after it", () => {
    const x = run("Cormorant Air confirms data breach", `Cormorant Air said an unauthorised party accessed a customer platform. The affected data includes:
      • Full name
      • Frequent flyer number and tier
      Cormorant Air said the following data was not affected
      - Passwords
      - Credit card details`);
    expect(sorted(x.exposed)).toEqual(["loyalty_number", "loyalty_tier", "name"]);
    expect(sorted(x.notExposed)).toEqual(["password", "payment_card"]);
  });

  it("ignores generic statements about what attackers usually do", () => {
    const x = run("Dunlin Fashion says hackers stole customer emails", `Dunlin Fashion said hackers stole customer email addresses. Criminals often use names and card numbers from such leaks in scams.`);
    expect(x.exposed).toEqual(["email"]);
  });

  it("keeps a sentence that names another organisation only as the source or inside the data list", () => {
    const x = run("Godwit Hotels confirms breach of guest records", `Godwit Hotels said an intruder copied guest records last month.
      According to Breachwatch, the data includes names, dates of birth and Nightjar Rewards numbers.
      The stolen rows also hold Nightjar Rewards account information and gender for older profiles.`);
    expect(sorted(x.exposed)).toEqual(["date_of_birth", "gender", "loyalty_number", "name"]);
  });

  it("reads list openers such as 'es handelt sich um' and 'il s'agit de'", () => {
    const de = run("Datenleck bei Reiher Versand", `Reiher Versand bestätigt einen Angriff. Bei den Daten handelt es sich um Namen, Anschriften und Bestellhistorie.`, null);
    expect(sorted(de.exposed)).toEqual(["name", "postal_address", "purchase_history"]);
  });
});
