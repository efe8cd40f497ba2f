import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import { fakeClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import type { Article, Extraction } from "../../src/domain/incident.js";
import { createIngestor } from "../../src/ingest/index.js";
import { silentLogger } from "../../src/logger.js";
import { extractionSaying } from "../ingest/helpers/evidence.builders.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { ctxFor } from "./bot.harness.js";

/** Today, for this test: the articles below were published in 2025 and are read now. */
const TODAY = "2026-12-04T09:00:00Z";

/** Two invented reports of one July 2025 incident, and a third of another incident, each with the extraction it gives. */
const ARTICLES: { article: Article; extraction: Extraction }[] = [
  {
    article: { url: "https://wire.example.test/linnet-1", title: "Linnet Air confirms customer data theft", published: "2025-07-02", outlet: "Harbour Wire", body: "b1" },
    extraction: extractionSaying({ victims: ["Linnet Air"], affectedCount: 410_000, exposed: ["name", "email"], detected: "2025-06-28", disclosed: "2025-07-02", vendor: "Salesforce" }, [
      { field: "affectedCount", value: 410_000, stance: "confirmed", sentence: "Linnet Air said 410,000 customers were affected.", speaker: "Linnet Air", unit: "people" },
      { field: "exposed", value: "name", stance: "confirmed", sentence: "Linnet Air said names and email addresses were taken.", speaker: "Linnet Air" },
      { field: "exposed", value: "email", stance: "confirmed", sentence: "Linnet Air said names and email addresses were taken.", speaker: "Linnet Air" },
      { field: "vendor", value: "Salesforce", stance: "reported", sentence: "Two people familiar with the matter said the data sat in Salesforce." },
      { field: "detected", value: "2025-06-28", stance: "confirmed", sentence: "The airline noticed the intrusion on 28 June.", speaker: "Linnet Air" },
    ], "Linnet Air confirms customer data theft"),
  },
  {
    article: { url: "https://wire.example.test/linnet-2", title: "Extortion group names Linnet Air", published: "2025-07-09", outlet: "Courier Security", body: "b2" },
    extraction: extractionSaying({ victims: ["Linnet Air"], affectedCount: 410_000, exposed: ["name"], actors: [{ name: "ShinyHunters", role: "claimed" }], disclosed: "2025-07-02" }, [
      { field: "affectedCount", value: 410_000, stance: "reported", sentence: "The airline has put the number at 410,000.", unit: "people" },
      { field: "affectedCount", value: 2_000_000, stance: "claimed", sentence: "ShinyHunters says it holds two million records.", speaker: "ShinyHunters", unit: "records" },
      { field: "actors", value: "ShinyHunters", stance: "claimed", sentence: "ShinyHunters says it holds two million records.", speaker: "ShinyHunters" },
    ], "Extortion group names Linnet Air"),
  },
  {
    article: { url: "https://wire.example.test/kestrel-1", title: "Kestrel Stores discloses breach", published: "2025-07-20", outlet: "Harbour Wire", body: "b3" },
    extraction: extractionSaying({ victims: ["Kestrel Stores"], sector: "retail", exposed: ["email"], vendor: "Salesforce", detected: "2025-07-15", disclosed: "2025-07-20" }, [
      { field: "exposed", value: "email", stance: "confirmed", sentence: "Kestrel Stores said email addresses were taken.", speaker: "Kestrel Stores" },
      { field: "vendor", value: "Salesforce", stance: "confirmed", sentence: "Kestrel Stores said its Salesforce instance was accessed.", speaker: "Kestrel Stores" },
    ], "Kestrel Stores discloses breach"),
  },
];

describe.each(storeKinds())("time is event time: sources published in 2025, read today (%s)", (kind) => {
  let store: TestStore;
  let core: BotCore;
  beforeEach(async () => {
    store = await openTestStore(kind);
    const clock = fakeClock(TODAY);
    const byUrl = new Map(ARTICLES.map((a) => [a.article.url, a.extraction]));
    const ingestor = createIngestor({ store, logger: silentLogger, clock, config: loadConfig({ LOG_LEVEL: "silent" }), extract: (article) => byUrl.get(article.url!)! });
    for (const { article } of ARTICLES) {
      await ingestor.ingestArticle(article);
      clock.advance(60_000);
    }
    await ingestor.relinkCampaigns();
    core = createBotCore({ store, logger: silentLogger, clock });
  });
  afterEach(async () => { await store.cleanup(); });

  const run = (command: string) => core.handleCommand(command, ctxFor("C-time"));

  it("timeline dates each line by publication and the incident's own dates, with the article's title and link", async () => {
    const [linnet] = await store.listIncidents({ sector: "airline" });
    const lines = (await run(`timeline ${linnet!.id}`)).sections[0]!.bullets!;
    expect(lines.map((l) => l.slice(0, 10))).toEqual(["2025-06-28", "2025-07-02", "2025-07-02", "2025-07-09"]);
    expect(lines.join("\n")).not.toContain("2026-12-04");
    expect(lines[2]).toContain('Harbour Wire, "Linnet Air confirms customer data theft" (https://wire.example.test/linnet-1): First report');
    expect(lines[3]).toContain("Another figure: 2M records (ShinyHunters claims this, unverified).");
    expect(lines.join("\n")).not.toMatch(/affectedCount|notExposed|exposed:/);
    const show = await run(`show ${linnet!.id}`);
    expect(show.context).toBe("Last reported 2025-07-09 · 2 sources · last checked 2026-12-04");
  });

  it("latest orders and dates incidents by their latest report, not by when they were read", async () => {
    const latest = await run("latest");
    const items = latest.sections[0]!.items!;
    expect(items.map((i) => i.title)).toEqual(["Kestrel Stores: customer data stolen via Salesforce", "Linnet Air: customer data stolen"]);
    expect(items[0]!.text).toContain("reported 2025-07-20");
    expect(items[1]!.text).toContain("reported 2025-07-09");
    expect(items[1]!.text).toContain("410,000 affected · via Salesforce (reported, not confirmed)");
    expect(latest.fallbackText).not.toContain("2026-12-04");
  });

  it("stats 7d counts nothing read today but published a year ago; stats 2025 counts both", async () => {
    const week = await run("stats 7d");
    expect(week.context).toBe("0 incidents reported in the period · 0 sources published in it");
    const year = await run("stats 2025");
    expect(year.context).toBe("2 incidents reported in the period · 3 sources published in it");
  });

  it("'what changed since 2025-07-05?' returns what was published after that date, not the first report", async () => {
    const [linnet] = await store.listIncidents({ sector: "airline" });
    const since = await core.answer("what changed since 2025-07-05?", ctxFor("C-time", { incidentId: linnet!.id }));
    const bullets = since.sections[0]!.bullets!;
    expect(bullets.every((b) => b.startsWith("2025-07-09 · "))).toBe(true);
    expect(bullets.some((b) => b.includes("Actor claims responsibility: ShinyHunters"))).toBe(true);
    expect(bullets.some((b) => b.includes("First report"))).toBe(false);
    const before = await core.answer("what changed since 2025-07-01?", ctxFor("C-time", { incidentId: linnet!.id }));
    expect(before.sections[0]!.bullets!.some((b) => b.startsWith("2025-07-02 · First report"))).toBe(true);
  });

  it("a campaign is 'since' its first incident's date", async () => {
    const list = await run("campaign");
    expect(list.sections[0]!.items![0]!.text).toContain("since 2025-06-28");
    expect(list.fallbackText).not.toContain("2026-12-04");
  });
});
