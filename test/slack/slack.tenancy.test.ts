import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import { systemClock, fakeClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { createIngestor, type Ingestor } from "../../src/ingest/index.js";
import { silentLogger } from "../../src/logger.js";
import { deliverNow, testScheduler } from "../schedule/schedule.fixtures.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFixtureServer, send, type FixtureServer } from "../ingest/helpers/fixture.server.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { startAdapter, type Harness } from "./harness.js";
import { postSigned, slashCommand } from "./slack-request.js";
import { LOOKALIKE_PATH, lookalikePage, sharedFeed } from "./tenancy.fixtures.js";

const installation = (teamId: string, token: string) => ({
  team: { id: teamId, name: teamId }, enterprise: undefined, user: { token: undefined, scopes: undefined, id: "U0" },
  bot: { token, scopes: ["chat:write"], id: `B${teamId}`, userId: "UBOT" }, isEnterpriseInstall: false, authVersion: "v2" as const,
});

const A = { team_id: "T1", channel_id: "C1", user_id: "UA" };
const B = { team_id: "T2", channel_id: "C2", user_id: "UB" };

/** Every string anywhere in a payload (block texts, fallback text…). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Every mrkdwn link `<url|label>` in the texts, with what follows it. */
function links(texts: string[]): { url: string; label: string; after: string }[] {
  const found: { url: string; label: string; after: string }[] = [];
  for (const text of texts) {
    for (const m of text.matchAll(/<(https?:\/\/[^|>]+)\|([^>]*)>([^\n]*)/g)) found.push({ url: m[1]!, label: m[2]!, after: m[3]! });
  }
  return found;
}

describe.each(storeKinds())("two workspaces share one Breach Radar (%s)", (kind) => {
  let store: TestStore;
  let api: FakeSlackApi;
  let pages: FixtureServer;
  let harness: Harness;
  let ingestor: Ingestor;
  let core: ReturnType<typeof createBotCore>;
  let seq = 0;

  /** Runs `/breach TEXT` as a user of a workspace; resolves with every answer posted to its response_url. */
  async function command(who: typeof A, text: string, settle = (bodies: Record<string, unknown>[]) => bodies.length > 0): Promise<string[]> {
    const id = `${who.team_id}-${++seq}`;
    const res = await postSigned(harness.eventsUrl, slashCommand(text, api.responseUrl(id), who));
    expect(res.status).toBe(200);
    await api.waitFor(() => (settle(api.responses.filter((r) => r.id === id).map((r) => r.body)) ? true : undefined), 20_000);
    return api.responses.filter((r) => r.id === id).flatMap((r) => strings(r.body));
  }

  /** Everything Breach Radar sent into workspace B: its command answers and every post with B's token. */
  const sentToB = (): string[] => [
    ...api.responses.filter((r) => r.id.startsWith("T2-")).flatMap((r) => strings(r.body)),
    ...api.calls.filter((c) => c.token === "xoxb-two").flatMap((c) => strings(c.args)),
  ];

  beforeEach(async () => {
    store = await openTestStore(kind);
    api = await startFakeSlackApi();
    pages = await startFixtureServer();
    pages.routes.set(LOOKALIKE_PATH, send(lookalikePage(), { "content-type": "text/html; charset=utf-8" }));
    pages.routes.set("/feed.xml", send(sharedFeed(pages.base), { "content-type": "application/rss+xml" }));
    await store.saveInstallation({ platform: "slack", id: "T1", data: installation("T1", "xoxb-one") });
    await store.saveInstallation({ platform: "slack", id: "T2", data: installation("T2", "xoxb-two") });
    const config = loadConfig({ FETCH_ALLOW_PRIVATE: "127.0.0.1", LOG_LEVEL: "silent" });
    ingestor = createIngestor({ store, logger: silentLogger, config });
    core = createBotCore({ store, logger: silentLogger, indexTtlMs: 0, ingestUrl: (url, options) => ingestor.ingestUrl(url, { ...options, userSupplied: true }) });
    harness = await startAdapter({
      apiUrl: api.apiUrl, core, store,
      env: { SLACK_BOT_TOKEN: "", SLACK_CLIENT_ID: "111.222", SLACK_CLIENT_SECRET: "client-secret", SLACK_STATE_SECRET: "state-secret", PUBLIC_URL: "https://radar.example.com" },
    });
  });
  afterEach(async () => {
    await harness.close();
    await pages.close();
    await api.close();
    await store.cleanup();
  });

  it("keeps what workspace A adds out of workspace B, until a configured feed reports the incident; every link names its real host", async () => {
    const hhmm = new Date().toISOString().slice(11, 16);
    for (const who of [A, B]) {
      await command(who, "watch Qantas");
      await command(who, `subscribe at ${hhmm} UTC live`);
    }
    const lookalike = `${pages.base}${LOOKALIKE_PATH}`;

    // Workspace A adds the look-alike page: A sees its own incident.
    const added = (await command(A, `add ${lookalike}`, (bodies) => strings(bodies).some((t) => t.includes("Qantas")))).join("\n");
    expect(added).toContain("www.qantas.com customer notice");
    expect(added).toContain("only in this workspace");

    // Workspace B finds nothing of it, however it asks.
    for (const text of ["show qantas", "search qantas", "latest", "stats all", "sources qantas", "actor nobody", "campaign"]) {
      const answer = (await command(B, text)).join("\n");
      expect(answer, text).not.toMatch(/www\.qantas\.com customer notice|9M|9,000,000|127\.0\.0\.1/);
    }
    expect((await command(B, "show qantas")).join("\n")).toContain('No incident matches "qantas"');
    expect((await command(B, "stats all")).join("\n")).toContain("0 incidents");

    // Alerts: A's watch and live subscription fire in A only; B gets nothing.
    const posters = [harness.adapter.poster];
    await deliverNow(testScheduler(store, posters, systemClock, {}, "replica-1"));
    const posts = () => api.callsTo("chat.postMessage");
    expect(posts().filter((p) => p.token === "xoxb-one").length).toBeGreaterThanOrEqual(2); // watch, live alert
    expect(posts().filter((p) => p.token === "xoxb-two")).toHaveLength(0);

    // A configured feed reports the incident: now B sees it, built from the feed's report only.
    const polled = await ingestor.pollFeed(`${pages.base}/feed.xml`);
    expect(polled.newIncidents).toHaveLength(1);
    await command(B, "search qantas"); // the search index refreshes behind a request once older than its TTL (0 here)
    await new Promise((r) => setTimeout(r, 200));
    const shown = (await command(B, "show qantas")).join("\n");
    expect(shown).toContain("Qantas");
    expect(shown).toContain("Harbour Security Wire");
    await deliverNow(testScheduler(store, posters, systemClock, {}, "replica-1"));
    const toB = sentToB().join("\n");
    expect(toB).toContain("Qantas");
    expect(toB).not.toMatch(/customer notice|qantas-customer-notice|9M/);

    // Tomorrow's digests: A's and B's; B's holds the feed's report only.
    const tomorrow = fakeClock(new Date(Date.now() + 86_400_000 + 30_000));
    await deliverNow(testScheduler(store, posters, tomorrow, {}, "replica-1"));
    expect(posts().filter((p) => p.token === "xoxb-one").length).toBeGreaterThanOrEqual(3); // watch, live alert, digest
    expect(posts().filter((p) => p.token === "xoxb-two").length).toBeGreaterThanOrEqual(2); // live alert, digest
    // (The feed itself is served from 127.0.0.1 too, so only the look-alike's own words are checked here.)
    expect(sentToB().join("\n")).not.toMatch(/customer notice|qantas-customer-notice|9M/);

    // Every link posted anywhere names its real host next to its label.
    const everything = [...api.responses.flatMap((r) => strings(r.body)), ...api.calls.flatMap((c) => strings(c.args))];
    const all = links(everything);
    expect(all.length).toBeGreaterThan(0);
    for (const link of all) expect(link.after.startsWith(` — ${new URL(link.url.replace(/&amp;/g, "&")).hostname}`), `${link.label} → ${link.url}`).toBe(true);
    expect(all.some((l) => l.label.includes("www.qantas.com customer notice") && l.after.startsWith(" — 127.0.0.1"))).toBe(true);
  });

  it("gives a second workspace that adds the same URL its own copy, never the first workspace's incident", async () => {
    const lookalike = `${pages.base}${LOOKALIKE_PATH}`;
    const fromA = (await command(A, `add ${lookalike}`, (bodies) => strings(bodies).some((t) => t.includes("Qantas")))).join("\n");
    const fromB = (await command(B, `add ${lookalike}`, (bodies) => strings(bodies).some((t) => t.includes("Qantas")))).join("\n");
    const idOf = (text: string) => /qantas-\d{4}-\d{2}-[0-9a-f]{6}/.exec(text)?.[0];
    expect(idOf(fromA)).toBeDefined();
    expect(idOf(fromB)).toBeDefined();
    expect(idOf(fromB)).not.toBe(idOf(fromA));
    expect((await command(B, `show ${idOf(fromA)!}`)).join("\n")).toContain("No incident matches");
    expect(await store.countIncidents({ visibleTo: "" })).toBe(0);
    expect(await store.countIncidents()).toBe(2);
  });
});
