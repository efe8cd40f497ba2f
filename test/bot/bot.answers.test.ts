import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { View } from "../../src/domain/view.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { seedBotFixtures } from "./bot.fixtures.js";
import { coreFor, ctxFor } from "./bot.harness.js";

const text = (v: View): string => v.sections[0]!.text ?? "";
const bullets = (v: View): string[] => v.sections[0]!.bullets ?? [];
const citedUrls = (v: View): string[] => v.sections.flatMap((s) => s.links ?? []).map((l) => l.url);
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

  it("answers whether a data class was taken: Yes / Stated NOT taken / Not reported, with citations", async () => {
    const dob = await ask("was date of birth taken?");
    expect(text(dob)).toBe("Yes: Dates of birth reported taken (per Reuters).");
    expect(citedUrls(dob)).toEqual([REUTERS]);
    const passport = await ask("Was passport data taken?");
    expect(text(passport)).toBe("Stated NOT taken: Passport data (per Reuters).");
    expect(citedUrls(passport)).toEqual([REUTERS]);
    const address = await ask("were home addresses exposed?");
    expect(text(address)).toBe("Not reported in 2 sources: nothing about postal addresses yet.");
    expect(citedUrls(address).sort()).toEqual([REUTERS, RECORD]);
    const card = await ask("what about credit card numbers?");
    expect(text(card)).toContain("Stated NOT taken: Payment card data");
    const miles = await ask("were frequent flyer numbers or points stolen?");
    expect(text(miles)).toContain("Yes: Loyalty / frequent-flyer numbers reported taken");
  });

  it("answers several classes in one question", async () => {
    const v = await ask("were passwords, phone numbers or emails taken?");
    expect(bullets(v)).toEqual([
      "Stated NOT taken: Passwords / credentials (per Reuters).",
      "Yes: Email addresses reported taken (per Reuters).",
      "Yes: Phone numbers reported taken (per Reuters).",
    ]);
  });

  it("lists what data was taken", async () => {
    const v = await ask("What data was taken?");
    expect(bullets(v)).toContain("Taken: Dates of birth (per Reuters)");
    expect(bullets(v)).toContain("Stated NOT taken: Passport data (per Reuters)");
    expect(citedUrls(v)).toEqual([REUTERS]);
  });

  it("shows conflicting counts with their sources", async () => {
    const v = await ask("How many customers are affected?");
    expect(text(v)).toBe("Sources differ on how many people are affected: 6M (The Record) vs 5.7M (Reuters).");
    expect(citedUrls(v).sort()).toEqual([REUTERS, RECORD]);
    const wj = await ask("how many people?", ctxFor("C-qa", { incidentId: "westjet-2025-06" }));
    expect(text(wj)).toBe("About 1.2M people are affected (per The Register).");
  });

  it("says who is behind it with role and the source that said so", async () => {
    const v = await ask("who is behind it?");
    expect(bullets(v)).toEqual(["Scattered Spider: suspected (per Reuters)", "ShinyHunters: claimed (per The Record)"]);
    expect(citedUrls(v).sort()).toEqual([REUTERS, RECORD]);
  });

  it("answers dates, vendor and regulators", async () => {
    expect(text(await ask("when was it detected?"))).toBe("Detected: 2025-06-30 (per Reuters)");
    expect(bullets(await ask("when did this happen?"))).toEqual(["Detected: 2025-06-30 (per Reuters)", "Disclosed: 2025-07-02 (per Reuters)"]);
    const vendor = await ask("which platform was involved?");
    expect(text(vendor)).toBe("Vendor / platform: Salesforce (a third party) (per Reuters)");
    expect(bullets(vendor)).toEqual(["How: Voice phishing (vishing) (per Reuters)"]);
    expect(text(await ask("which regulators were notified?"))).toBe("Regulators / authorities named: OAIC (per Reuters).");
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
    expect(text(since)).toBe("2 changes since 2025-07-05:");
    expect(bullets(since).some((b) => b.includes("ShinyHunters claimed the theft (per The Record)"))).toBe(true);
    expect(citedUrls(since)).toEqual([RECORD]);
    // The fixed clock is Wednesday 2025-08-13: "since Monday" is 2025-08-11, after every change.
    expect(text(await ask("anything new since Monday?"))).toBe("No changes recorded since 2025-08-11 (2 sources checked).");
  });

  it("understands French questions", async () => {
    expect(text(await ask("est-ce que les passeports ont été volés ?"))).toBe("Stated NOT taken: Passport data (per Reuters).");
    expect(text(await ask("combien de clients ?"))).toContain("6M (The Record) vs 5.7M (Reuters)");
    expect(bullets(await ask("qui est derrière ?"))).toContain("ShinyHunters: claimed (per The Record)");
    expect(text(await ask("quelles données ont été volées ?"))).toContain("Data reported for");
  });

  it("finds the incident from the thread, or from a name in the question", async () => {
    await store.recordPost({ target: "slack:T1:C-thread", messageId: "9.9", threadId: "9.9", incidentId: "westjet-2025-06" });
    const inThread = await core.answer("was passport data taken?", ctxFor("C-thread", { threadId: "9.9" }));
    expect(inThread.incidentId).toBe("westjet-2025-06");
    expect(text(inThread)).toBe("Yes: Passport data reported taken (per The Register).");
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
    expect(text(other)).toBe("About 1.2M people are affected (per The Register).");
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
