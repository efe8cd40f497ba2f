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
 * The cases the issue names, each an invented article with the extraction it gives, through the
 * real ingest pipeline and store, then the bot's views, answers and actions.
 */
const CASES: Record<string, { article: Article; extraction: Extraction }> = {
  // an attacker's claim of hundreds of millions of records, and nothing else about the size
  claimedCount: {
    article: { url: "https://wire.example.test/grebe", title: "Hackers claim huge haul from Grebe Retail", published: "2025-08-01", outlet: "Harbour Wire", body: "x" },
    extraction: extractionSaying({ victims: ["Grebe Retail"], sector: "retail", affectedCount: 900_000_000, exposed: ["name", "passport"], actors: [{ name: "ShinyHunters", role: "claimed" }] }, [
      { field: "affectedCount", value: 900_000_000, stance: "claimed", sentence: "ShinyHunters says it stole 900 million records from Grebe Retail.", speaker: "ShinyHunters", unit: "records" },
      { field: "exposed", value: "passport", stance: "claimed", sentence: "The group claims the haul includes passport scans.", speaker: "ShinyHunters" },
      { field: "exposed", value: "name", stance: "reported", sentence: "Customer names appear in samples the outlet reviewed." },
      { field: "actors", value: "ShinyHunters", stance: "claimed", sentence: "ShinyHunters says it stole 900 million records from Grebe Retail.", speaker: "ShinyHunters" },
    ], "Hackers claim huge haul from Grebe Retail"),
  },
  // a platform only the press links to the breach; the company names the group itself; an earlier article merely linked another group
  pressPlatform: {
    article: { url: "https://wire.example.test/petrel", title: "Petrel Airways confirms breach", published: "2025-07-03", outlet: "Courier Security", body: "x" },
    extraction: extractionSaying({ victims: ["Petrel Airways"], sector: "airline", thirdParty: true, vendor: "Salesforce", exposed: ["email"], actors: [{ name: "Scattered Spider", role: "attributed" }, { name: "ShinyHunters", role: "suspected" }] }, [
      { field: "thirdParty", value: true, stance: "confirmed", sentence: "Petrel Airways said a third-party platform used by its contact centre was accessed.", speaker: "Petrel Airways" },
      { field: "vendor", value: "Salesforce", stance: "reported", sentence: "Reporting has linked the platform to Salesforce." },
      { field: "exposed", value: "email", stance: "confirmed", sentence: "Petrel Airways said email addresses were taken.", speaker: "Petrel Airways" },
      { field: "actors", value: "Scattered Spider", stance: "confirmed", sentence: "Petrel Airways named Scattered Spider as the group behind the attack.", speaker: "Petrel Airways" },
      { field: "actors", value: "ShinyHunters", stance: "reported", sentence: "Some researchers have linked the intrusion to ShinyHunters." },
    ], "Petrel Airways confirms breach"),
  },
  // the company warned customers about phishing emails: the extractor infers a vector from context
  warnedPhishing: {
    article: { url: "https://wire.example.test/auk", title: "Auk Outfitters notifies customers", published: "2025-09-10", outlet: "Harbour Wire", body: "x" },
    extraction: extractionSaying({ victims: ["Auk Outfitters"], sector: "retail", vector: "phishing", exposed: ["email"] }, [
      { field: "vector", value: "phishing", stance: "inferred", sentence: "The company warned customers to watch for phishing emails." },
      { field: "exposed", value: "email", stance: "confirmed", sentence: "Auk Outfitters said email addresses were exposed.", speaker: "Auk Outfitters" },
    ], "Auk Outfitters notifies customers"),
  },
  // the headline gives the number, the extraction missed it
  missedHeadline: {
    article: { url: "https://wire.example.test/tern", title: "Tern Travel breach hits 2.3 million customers", published: "2025-10-01", outlet: "Courier Security", body: "x" },
    extraction: extractionSaying({ victims: ["Tern Travel"], sector: "other", exposed: ["email"] }, [
      { field: "exposed", value: "email", stance: "confirmed", sentence: "Tern Travel said email addresses were taken.", speaker: "Tern Travel" },
    ], "Tern Travel breach hits 2.3 million customers"),
  },
};

const body = (v: View): string => [v.sections[0]?.text ?? "", ...(v.sections[0]?.bullets ?? [])].join("\n");
const everything = (v: View): string => v.fallbackText;

describe.each(storeKinds())("the issue's named cases (%s)", (kind) => {
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
  const ask = (name: string, q: string) => core.answer(q, ctxFor("C-named", { incidentId: ids[name] }));
  const run = (command: string) => core.handleCommand(command, ctxFor("C-named"));

  it("an attacker's claimed count is a claim, not the number of people, and does not make the incident critical", async () => {
    const card = await run(`show ${ids.claimedCount}`);
    const facts = Object.fromEntries(card.sections[0]!.facts!.map((f) => [f.label, f.value]));
    expect(facts["Affected"]).toBe("900M records — ShinyHunters claims this, unverified");
    expect(card.subtitle).not.toMatch(/CRITICAL/);
    const count = await ask("claimedCount", "how many customers are affected?");
    expect(body(count)).toBe("Only the attackers give a figure: ShinyHunters claims 900M records (per Harbour Wire). Unverified; not confirmed by the company.");
    const actions = await run(`actions ${ids.claimedCount}`);
    expect(actions.sections[0]!.heading).not.toBe("Severity: critical");
    expect(actions.sections[0]!.bullets).toContain("ShinyHunters claims 900M records (unverified; not used for severity)");
    expect(everything(await run("latest"))).toContain("900M affected (claimed, unverified)");
  });

  it("a platform only the press linked is never told to agents as the way in", async () => {
    const cc = await ask("pressPlatform", "what should our call centre tell customers?");
    const text = everything(cc);
    expect(text).toContain("if, as reported, the platform was Salesforce, say that reports name Salesforce and that the company has not confirmed it");
    expect(text).not.toContain("the data was taken through a third-party platform, Salesforce.");
    const vendor = await ask("pressPlatform", "which vendor or platform was involved?");
    expect(body(vendor)).toBe("Vendor / platform: Salesforce (a third party) — reported by Courier Security, not confirmed by the company");
  });

  it("a group the victim named is confirmed; a group merely linked is not shown as claimed", async () => {
    const who = await ask("pressPlatform", "which hacking group is responsible?");
    expect(who.sections[0]!.bullets).toEqual([
      "Scattered Spider — named by Petrel Airways (confirmed) (per Courier Security)",
      "ShinyHunters — linked by Courier Security, not confirmed by the company",
    ]);
    expect(everything(who)).not.toMatch(/ShinyHunters[^\n]*claim/);
  });

  it("'the company warned customers about phishing emails' never becomes 'phishing was the way in'", async () => {
    const actions = everything(await run(`actions ${ids.warnedPhishing}`));
    expect(actions).not.toMatch(/phishing of staff was the way in/i);
    expect(actions).not.toMatch(/breached via phishing/i);
    const card = await run(`show ${ids.warnedPhishing}`);
    expect(Object.fromEntries(card.sections[0]!.facts!.map((f) => [f.label, f.value]))["Vector"]).toBe("Phishing — inferred by Breach Radar, not stated by any source");
  });

  it("'how many customers?' reads the number the extraction missed from the headline, worded by stance, and quotes it", async () => {
    const v = await ask("missedHeadline", "how many customers?");
    expect(body(v)).toBe("About 2.3M people affected, as reported (per Courier Security). Not confirmed by the company.");
    expect(v.sections[1]!.heading).toBe("What the source sentences say");
    expect(v.sections[1]!.quotes).toEqual([{ text: "Tern Travel breach hits 2.3 million customers", source: "Courier Security", date: "2025-10-01", url: "https://wire.example.test/tern" }]);
    const nothing = await ask("missedHeadline", "who is behind it?");
    expect(body(nothing)).toBe("Not reported in 1 source: nothing about who is behind it yet.");
  });
});
