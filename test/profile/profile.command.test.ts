import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import { parseCommand } from "../../src/bot/grammar/command.parser.js";
import { fakeClock } from "../../src/clock.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { ReaderProfile } from "../../src/domain/reader-profile.js";
import { silentLogger } from "../../src/logger.js";
import { advise } from "../../src/advise/index.js";
import { renderText } from "../../adapters/console/console.render.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";

const change = (text: string) => {
  const parsed = parseCommand(text);
  if (parsed.kind !== "profile") throw new Error(`${text}: ${JSON.stringify(parsed)}`);
  return parsed.change;
};
const invalid = (text: string): string => {
  const parsed = parseCommand(text);
  if (parsed.kind !== "invalid") throw new Error(`${text} parsed: ${JSON.stringify(parsed)}`);
  expect(parsed.command).toBe("profile");
  return parsed.message;
};

describe("profile command grammar", () => {
  it("reads each field in the forms people type", () => {
    expect(change("profile")).toEqual({ field: "show" });
    expect(change("/breach profile clear")).toEqual({ field: "clear" });
    expect(change("profile org  Acme   Airlines ")).toEqual({ field: "organisation", value: "Acme Airlines" });
    expect(change("profile organization none")).toEqual({ field: "organisation", value: null });
    expect(change("profile sector Aviation")).toEqual({ field: "sector", value: "airline" });
    expect(change("profile sector retailer")).toEqual({ field: "sector", value: "retail" });
    expect(change("profile listed yes")).toEqual({ field: "listed", value: true });
    expect(change("profile listed unlisted")).toEqual({ field: "listed", value: false });
    expect(change("profile listed unknown")).toEqual({ field: "listed", value: null });
  });

  it("resolves countries by ISO code, name, old code and US state, and keeps EU", () => {
    expect(change("profile countries AU, FR, EU")).toEqual({ field: "jurisdictions", value: ["AU", "FR", "EU"] });
    expect(change("profile countries au fr")).toEqual({ field: "jurisdictions", value: ["AU", "FR"] });
    expect(change("profile countries Australia, United Kingdom, UK, Côte d'Ivoire")).toEqual({ field: "jurisdictions", value: ["AU", "GB", "CI"] });
    expect(change("profile countries California, US-NY, Germany")).toEqual({ field: "jurisdictions", value: ["US-CA", "US-NY", "DE"] });
    expect(change("profile countries none")).toEqual({ field: "jurisdictions", value: [] });
  });

  it("resolves the stack through the vendor gazetteer and its aliases", () => {
    expect(change("profile stack salesforce, salesloft drift, snowflake")).toEqual({ field: "stack", set: ["salesforce", "salesloft-drift", "snowflake"], add: [], remove: [] });
    expect(change("profile stack Sales Force, Drift, SFDC")).toEqual({ field: "stack", set: ["salesforce", "salesloft-drift"], add: [], remove: [] });
    // Without commas, the longest known name is taken word by word.
    expect(change("profile stack salesloft drift snowflake")).toEqual({ field: "stack", set: ["salesloft-drift", "snowflake"], add: [], remove: [] });
    expect(change("profile stack +zendesk")).toEqual({ field: "stack", add: ["zendesk"], remove: [] });
    expect(change("profile stack -zendesk, +Okta")).toEqual({ field: "stack", add: ["okta"], remove: ["zendesk"] });
    expect(change("profile stack remove drift")).toEqual({ field: "stack", add: [], remove: ["salesloft-drift"] });
    expect(change("profile stack none")).toEqual({ field: "stack", set: [], add: [], remove: [] });
  });

  it("answers bad input with a clear message and a suggestion where one is close", () => {
    expect(invalid("profile sector bank")).toMatch(/don't know the sector "bank".*airline, retail and other/);
    expect(invalid("profile countries Frnace")).toContain("Did you mean France (FR)?");
    expect(invalid("profile countries ZZ")).toMatch(/not a country code/);
    expect(invalid("profile countries US-XX")).toMatch(/not a US state code/);
    expect(invalid("profile countries CA-QC")).toMatch(/US states only/);
    expect(invalid("profile stack salesfroce")).toBe('I don\'t know the vendor "salesfroce". Did you mean Salesforce?');
    expect(invalid("profile stack Acme Widgets Cloud")).toMatch(/don't know the vendor "Acme Widgets Cloud"/);
    expect(invalid("profile stack salesforce, +okta")).toMatch(/not both at once/);
    expect(invalid("profile listed maybe")).toMatch(/"yes", "no" or "unknown"/);
    expect(invalid("profile sectr airline")).toContain('Did you mean "sector"?');
    expect(invalid(`profile org ${"x".repeat(200)}`)).toMatch(/at most 120 characters/);
    expect(invalid("profile org A")).toMatch(/too short/);
  });

  it("strips control, bidi and command-marker characters from the organisation name", () => {
    expect(change("profile org Acme\u202e Air\uE000help\uE001")).toEqual({ field: "organisation", value: "Acme Airhelp" });
  });
});

const slack = (workspaceId: string): ChatContext => ({ platform: "slack", workspaceId, target: `slack:${workspaceId}:C1`, userId: "U1" });
const teams: ChatContext = { platform: "teams", workspaceId: "tenant-1", target: "teams:tenant-1:19:x@thread.tacv2", userId: "aad-1" };
const consoleCtx: ChatContext = { platform: "console", workspaceId: "local", target: "console:local", userId: "local" };

describe.each(storeKinds())("profile command on a real store (%s)", (kind) => {
  let store: TestStore;
  let core: BotCore;
  const seen: (ReaderProfile | undefined)[] = [];
  beforeEach(async () => {
    store = await openTestStore(kind);
    seen.length = 0;
    core = createBotCore({
      store, logger: silentLogger, clock: fakeClock("2026-12-05T09:00:00Z"),
      advise: (incident, options) => { seen.push(options?.profile); return advise(incident, options); },
    });
  });
  afterEach(async () => { await store.cleanup(); });

  it("stores the profile per workspace: Slack team, Teams tenant and console apart", async () => {
    await core.handleCommand("profile stack salesforce, salesloft drift", slack("T1"), {});
    await core.handleCommand("profile stack snowflake", slack("T2"), {});
    await core.handleCommand("profile org Acme Retail", teams, {});
    await core.handleCommand("profile sector retail", consoleCtx, {});
    expect((await store.getReaderProfile("slack:T1"))!.stack).toEqual(["salesforce", "salesloft-drift"]);
    expect((await store.getReaderProfile("slack:T2"))!.stack).toEqual(["snowflake"]);
    expect((await store.getReaderProfile("teams:tenant-1"))!.organisation).toBe("Acme Retail");
    expect((await store.getReaderProfile("console:local"))!.sector).toBe("retail");
    // Another channel of the same Slack team reads the same profile.
    const view = await core.handleCommand("profile", { ...slack("T1"), target: "slack:T1:C9" }, {});
    expect(view.sections.flatMap((s) => s.facts ?? [])).toContainEqual({ label: "Stack", value: "Salesforce, Salesloft Drift" });
  });

  it("shows, updates, adds and removes, and says what each change did", async () => {
    const empty = await core.handleCommand("profile", slack("T1"), {});
    expect(empty.fallbackText).toContain("No reader profile is set for this workspace");
    const set = await core.handleCommand("profile countries AU, FR, EU", slack("T1"), {});
    expect(set.title).toBe("Reader profile updated");
    expect(set.fallbackText).toContain("Countries set to AU (Australia), FR (France), EU (European Union).");
    await core.handleCommand("profile stack salesforce", slack("T1"), {});
    const added = await core.handleCommand("profile stack +zendesk, -okta", slack("T1"), {});
    expect(added.fallbackText).toContain("Added Zendesk. Okta was not in the stack.");
    expect(added.fallbackText).toContain("Stack: Salesforce, Zendesk");
    const listed = await core.handleCommand("profile listed no", slack("T1"), {});
    expect(listed.fallbackText).toContain("Listed: no (not listed)");
    const cleared = await core.handleCommand("profile clear", slack("T1"), {});
    expect(cleared.title).toBe("Reader profile cleared");
    expect(await store.getReaderProfile("slack:T1")).toBeNull();
    expect((await core.handleCommand("profile clear", slack("T1"), {})).title).toBe("No reader profile to clear");
  });

  it("an invalid profile command gets the profile help with the reason, and changes nothing", async () => {
    const view = await core.handleCommand("profile stack salesfroce", slack("T1"), {});
    expect(view.kind).toBe("help");
    expect(view.fallbackText).toContain('I don\'t know the vendor "salesfroce". Did you mean Salesforce?');
    expect(view.fallbackText).toContain("profile stack +zendesk");
    expect(await store.getReaderProfile("slack:T1")).toBeNull();
  });

  it("passes the asker's profile to advice at once after a change (the cache is invalidated)", async () => {
    await store.applyIncidentWrite((await import("./profile.fixtures.js")).salesforceWrite("acme-2026-12", "Acme Air"));
    await core.handleCommand("actions acme-2026-12", slack("T1"), {});
    expect(seen.at(-1)).toBeUndefined();
    await core.handleCommand("profile stack salesforce", slack("T1"), {});
    await core.handleCommand("actions acme-2026-12", slack("T1"), {});
    expect(seen.at(-1)).toMatchObject({ owner: "slack:T1", stack: ["salesforce"] });
    // A thread question whose answer gives actions is advised for the asker's workspace too.
    seen.length = 0;
    await core.answer("what should our call centre say?", { ...slack("T1"), incidentId: "acme-2026-12" });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toMatchObject({ owner: "slack:T1" });
    await core.handleCommand("actions acme-2026-12", slack("T2"), {});
    expect(seen.at(-1)).toBeUndefined();
    await core.handleCommand("profile clear", slack("T1"), {});
    await core.handleCommand("show acme-2026-12", slack("T1"), {});
    expect(seen.at(-1)).toBeUndefined();
  });

  it("the console renders an organisation name with markup as plain text", async () => {
    const view = await core.handleCommand("profile org <@U999> *Acme* <script>", consoleCtx, {});
    expect(renderText(view)).toContain("<@U999> *Acme* <script>");
  });
});
