import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { advise } from "../../src/advise/index.js";
import { createBotCore } from "../../src/bot/index.js";
import { fakeClock } from "../../src/clock.js";
import { silentLogger } from "../../src/logger.js";
import { composeDigest } from "../../src/schedule/digest.compose.js";
import { makeIncident } from "../advise/incident.fixture.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { addIncident } from "./schedule.fixtures.js";

const NOW = new Date("2025-12-01T09:00:00Z");
const arrows = (text: string | undefined): string[] => (text ?? "").split("\n").filter((l) => l.startsWith("→ ")).map((l) => l.slice(2));

describe("digest items word facts by stance", () => {
  it("names a claimed count and a reported vendor as such", () => {
    const incident = makeIncident({
      id: "acme-2025-07", title: "Acme data breach", exposed: ["email", "passport"], affectedCount: 6_000_000, vendor: "Salesforce", thirdParty: true,
      stances: { affectedCount: "claimed", vendor: "reported", "exposed:email": "confirmed", "exposed:passport": "claimed", thirdParty: "confirmed" },
    });
    const view = composeDigest({ newIncidents: [incident], changed: [], newTotal: 1, changedTotal: 0 }, { date: "2025-12-01", since: new Date("2025-11-30T09:00:00Z"), late: false, postWhenEmpty: true, campaignNames: new Map(), now: NOW })!;
    const text = view.sections[0]!.items![0]!.text!;
    expect(text).toContain("6M affected (claimed, unverified)");
    expect(text).toContain("via Salesforce (reported, not confirmed)");
    expect(text).toContain("Exposed: email addresses; passport data (claimed, unverified)");
    expect(text).not.toMatch(/\bcritical\b/);
  });
});

describe.each(storeKinds())("digests and the bot compute advice with the same clock (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => { await store.cleanup(); });

  it("an incident disclosed ten months before the clock is aged alike in the digest and in `actions`", async () => {
    const patch = { id: "acme-2025-01", exposed: ["email" as const], vector: "vishing" as const, thirdParty: null, disclosedAt: "2025-01-10" };
    await addIncident(store, new Date("2025-01-10T08:00:00Z"), patch);
    const [incident] = await store.listIncidents();
    const clock = fakeClock(NOW);
    const digest = composeDigest({ newIncidents: [incident!], changed: [], newTotal: 1, changedTotal: 0 }, { date: "2025-12-01", since: new Date("2025-01-01T00:00:00Z"), late: false, postWhenEmpty: true, campaignNames: new Map(), now: clock.now() })!;
    const aged = advise(incident!, { now: clock.now() }).actions.slice(0, 2).map((a) => a.text);
    const unaged = advise(incident!).actions.slice(0, 2).map((a) => a.text);
    expect(aged).not.toEqual(unaged);
    expect(arrows(digest.sections[0]!.items![0]!.text)).toEqual(aged);
    const core = createBotCore({ store, logger: silentLogger, clock });
    const actions = await core.handleCommand("actions acme-2025-01", { platform: "console", workspaceId: "local", target: "console:t", userId: "u" });
    const bullets = actions.sections.slice(1).flatMap((s) => s.bullets ?? []);
    expect(bullets.some((b) => b.startsWith("[now]"))).toBe(false);
    expect(bullets.filter((b) => aged.some((t) => b.includes(t)))).toHaveLength(2);
  });
});
