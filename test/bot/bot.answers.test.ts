import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { View } from "../../src/domain/view.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { seedBotFixtures } from "./bot.fixtures.js";
import { coreFor, ctxFor } from "./bot.harness.js";

const text = (v: View): string => v.sections[0]!.text ?? "";
const bullets = (v: View): string[] => v.sections[0]!.bullets ?? [];
const citedUrls = (v: View): string[] => v.sections.flatMap((s) => s.links ?? []).map((l) => l.url);
const quotes = (v: View) => v.sections.filter((s) => s.heading === "Evidence").flatMap((s) => s.quotes ?? []);
const REUTERS = "https://news.example.test/qantas-first";
const RECORD = "https://news.example.test/qantas-update";

describe.each(storeKinds())("thread Q&A (%s)", (kind) => {
  let store: TestStore;
  let core: BotCore;
  const qantas = ctxFor("C-qa", { incidentId: "qantas-2025-06", threadId: "1.1" });
  const ask = (q: string, ctx = qantas) => core.answer(q, ctx);
  beforeAll(async () => {
    store = await openTestStore(kind);
    await seedBotFixtures(store);
    core = coreFor(store);
  });
  afterAll(async () => { await store.cleanup(); });

  it("answers whether a data class was taken, worded by stance, quoting the sentence behind it", async () => {
    const dob = await ask("was date of birth taken?");
    expect(text(dob)).toBe("Yes: Dates of birth were taken, confirmed by Qantas (per Reuters).");
    expect(citedUrls(dob)).toEqual([REUTERS]);
    expect(quotes(dob)).toEqual([{ text: "The airline confirmed that names, email addresses, phone numbers, dates of birth and frequent flyer numbers of up to 5.7 million customers were taken.", source: "Reuters", date: "2025-07-02", url: REUTERS }]);
    const passport = await ask("Was passport data taken?");
    expect(text(passport)).toBe("Stated NOT taken: Passport data, said Qantas (per Reuters).");
    expect(citedUrls(passport)).toEqual([REUTERS]);
    expect(quotes(passport)[0]!.text).toBe("Passport details, credit card details and passwords were not held in the system, Qantas said.");
    const card = await ask("what about credit card numbers?");
    expect(text(card)).toContain("Stated NOT taken: Payment card data");
    const miles = await ask("were frequent flyer numbers or points stolen?");
    expect(text(miles)).toBe("Yes: Loyalty / frequent-flyer numbers were taken, confirmed by Qantas (per Reuters).");
  });

  it("searches the stored sentences before concluding; 'not reported in N sources' only when none mentions it", async () => {
    const address = await ask("were home addresses exposed?");
    expect(text(address)).toBe("The record has no information about postal addresses, but 1 source sentence mentions it; read it before concluding:");
    expect(address.sections[1]!.heading).toBe("What the source sentences say");
    expect(address.sections[1]!.quotes).toEqual([{ text: "Home addresses of some frequent flyers were also stored on the platform, according to one person briefed on the matter.", source: "Reuters", date: "2025-07-02", url: REUTERS }]);
    expect(citedUrls(address)).toEqual([REUTERS]);
    const staff = await ask("were employee records taken?");
    expect(text(staff)).toBe("Not reported in 2 sources: nothing about employee data yet.");
    expect(citedUrls(staff).sort()).toEqual([REUTERS, RECORD]);
    const chanel = ctxFor("C-qa", { incidentId: "chanel-2025-07" });
    expect(text(await ask("were passports taken?", chanel))).toBe("Not reported in 1 source: nothing about passport data yet.");
  });

  it("answers several classes in one question", async () => {
    const v = await ask("were passwords, phone numbers or emails taken?");
    expect(bullets(v)).toEqual([
      "Stated NOT taken: Passwords / credentials, said Qantas (per Reuters).",
      "Yes: Email addresses were taken, confirmed by Qantas (per Reuters).",
      "Yes: Phone numbers were taken, confirmed by Qantas (per Reuters).",
    ]);
  });

  it("lists what data was taken", async () => {
    const v = await ask("What data was taken?");
    expect(bullets(v)).toContain("Taken: Dates of birth — confirmed by Qantas (per Reuters)");
    expect(bullets(v)).toContain("Stated NOT taken: Passport data (per Reuters)");
    expect(citedUrls(v)).toEqual([REUTERS]);
  });

  it("keeps the company's confirmed count and the attackers' claimed figure apart", async () => {
    const v = await ask("How many customers are affected?");
    expect(text(v)).toBe("About 5.7M people affected, confirmed by Qantas (per Reuters).");
    expect(v.sections[1]).toEqual({ heading: "Other figures", bullets: ["6M records — ShinyHunters claims this, unverified"] });
    expect(citedUrls(v).sort()).toEqual([REUTERS, RECORD]);
    const wj = await ask("how many people?", ctxFor("C-qa", { incidentId: "westjet-2025-06" }));
    expect(text(wj)).toBe("About 1.2M affected, as reported (per The Register). Not confirmed by the company.");
  });

  it("says who is behind it, worded by stance, with the source that said so", async () => {
    for (const q of ["who is behind it?", "which hacking group is responsible?"]) {
      const v = await ask(q);
      expect(text(v), q).toBe("Actors named by the sources:");
      expect(bullets(v), q).toEqual(["Scattered Spider — linked by Reuters, not confirmed by the company", "ShinyHunters — claims responsibility, unverified (per The Record)"]);
      expect(citedUrls(v).sort()).toEqual([REUTERS, RECORD]);
    }
  });

  it("reads 'did the attackers get customer passwords?' as a data question, not an actor question", async () => {
    expect(text(await ask("did the attackers get customer passwords?"))).toBe("Stated NOT taken: Passwords / credentials, said Qantas (per Reuters).");
  });

  it("answers dates, vendor and regulators", async () => {
    expect(text(await ask("when was it detected?"))).toBe("Detected: 2025-06-30 — confirmed by Qantas (per Reuters)");
    expect(bullets(await ask("when did this happen?"))).toEqual(["Detected: 2025-06-30 — confirmed by Qantas (per Reuters)", "Disclosed: 2025-07-02 — confirmed by Qantas (per Reuters)"]);
    const vendor = await ask("which platform was involved?");
    expect(text(vendor)).toBe("Vendor / platform: Salesforce (a third party) — reported by Reuters, not confirmed by the company");
    expect(bullets(vendor)).toEqual(["How: Voice phishing (vishing) — reported by Reuters, not confirmed by the company"]);
    expect(text(await ask("which regulators were notified?"))).toBe("Regulators / authorities named: OAIC — confirmed by Qantas (per Reuters).");
    const none = await ask("was any regulator told?", ctxFor("C-qa", { incidentId: "chanel-2025-07" }));
    expect(text(none)).toBe("Not reported in 1 source: nothing about regulators or authorities yet.");
  });

  it("advises the asker's audience", async () => {
    const cc = await ask("what should our call centre say?");
    expect(text(cc)).toMatch(/^Recommended for Customer service & communications/);
    expect(bullets(cc).length).toBeGreaterThan(0);
    expect(citedUrls(cc).length).toBe(2);
    const soc = await ask("what should the SOC do?");
    expect(text(soc)).toMatch(/^Recommended for Security \/ SOC/);
    const admins = await ask("what should Salesforce admins do?");
    expect(text(admins)).toMatch(/^(Recommended|No specific action) for SaaS & IT admins/);
  });

  it("lists sources and changes since a date", async () => {
    expect(citedUrls(await ask("what are the sources?")).sort()).toEqual([REUTERS, RECORD]);
    const since = await ask("what changed since 2025-07-05?");
    expect(text(since)).toBe("2 changes reported since 2025-07-05:");
    expect(bullets(since)).toContain('2025-07-09 · Another figure: 6M records (ShinyHunters claims this, unverified) (per The Record, "Extortion crew claims airline data; count put at six million")');
    expect(citedUrls(since)).toEqual([RECORD]);
    // The fixed clock is Wednesday 2025-08-13: "since Monday" is 2025-08-11, after every change.
    expect(text(await ask("anything new since Monday?"))).toBe("No changes reported since 2025-08-11 (2 sources checked).");
  });

  it("answers in the language of the question (French, German, Spanish, Italian)", async () => {
    expect(text(await ask("est-ce que les passeports ont été volés ?"))).toBe("Non : les données de passeport ne font pas partie des données volées, selon Qantas (selon Reuters).");
    expect(text(await ask("Les dates de naissance ont-elles été exposées ?"))).toBe("Oui : les dates de naissance figurent parmi les données volées, confirmé par Qantas (selon Reuters).");
    expect(text(await ask("combien de clients ?"))).toBe("Environ 5.7M personnes touchées, confirmé par Qantas (selon Reuters).");
    expect(bullets(await ask("qui est derrière ?"))).toContain("ShinyHunters — revendique l'attaque, invérifié (selon The Record)");
    expect(text(await ask("Quels régulateurs ont été informés ?"))).toBe("Autorités / régulateurs cités: OAIC — confirmé par Qantas (selon Reuters).");
    expect(text(await ask("quelles données ont été volées ?"))).toContain("Données signalées pour");
    expect(text(await ask("Wurden Geburtsdaten gestohlen?"))).toBe("Ja: Geburtsdaten wurden gestohlen, bestätigt von Qantas (laut Reuters).");
    expect(text(await ask("¿Cuántos clientes están afectados?"))).toBe("Unos 5.7M personas, confirmado por Qantas (según Reuters).");
    expect(text(await ask("Sono stati rubati i numeri di telefono?"))).toBe("Sì: i numeri di telefono sono stati rubati, confermato da Qantas (secondo Reuters).");
    expect(text(await ask("Wer steckt dahinter?"))).toBe("Von den Quellen genannte Akteure:");
  });

  it("finds the incident from the thread, or from a name in the question", async () => {
    await store.recordPost({ target: "slack:T1:C-thread", messageId: "9.9", threadId: "9.9", incidentId: "westjet-2025-06" });
    const inThread = await core.answer("was passport data taken?", ctxFor("C-thread", { threadId: "9.9" }));
    expect(inThread.incidentId).toBe("westjet-2025-06");
    expect(text(inThread)).toBe("Yes, reported: Passport data was taken (per The Register). Not confirmed by the company.");
    const named = await core.answer("was passport data taken at Air France?", ctxFor("C-none"));
    expect(named.incidentId).toBe("air-france-klm-2025-08");
    const typo = await core.answer("how many westjett customers?", ctxFor("C-none"));
    expect(typo.incidentId).toBe("westjet-2025-06");
    const nothing = await core.answer("was passport data taken?", ctxFor("C-none"));
    expect(nothing.title).toBe("Which incident do you mean?");
  });

  it("says what it can answer for an unknown question, still citing sources", async () => {
    const v = await ask("tell me a joke");
    expect(text(v)).toContain("I can answer");
    expect(bullets(v).length).toBeGreaterThan(5);
    expect(citedUrls(v).length).toBe(2);
  });

  it("every answer cites at least one source", async () => {
    for (const q of ["what data?", "was email taken?", "how many?", "who did it?", "when?", "which vendor?", "regulators?", "what should we do?", "sources?", "what changed since yesterday?", "status?"]) {
      expect(citedUrls(await ask(q)).length, q).toBeGreaterThan(0);
    }
  });

  it("a victim named in full overrides the thread's incident; a short or absent name does not", async () => {
    const other = await ask("how many people at WestJet?");
    expect(other.incidentId).toBe("westjet-2025-06");
    expect(text(other)).toBe("About 1.2M affected, as reported (per The Register). Not confirmed by the company.");
    expect((await ask("how many people at Qantas?")).incidentId).toBe("qantas-2025-06");
    expect((await ask("was KLM hit too, and were passports taken?")).incidentId).toBe("qantas-2025-06");
  });

  it("handleMessage routes commands and questions", async () => {
    const cmd = await core.handleMessage("breach show qantas-2025-06", ctxFor("C-m"));
    expect(cmd.kind).toBe("incident");
    const slash = await core.handleMessage("/breach latest retail", ctxFor("C-m"));
    expect(slash.kind).toBe("list");
    const q = await core.handleMessage("breach was passport data taken?", qantas);
    expect(q.kind).toBe("answer");
    const showMe = await core.handleMessage("show me the sources", qantas);
    expect(showMe.kind).toBe("answer");
    expect(citedUrls(showMe).sort()).toEqual([REUTERS, RECORD]);
    const bareActions = await core.handleMessage("actions", qantas);
    expect(bareActions.kind).toBe("actions");
    expect(bareActions.incidentId).toBe("qantas-2025-06");
    const bareTimeline = await core.handleCommand("timeline", ctxFor("C-none"));
    expect(bareTimeline.kind).toBe("help");
  });
});
