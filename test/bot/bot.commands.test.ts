import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/bot/bot.port.js";
import { encodeMore } from "../../src/bot/grammar/command.parser.js";
import { COMMAND_TABLE } from "../../src/bot/grammar/command.table.js";
import { commandRef } from "../../src/domain/command-ref.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { seedBotFixtures } from "./bot.fixtures.js";
import { coreFor, ctxFor } from "./bot.harness.js";

describe.each(storeKinds())("bot commands (%s)", (kind) => {
  let store: TestStore;
  let core: BotCore;
  beforeAll(async () => {
    store = await openTestStore(kind);
    await seedBotFixtures(store, 12);
    core = coreFor(store);
  });
  afterAll(async () => { await store.cleanup(); });
  const run = (text: string, channel = "C1") => core.handleCommand(text, ctxFor(channel));

  it("help is generated from the command table", async () => {
    const view = await run("help");
    expect(view.kind).toBe("help");
    // Every command of the table, named as a command reference (each platform words it), none hidden.
    const bullets = view.sections.find((s) => s.heading === "Commands")!.bullets!;
    expect(bullets).toHaveLength(Object.keys(COMMAND_TABLE).length);
    for (const entry of Object.values(COMMAND_TABLE)) expect(bullets).toContain(`${commandRef(entry.syntax)} — ${entry.summary}`);
    expect(view.fallbackText).not.toContain("`");
    expect(view.fallbackText).toMatch(/mention me/);
    const one = await run("help subscribe");
    expect(one.sections.flatMap((s) => s.bullets ?? [])).toContain(commandRef("subscribe airline at 08:30 Europe/Paris high"));
  });

  it("unknown and malformed commands answer help with a suggestion", async () => {
    const unknown = await run("lastest airline");
    expect(unknown.kind).toBe("help");
    expect(unknown.fallbackText).toContain(`Did you mean ${commandRef("latest")}?`);
    const bad = await run("latest 99");
    expect(bad.kind).toBe("help");
    expect(bad.fallbackText).toContain("at most 50");
    expect(bad.title).toBe("Help: latest");
  });

  it("latest filters by sector and paginates with a Show more action", async () => {
    const first = await run("latest airline 6");
    const ids1 = first.sections[0]!.items!.map((i) => i.incidentId);
    expect(ids1).toHaveLength(6);
    expect(first.context).toBe("Showing 1–6 of 15");
    const more = first.actions!.find((a) => a.id === "more")!;
    expect(more.command).toBe("latest airline 6 page 2");
    const second = await run(more.command);
    const ids2 = second.sections[0]!.items!.map((i) => i.incidentId);
    expect(ids2).toHaveLength(6);
    expect(ids2.some((id) => ids1.includes(id))).toBe(false);
    const viaToken = await run(`more ${encodeMore("latest airline 6 page 2")}`);
    expect(viaToken.sections[0]!.items!.map((i) => i.incidentId)).toEqual(ids2);
    const last = await run("latest airline 6 page 3");
    expect(last.sections[0]!.items).toHaveLength(3);
    expect(last.actions).toBeUndefined();
    const retail = await run("latest retail");
    expect(retail.sections[0]!.items!.map((i) => i.incidentId)).toEqual(["chanel-2025-07"]);
  });

  it("search tolerates typos and finds vendors, actors by alias and campaigns", async () => {
    expect((await run("search qantaz")).sections[0]!.items![0]!.incidentId).toBe("qantas-2025-06");
    const sf = (await run("search salesfroce")).sections[0]!.items!.map((i) => i.incidentId);
    expect(sf.sort()).toEqual(["air-france-klm-2025-08", "chanel-2025-07", "qantas-2025-06"]);
    const alias = (await run("search UNC6040")).sections[0]!.items!.map((i) => i.incidentId);
    expect(alias).toContain("chanel-2025-07");
    const none = await run("search nothingmatcheshere");
    expect(none.fallbackText).toContain("No incident matches");
  });

  it("search paginates", async () => {
    const p1 = await run("search carrier");
    expect(p1.sections[0]!.items).toHaveLength(10);
    expect(p1.context).toBe("Showing 1–10 of 12");
    const more = p1.actions!.find((a) => a.id === "more")!;
    expect(more.command).toBe("search carrier page 2");
    const p2 = await run(more.command);
    expect(p2.sections[0]!.items).toHaveLength(2);
    expect(p2.actions).toBeUndefined();
    expect((await run("search carrier page 3")).context).toBe("No more results (12 in total)");
  });

  it("show renders the incident card with facts, badges, conflict, actions and buttons", async () => {
    const view = await run("show qantas-2025-06");
    expect(view.kind).toBe("incident");
    expect(view.incidentId).toBe("qantas-2025-06");
    const facts = Object.fromEntries(view.sections[0]!.facts!.map((f) => [f.label, f.value]));
    expect(facts["Affected"]).toBe("5.7M people — confirmed by Qantas; 6M records — ShinyHunters claims this, unverified");
    expect(facts["Actors"]).toBe("Scattered Spider — linked by Reuters, not confirmed by the company; ShinyHunters — claims responsibility, unverified");
    expect(facts["Vendor / platform"]).toBe("Salesforce (third party) — reported by Reuters, not confirmed by the company");
    expect(facts["Regulators"]).toBe("OAIC — confirmed by Qantas");
    expect(facts["Sector"]).toBe("airline — inferred by Breach Radar, not stated by any source");
    const badges = view.sections.find((s) => s.badges)!.badges!;
    expect(badges).toContainEqual({ label: "Passport data", tone: "safe" });
    expect(badges).toContainEqual({ label: "Dates of birth", tone: "exposed" });
    expect(view.sections.find((s) => s.heading === "Top actions")!.bullets!.length).toBeGreaterThan(0);
    expect(view.context).toBe("Last reported 2025-07-09 · 2 sources · last checked 2025-07-09");
    expect(view.actions!.map((a) => a.id)).toEqual(["actions", "evidence", "sources", "timeline", "subscribe", "watch", "post"]);
    expect(view.actions!.find((a) => a.id === "evidence")).toEqual({ id: "evidence", label: "Why?", command: "evidence qantas-2025-06" });
    expect(view.actions!.find((a) => a.id === "watch")!.command).toBe("watch Salesforce");
  });

  it("show by name picks the best match, ambiguous names list choices", async () => {
    expect((await run("show westjet")).incidentId).toBe("westjet-2025-06");
    expect((await run("show air franse")).incidentId).toBe("air-france-klm-2025-08");
    const ambiguous = await run("show carrier");
    expect(ambiguous.kind).toBe("list");
    expect(ambiguous.sections[0]!.items!.length).toBeGreaterThan(1);
    expect((await run("show no-such-thing-zz")).kind).toBe("error");
  });

  it("actions groups advice by audience with priority and reason", async () => {
    const view = await run("actions qantas-2025-06");
    expect(view.kind).toBe("actions");
    const audiences = view.sections.map((s) => s.heading);
    expect(audiences.some((h) => h?.startsWith("Severity"))).toBe(true);
    expect(audiences).toContain("Customer service & communications");
    const bullet = view.sections.find((s) => s.bullets && s.heading && !s.heading.startsWith("Severity"))!.bullets![0]!;
    // Priority and the reader the action assumes (no profile in this workspace), the action, and why.
    expect(bullet).toMatch(/^\[(now|soon|later) · if [^\]]+ \(assumed\)\] .+ \(why: .+\)/);
    expect(view.sections.some((s) => s.text?.includes("No reader profile is set"))).toBe(true);
  });

  it("actions ID for fraud shows only the fraud & loyalty actions, and they fire on loyalty data", async () => {
    const view = await run("actions qantas-2025-06 for fraud");
    expect(view.kind).toBe("actions");
    expect(view.title).toContain("for fraud & loyalty");
    const headings = view.sections.map((s) => s.heading).filter(Boolean);
    expect(headings).toContain("Fraud & loyalty");
    expect(headings).not.toContain("Customer service & communications");
    const fraud = view.sections.find((s) => s.heading === "Fraud & loyalty")!.bullets!.join("\n");
    expect(fraud).toMatch(/contact details .* followed within days by a redemption/);
  });

  it("sources lists links with outlet and date; timeline reads as sentences in publication order", async () => {
    const sources = await run("sources qantas-2025-06");
    expect(sources.sections[0]!.links!.map((l) => l.note)).toEqual(["Reuters, 2025-07-02", "The Record, 2025-07-09"]);
    const timeline = await run("timeline qantas-2025-06");
    expect(timeline.sections[0]!.bullets).toEqual([
      "2025-06-30 — The incident was detected (confirmed by Qantas).",
      "2025-07-02 — The incident was disclosed (confirmed by Qantas).",
      '2025-07-02 — Reuters, "Airline says contact-centre system was accessed" (https://news.example.test/qantas-first): First report: Qantas: call-centre platform breach exposes customer records, 5.7M affected (confirmed) (Reuters).',
      '2025-07-09 — The Record, "Extortion crew claims airline data; count put at six million" (https://news.example.test/qantas-update): Another figure: 6M records (ShinyHunters claims this, unverified). Actor claims responsibility: ShinyHunters (ShinyHunters claims this, unverified).',
    ]);
    expect(timeline.fallbackText).not.toMatch(/affectedCount|notExposed/);
  });

  it("evidence quotes the sentences behind each fact with outlet, date and link; a field narrows it", async () => {
    const all = await run("evidence qantas-2025-06");
    expect(all.kind).toBe("evidence");
    const headings = all.sections.map((s) => s.heading);
    expect(headings).toContain("Vendor / platform: Salesforce — reported by Reuters, not confirmed by the company");
    expect(headings).toContain("Threat actor: ShinyHunters — claims responsibility, unverified");
    expect(headings).toContain("Data taken: dates of birth — confirmed by Qantas");
    const vendor = all.sections.find((s) => s.heading?.startsWith("Vendor"))!;
    expect(vendor.quotes).toEqual([{ text: "People familiar with the investigation said the platform was a Salesforce instance reached through a voice-phishing call.", source: "Reuters", date: "2025-07-02", url: "https://news.example.test/qantas-first" }]);
    const count = await run("evidence qantas count");
    expect(count.sections.map((s) => s.heading)).toEqual(["Number affected: 5.7M people — confirmed by Qantas", "Number affected: 6M records — ShinyHunters claims this, unverified"]);
    expect(count.sections[1]!.quotes![0]!.source).toBe("The Record");
    const inThread = await core.handleCommand("evidence actors", ctxFor("C1", { incidentId: "qantas-2025-06" }));
    expect(inThread.sections).toHaveLength(2);
    const legacy = await run("evidence westjet-2025-06 actors");
    expect(legacy.sections[0]!.text).toMatch(/No sentence stored/);
  });

  it("campaign lists campaigns and shows one with its incidents", async () => {
    const list = await run("campaign");
    expect(list.sections[0]!.items![0]!.title).toBe("Salesforce data theft 2025");
    const one = await run("campaign salesforce");
    expect(one.title).toBe("Campaign: Salesforce data theft 2025");
    expect(one.sections[0]!.items!.map((i) => i.incidentId).sort()).toEqual(["air-france-klm-2025-08", "chanel-2025-07", "qantas-2025-06"]);
  });

  it("actor resolves aliases and shows role per incident with the source", async () => {
    const view = await run("actor unc6040");
    expect(view.title).toBe("Actor: ShinyHunters");
    expect(view.subtitle).toContain("UNC6040");
    const items = view.sections[0]!.items!;
    expect(items.find((i) => i.incidentId === "qantas-2025-06")!.text).toContain("claimed per The Record");
    expect(items.find((i) => i.incidentId === "air-france-klm-2025-08")!.text).toContain("suspected");
  });

  it("stats counts by sector and severity", async () => {
    const view = await run("stats all");
    const bySector = Object.fromEntries(view.sections[0]!.facts!.map((f) => [f.label, f.value]));
    expect(bySector).toEqual({ airline: "15", retail: "1", other: "0" });
    expect(view.context).toContain("16 incidents reported in the period");
    expect((await run("stats 2025")).title).toBe("Statistics (since 2025)");
  });

  it("subscribe stores the channel with defaults, validates the zone, lists and unsubscribes", async () => {
    const ok = await run("subscribe airline high", "C-sub");
    expect(ok.title).toBe("Subscribed this conversation");
    expect(ok.fallbackText).toContain("07:45 (Europe/London)");
    const sub = await store.getSubscription("slack:T1:C-sub");
    expect(sub).toMatchObject({ sectors: ["airline"], minSeverity: "high", digestTime: "07:45", timeZone: "Europe/London", workspaceId: "T1", createdBy: "U1" });
    const bad = await run("subscribe at 09:00 Europe/Pari", "C-sub");
    expect(bad.kind).toBe("error");
    expect(bad.fallbackText).toContain("Did you mean Europe/Paris?");
    await run("subscribe retail at 9:15 America/New_York", "C-sub2");
    await store.updateSubscription((await store.getSubscription("slack:T1:C-sub2"))!.id, { pausedReason: "channel archived" });
    // Only this conversation's subscription: never another channel's settings or pause reason.
    const list = await run("subscriptions", "C-sub");
    expect(list.sections[0]!.items!.map((i) => i.title)).toEqual(["This conversation"]);
    expect(list.fallbackText).toContain("07:45 Europe/London");
    expect(list.fallbackText).not.toContain("America/New_York");
    expect(list.fallbackText).not.toContain("channel archived");
    const paused = await run("subscriptions", "C-sub2");
    expect(paused.fallbackText).toContain("paused: channel archived");
    expect(paused.fallbackText).not.toContain("Europe/London");
    expect((await run("subscriptions", "C-none")).fallbackText).toContain(`No digest in this conversation. Type ${commandRef("subscribe")}`);
    expect(list.fallbackText).not.toContain("slack:T1:");
    expect((await run("unsubscribe", "C-sub")).title).toBe("Unsubscribed");
    expect((await run("unsubscribe", "C-sub")).title).toBe("Not subscribed");
  });

  it("watch, watches, unwatch", async () => {
    expect((await run("watch Salesforce", "C-w")).title).toBe('Watching "Salesforce"');
    expect((await run("watches", "C-w")).sections[0]!.items!.map((i) => i.title)).toEqual(["Salesforce"]);
    expect((await run("watches", "C-other")).fallbackText).toContain("watches nothing"); // another conversation's watch is not listed
    expect((await run("unwatch Salesforce", "C-w")).title).toBe('Stopped watching "Salesforce"');
    expect((await run("watches", "C-w")).fallbackText).toContain("watches nothing");
  });
});
