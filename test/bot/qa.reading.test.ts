import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import { fakeClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import type { Article, Extraction } from "../../src/domain/incident.js";
import type { View } from "../../src/domain/view.js";
import { createIngestor } from "../../src/ingest/index.js";
import { silentLogger } from "../../src/logger.js";
import { extractionSaying } from "../ingest/helpers/evidence.builders.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { ctxFor } from "./bot.harness.js";

/**
 * Answers read from the stored sentences when the record has no value for what was asked: invented
 * incidents (our own sentences, in EN, FR, DE, ES and IT) whose extraction holds only the victim and one
 * class, so every other answer must come from reading the sentences, worded by who says it.
 */
function incident(victim: string, title: string, lines: string[]): Extraction {
  const ex = extractionSaying({ victims: [victim], sector: "other", exposed: ["email"] }, [
    { field: "exposed", value: "email", stance: "confirmed", sentence: `${victim} said email addresses were taken.`, speaker: victim },
  ], title);
  return { ...ex, text: [ex.text, ...lines].join("\n") };
}

const CASES: Record<string, { article: Article; extraction: Extraction }> = {
  heron: {
    article: { url: "https://wire.example.test/heron", title: "Heron Rail says customer data was accessed", published: "2025-05-02", outlet: "Harbour Wire", body: "x" },
    extraction: incident("Heron Rail", "Heron Rail says customer data was accessed", [
      "Heron Rail said fewer than 40,000 customers are affected by the intrusion.",
      "The operator carries about 90 million passengers a year across its network.",
      "The group, which calls itself Quiet Lantern, posted samples of the files on its leak site.",
      "Quiet Lantern has been linked by researchers to the Akira ransomware operation.",
      "Heron Rail said payment card numbers were not affected.",
      "The company has notified the Information Commissioner's Office.",
    ]),
  },
  plover: {
    article: { url: "https://wire.example.test/plover", title: "Hackers say they raided Plover Bank", published: "2025-06-10", outlet: "Courier Security", body: "x" },
    extraction: incident("Plover Bank", "Hackers say they raided Plover Bank", [
      "The hackers claim they stole the data of 2 million customers, including passwords.",
      "Plover Bank said it had informed law enforcement and was investigating.",
      "The bank has about 6 million customers in the region.",
    ]),
  },
  aigrette: {
    article: { url: "https://wire.example.test/aigrette", title: "Aigrette Voyages victime d'une fuite de données", published: "2025-03-14", outlet: "Le Courrier Numérique", body: "x" },
    extraction: incident("Aigrette Voyages", "Aigrette Voyages victime d'une fuite de données", [
      "Selon Aigrette Voyages, moins de 12 000 clients sont concernés.",
      "L'entreprise a porté plainte et informé la Commission nationale de l'informatique et des libertés.",
      "Vos coordonnées bancaires ne sont pas concernées, précise Aigrette Voyages.",
    ]),
  },
  kranich: {
    article: { url: "https://wire.example.test/kranich", title: "Kranich Hotels meldet Hackerangriff", published: "2025-02-20", outlet: "Stadtanzeiger Digital", body: "x" },
    extraction: incident("Kranich Hotels", "Kranich Hotels meldet Hackerangriff", [
      "Kranich Hotels hat nach eigenen Angaben das Bayerische Landesamt für Datenschutzaufsicht informiert.",
    ]),
  },
  garza: {
    article: { url: "https://wire.example.test/garza", title: "Garza Viajes sufre un ciberataque", published: "2025-04-03", outlet: "Diario Técnico", body: "x" },
    extraction: incident("Garza Viajes", "Garza Viajes sufre un ciberataque", [
      "El ataque afectó al sistema de reservas de un proveedor, la empresa Nube Azul, que presta servicio a varias agencias.",
    ]),
  },
  airone: {
    article: { url: "https://wire.example.test/airone", title: "Airone Viaggi, furto di dati", published: "2025-01-22", outlet: "Cronaca Digitale", body: "x" },
    extraction: incident("Airone Viaggi", "Airone Viaggi, furto di dati", [
      "Secondo l'azienda, sono stati rubati i dati di oltre 5.000 clienti.",
    ]),
  },
  kestrel: {
    article: { url: "https://wire.example.test/kestrel", title: "Kestrel Outfitters confirms customer data theft", published: "2025-08-11", outlet: "Retail Ledger", body: "x" },
    extraction: incident("Kestrel Outfitters", "Kestrel Outfitters confirms customer data theft", [
      "The group behind the attack previously broke into the Snowflake cloud accounts of other retailers and sold their data.",
      "Kestrel Outfitters said the records were taken from its Zendesk support platform.",
    ]),
  },
  sittich: {
    article: { url: "https://wire.example.test/sittich", title: "Sittich Mode bestätigt Datendiebstahl", published: "2025-08-12", outlet: "Handelsblatt Digital", body: "x" },
    extraction: incident("Sittich Mode", "Sittich Mode bestätigt Datendiebstahl", [
      "Die Gruppe hatte zuvor bereits Daten aus der Cloud-Plattform Snowflake anderer Händler erbeutet.",
      "Several Salesforce customers had their CRM platform raided by the same crew over the summer.",
    ]),
  },
  pinson: {
    article: { url: "https://wire.example.test/pinson", title: "Les hôtels Pinson touchés par une fuite de données", published: "2025-09-01", outlet: "Hôtellerie Numérique", body: "x" },
    extraction: incident("Hôtels Pinson", "Les hôtels Pinson touchés par une fuite de données", [
      "Les données des clients des hôtels Pinson ont été dérobées lors du piratage de Resaplus, le prestataire de réservation en ligne du groupe.",
    ]),
  },
  wagtail: {
    article: { url: "https://wire.example.test/wagtail", title: "Wagtail Inns says guest data taken in booking provider hack", published: "2025-09-02", outlet: "Lodging Wire", body: "x" },
    extraction: incident("Wagtail Inns", "Wagtail Inns says guest data taken in booking provider hack", [
      "The provider is Bookwell, a Lisbon-based company whose booking engine is used by hundreds of hotels.",
    ]),
  },
};

const body = (v: View): string => [v.sections[0]?.text ?? "", ...(v.sections[0]?.bullets ?? [])].join("\n");
const read = (v: View) => v.sections.find((s) => s.quotes?.length && s.heading !== undefined && v.sections.indexOf(s) === 1);

describe.each(storeKinds())("answers read from the stored sentences (%s)", (kind) => {
  let store: TestStore;
  let core: BotCore;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    store = await openTestStore(kind);
    const clock = fakeClock("2026-12-04T09:00:00Z");
    const byUrl = new Map(Object.values(CASES).map((c) => [c.article.url, c.extraction]));
    const ingestor = createIngestor({ store, logger: silentLogger, clock, config: loadConfig({ LOG_LEVEL: "silent" }), extract: (a) => byUrl.get(a.url!)! });
    for (const [name, c] of Object.entries(CASES)) ids[name] = (await ingestor.ingestArticle(c.article)).incidentId!;
    core = createBotCore({ store, logger: silentLogger, clock });
  });
  afterAll(async () => { await store.cleanup(); });
  const ask = (name: string, q: string) => core.answer(q, ctxFor("C-read", { incidentId: ids[name] }));

  it("reads a bounded figure of people affected, worded by who says it; a yearly traffic figure is not one", async () => {
    const v = await ask("heron", "how many customers are affected?");
    expect(body(v)).toBe("Fewer than 40K people affected, confirmed by Heron Rail (per Harbour Wire).");
    expect(body(v)).not.toMatch(/90M/);
    expect(read(v)?.heading).toBe("What the source sentences say");
    expect(read(v)?.quotes?.[0]).toEqual({ text: "Heron Rail said fewer than 40,000 customers are affected by the intrusion.", source: "Harbour Wire", date: "2025-05-02", url: "https://wire.example.test/heron" });
  });

  it("an attackers' figure read from a sentence stays a claim; the bank's size is not the count", async () => {
    const v = await ask("plover", "how many people were affected?");
    expect(body(v)).toBe("Only the attackers give a figure: they claim 2M people (per Courier Security). Unverified; not confirmed by the company.");
    expect(body(v)).not.toMatch(/confirmed by Plover/);
    const pw = await ask("plover", "did the attackers get customer passwords?");
    expect(body(pw)).toMatch(/^Yes, claimed by the attackers: Passwords \/ credentials were taken/);
    expect(body(pw)).not.toMatch(/confirmed by/);
  });

  it("names the group that calls itself by a name, not the operation researchers linked it to", async () => {
    const v = await ask("heron", "which hacking group is responsible?");
    expect(body(v)).toMatch(/^Actors named by the sources: Quiet Lantern — /);
    expect(body(v)).not.toMatch(/Akira/);
  });

  it("a stated denial read from a sentence answers 'no'; a question nothing speaks to is 'not reported in N sources'", async () => {
    expect(body(await ask("heron", "were credit card details stolen?"))).toBe("Stated NOT taken: Payment card data, said Heron Rail (per Harbour Wire).");
    expect(body(await ask("heron", "was passport data taken?"))).toBe("Not reported in 1 source: nothing about passport data yet.");
  });

  it("names a regulator the sentences say was notified; law enforcement alone is not a regulator", async () => {
    expect(body(await ask("heron", "which regulators were notified?"))).toBe("Regulators / authorities named: ICO — confirmed by Heron Rail (per Harbour Wire).");
    const plover = body(await ask("plover", "which authorities have been informed?"));
    expect(plover).toMatch(/^Regulators \/ authorities named: Not reported in 1 source/);
    expect(plover).toMatch(/Also informed: law enforcement — /);
  });

  it("a vendor is read only from sentences about this victim's incident, not the group's earlier attacks on other firms", async () => {
    const kestrel = body(await ask("kestrel", "which vendor or platform was involved?"));
    expect(kestrel).toMatch(/^Vendor \/ platform: Zendesk — confirmed by Kestrel Outfitters/);
    expect(kestrel).not.toMatch(/Snowflake/);
    const sittich = body(await ask("sittich", "which platform was the data taken from?"));
    expect(sittich).not.toMatch(/Snowflake|Salesforce/);
    // The sentences are quoted for the reader to judge, but no vendor is named from them.
    expect(sittich).toMatch(/^Vendor \/ platform: The record has no information about a vendor or platform/);
  });

  it("names a provider the sentences name without the gazetteer knowing it ('X, le prestataire …', 'the provider is X')", async () => {
    expect(body(await ask("pinson", "Quel prestataire ou quelle plateforme était impliqué ?"))).toMatch(/Resaplus — /);
    expect(body(await ask("wagtail", "was a third-party platform involved, and which one?"))).toMatch(/^Vendor \/ platform: Bookwell — /);
  });

  it("answers in French from French sentences (bounded figure, regulator by its full name, bank details not affected)", async () => {
    expect(body(await ask("aigrette", "Combien de clients sont concernés ?"))).toBe("Moins de 12K personnes touchées, confirmé par Aigrette Voyages (selon Le Courrier Numérique).");
    expect(body(await ask("aigrette", "Quels régulateurs ont été informés ?"))).toMatch(/^Autorités \/ régulateurs cités: CNIL — /);
    const card = body(await ask("aigrette", "Des numéros de carte bancaire ont-ils été volés ?"));
    expect(card).toMatch(/^Non : les données de carte bancaire \(les données bancaires ou de paiement\) ne font pas partie des données volées, selon Aigrette Voyages/);
  });

  it("answers in German, Spanish and Italian from sentences in those languages", async () => {
    expect(body(await ask("kranich", "Welche Behörden wurden informiert?"))).toMatch(/^Genannte Behörden: BayLDA — /);
    expect(body(await ask("garza", "¿Qué proveedor o plataforma estaba implicado?"))).toMatch(/^Proveedor \/ plataforma: Nube Azul — /);
    expect(body(await ask("airone", "Quanti clienti sono coinvolti?"))).toMatch(/^Oltre 5,000 persone, confermato da Airone Viaggi/);
  });
});
