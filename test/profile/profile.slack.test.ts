import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import { fakeClock, systemClock } from "../../src/clock.js";
import { silentLogger } from "../../src/logger.js";
import { addIncident, deliverNow, testScheduler } from "../schedule/schedule.fixtures.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFakeSlackApi, type FakeSlackApi } from "../slack/fake-slack-api.js";
import { startAdapter, type Harness } from "../slack/harness.js";
import { eventEnvelope, postSigned, slashCommand } from "../slack/slack-request.js";

const installation = (teamId: string, token: string) => ({
  team: { id: teamId, name: teamId }, enterprise: undefined, user: { token: undefined, scopes: undefined, id: "U0" },
  bot: { token, scopes: ["chat:write"], id: `B${teamId}`, userId: "UBOT" }, isEnterpriseInstall: false, authVersion: "v2" as const,
});

const A = { team_id: "T1", channel_id: "C1", user_id: "UA" };
const B = { team_id: "T2", channel_id: "C2", user_id: "UB" };

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe.each(storeKinds())("reader profile over Slack: /breach profile, then alerts and digests flag the stack (%s)", (kind) => {
  let store: TestStore;
  let api: FakeSlackApi;
  let harness: Harness;
  let seq = 0;

  /** Runs `/breach TEXT` as a signed slash command from a workspace; resolves with the text of its answer. */
  async function command(who: typeof A, text: string): Promise<string> {
    const id = `${who.team_id}-${++seq}`;
    const res = await postSigned(harness.eventsUrl, slashCommand(text, api.responseUrl(id), who));
    expect(res.status).toBe(200);
    await api.waitFor(() => (api.responses.some((r) => r.id === id) ? true : undefined), 20_000);
    return api.responses.filter((r) => r.id === id).flatMap((r) => strings(r.body)).join("\n");
  }
  const postsWith = (token: string): string[] => api.callsTo("chat.postMessage").filter((c) => c.token === token).map((c) => strings(c.args).join("\n"));

  beforeEach(async () => {
    store = await openTestStore(kind);
    api = await startFakeSlackApi();
    await store.saveInstallation({ platform: "slack", id: "T1", data: installation("T1", "xoxb-one") });
    await store.saveInstallation({ platform: "slack", id: "T2", data: installation("T2", "xoxb-two") });
    const core = createBotCore({ store, logger: silentLogger, indexTtlMs: 0 });
    harness = await startAdapter({
      apiUrl: api.apiUrl, core, store,
      env: { SLACK_BOT_TOKEN: "", SLACK_CLIENT_ID: "111.222", SLACK_CLIENT_SECRET: "client-secret", SLACK_STATE_SECRET: "state-secret", PUBLIC_URL: "https://radar.example.com" },
    });
  });
  afterEach(async () => {
    await harness.close();
    await api.close();
    await store.cleanup();
  });

  it("flags a Salesforce incident in workspace A's live alert and digest, and not in workspace B's", async () => {
    const set = await command(A, "profile stack salesforce");
    expect(set).toContain("Stack set to Salesforce.");
    expect((await store.getReaderProfile("slack:T1"))!.stack).toEqual(["salesforce"]);
    expect(await store.getReaderProfile("slack:T2")).toBeNull();
    const hhmm = new Date().toISOString().slice(11, 16);
    for (const who of [A, B]) expect(await command(who, `subscribe at ${hhmm} UTC live`)).toMatch(/subscri/i);

    await new Promise((r) => setTimeout(r, 20));
    await addIncident(store, new Date(), { id: "acmeair-2026-12", title: "Acme Air customer records taken from a CRM", victims: ["Acme Air"], vendor: "Salesforce", severity: "high" });
    await addIncident(store, new Date(), { id: "otherair-2026-12", title: "Other Air booking data exposed", victims: ["Other Air"], vendor: "Snowflake", severity: "high" });
    const posters = [harness.adapter.poster];
    await deliverNow(testScheduler(store, posters, systemClock, {}, "replica-1"));

    const alertsA = postsWith("xoxb-one");
    const alertsB = postsWith("xoxb-two");
    expect(alertsA).toHaveLength(2);
    expect(alertsB).toHaveLength(2);
    const salesforceA = alertsA.find((t) => t.includes("Acme Air"))!;
    expect(salesforceA).toContain(":pushpin: You use Salesforce");
    expect(salesforceA).toContain("Salesforce, in this workspace's stack, is the platform named in this incident (reported, not confirmed).");
    expect(alertsA.find((t) => t.includes("Other Air"))).not.toContain("You use");
    for (const text of alertsB) expect(text).not.toContain("You use");

    // Tomorrow's digests: A's lists the Salesforce incident with the flag; B's has none.
    const tomorrow = fakeClock(new Date(Date.now() + 86_400_000 + 30_000));
    await deliverNow(testScheduler(store, posters, tomorrow, {}, "replica-1"));
    const digestA = postsWith("xoxb-one").find((t) => t.includes("Breach Radar digest"));
    const digestB = postsWith("xoxb-two").find((t) => t.includes("Breach Radar digest"));
    expect(digestA).toContain("You use Salesforce: the incident's platform (reported, not confirmed)");
    expect(digestB).toBeDefined();
    expect(digestB).not.toContain("You use");
  });

  it("a stack edited with + reaches live and watch alerts; another workspace's alert stays unflagged", async () => {
    for (const who of [A, B]) await command(who, "subscribe live");
    await command(A, "watch Acme Air");
    await command(A, "profile stack snowflake");
    await command(A, "profile stack +Sales Force");
    expect((await store.getReaderProfile("slack:T1"))!.stack).toEqual(["snowflake", "salesforce"]);
    await new Promise((r) => setTimeout(r, 20));
    await addIncident(store, new Date(), { id: "acmeair-2026-12", title: "Acme Air customer records taken", victims: ["Acme Air"], vendor: "Salesforce" });
    await deliverNow(testScheduler(store, [harness.adapter.poster], systemClock, {}, "replica-1"));
    // Live alert and watch alert: both flagged.
    const toA = postsWith("xoxb-one");
    expect(toA).toHaveLength(2);
    for (const text of toA) expect(text).toContain(":pushpin: You use Salesforce");
    expect(toA.some((t) => t.includes('Watch "Acme Air"'))).toBe(true);
    expect(postsWith("xoxb-two").join("\n")).not.toContain("You use");
  });

  it("stores an organisation name as plain text and escapes it in the answer (no mention, no tag, no link)", async () => {
    // As Slack sends it: the user's literal "&" and "<" are entity-encoded, a mention is <!channel>, a link <url|label>.
    const answer = await command(A, "profile org R&amp;D &lt;script&gt; <!channel> <https://evil.example|click>");
    const stored = (await store.getReaderProfile("slack:T1"))!.organisation!;
    expect(stored).toContain("R&D <script>");
    expect(stored).not.toContain("<!channel>");
    expect(answer).toContain("R&amp;D &lt;script&gt;");
    expect(answer).not.toMatch(/<script>|<!channel>|<https:\/\/evil\.example/);
    expect(answer).not.toMatch(/(^|[^\u200d])@channel/);
  });

  it("sets the profile from a mention in a channel, answered in the mention's thread", async () => {
    const mention = { type: "app_mention", user: "U2", text: "<@UBOT> profile sector Aviation", ts: "1700000400.000001", channel: "C1", event_ts: "1700000400.000001" };
    expect((await postSigned(harness.eventsUrl, eventEnvelope(mention))).status).toBe(200);
    const answer = await api.waitFor(() => api.callsTo("chat.postMessage")[0]);
    expect(strings(answer.args).join("\n")).toContain("Sector set to airline.");
    expect((await store.getReaderProfile("slack:T1"))!.sector).toBe("airline");
  });

  it("answers a bad profile command with the reason, and stores nothing", async () => {
    const answer = await command(A, "profile countries Frnace");
    expect(answer).toContain("Did you mean France (FR)?");
    expect(await store.getReaderProfile("slack:T1")).toBeNull();
  });
});
