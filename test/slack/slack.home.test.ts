import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ReaderProfile } from "../../src/domain/reader-profile.js";
import type { SubscriptionRecord, WatchRecord } from "../../src/store/store.port.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { fakeCore, memoryStore } from "./fakes.js";
import { startAdapter, type Harness } from "./harness.js";
import { eventEnvelope, postSigned } from "./slack-request.js";

const subscription: SubscriptionRecord = {
  id: "s1", platform: "slack", workspaceId: "T1", target: "slack:T1:C42", digestTime: "08:30", timeZone: "Europe/Paris",
  sectors: ["airline"], minSeverity: "medium", postWhenEmpty: false, liveAlerts: true, createdBy: "U1",
  pausedReason: null, lastDigestAt: null, createdAt: new Date("2025-07-01T00:00:00Z"),
};
const watch: WatchRecord = {
  id: "w1", platform: "slack", workspaceId: "T1", target: "slack:T1:C42", term: "<!channel> *Salesforce* _now_ <https://evil.test|click>", conversationRef: null,
  createdBy: "U1", createdAt: new Date("2025-07-01T00:00:00Z"),
};
const profile: ReaderProfile = {
  owner: "slack:T1", organisation: "<!channel> *Acme* <https://evil.test|Air>", sector: "airline", jurisdictions: ["AU", "FR"],
  listed: true, stack: ["salesforce"], updatedAt: new Date("2025-07-03T10:20:00Z"), updatedBy: "U55",
};
const otherProfile: ReaderProfile = { ...profile, owner: "slack:T9", organisation: "Other Workspace Retail", stack: ["zendesk"] };
const otherWorkspace: WatchRecord = { ...watch, id: "w2", workspaceId: "T9", target: "slack:T9:C1", term: "Zendesk" };

describe("App Home", () => {
  let api: FakeSlackApi;
  let harness: Harness;
  beforeEach(async () => {
    api = await startFakeSlackApi();
    harness = await startAdapter({ apiUrl: api.apiUrl, core: fakeCore(), store: memoryStore({ subscriptions: [subscription], watches: [watch, otherWorkspace], profiles: [profile, otherProfile] }) });
  });
  afterEach(async () => { await harness.close(); await api.close(); });

  it("publishes the workspace's subscriptions and watches on app_home_opened", async () => {
    const res = await postSigned(harness.eventsUrl, eventEnvelope({ type: "app_home_opened", user: "U7", channel: "D1", tab: "home", event_ts: "1700000000.1" }));
    expect(res.status).toBe(200);
    const call = await api.waitFor(() => api.callsTo("views.publish")[0]);
    expect(call.args.user_id).toBe("U7");
    const json = JSON.stringify(call.args.view);
    expect(json).toContain("<#C42>");
    expect(json).toContain("08:30");
    expect(json).not.toContain("Zendesk");
    // Text typed by users (or read from feeds) only ever appears in plain_text, which Slack never formats.
    const texts: { type: string; text: string }[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if ((o.type === "mrkdwn" || o.type === "plain_text") && typeof o.text === "string") texts.push({ type: o.type, text: o.text });
        Object.values(o).forEach(walk);
      }
    };
    walk(call.args.view);
    const term = texts.filter((t) => t.text.includes("Salesforce*"));
    expect(term).toEqual([{ type: "plain_text", text: "<!channel> *Salesforce* _now_ <https://evil.test|click>" }]);
    expect(texts.filter((t) => t.type === "mrkdwn").some((t) => /evil|<!channel>|\*Salesforce\*|\*Acme\*/.test(t.text))).toBe(false);
    // The workspace's own reader profile, typed values as plain text; another workspace's never.
    expect(texts).toContainEqual({ type: "plain_text", text: "<!channel> *Acme* <https://evil.test|Air>" });
    expect(texts).toContainEqual({ type: "plain_text", text: "Salesforce" });
    expect(json).toContain("Last changed 2025-07-03 10:20 UTC by <@U55>");
    expect(json).not.toContain("Other Workspace Retail");
  });
});

describe("App Home delivery problems", () => {
  it("says first when the workspace's installation is broken, and which channels wait for an invite or are paused", async () => {
    const { renderHome } = await import("../../adapters/slack/slack.home.js");
    const since = new Date("2025-07-02T09:15:00Z");
    const view = renderHome(
      [subscription, { ...subscription, id: "s2", target: "slack:T1:C43" }],
      [{ ...watch, pausedReason: "Paused 2025-07-02: the channel was deleted or archived" }],
      [
        { scope: "slack:T1", state: "broken", reason: "INSTALLATION_BROKEN: Slack chat.postMessage: token_revoked", blockedUntil: null, since },
        { scope: "slack:T1:C43", state: "waiting_invite", reason: "not_in_channel", blockedUntil: null, since },
      ],
    );
    const json = JSON.stringify(view.blocks);
    expect(JSON.stringify(view.blocks[1])).toContain("cannot post in this workspace");
    expect(json).toContain("token_revoked");
    const entryOf = (channel: string) => JSON.stringify(view.blocks.find((b) => JSON.stringify(b).includes(`"${channel}"`)));
    expect(entryOf("<#C43>")).toContain("invite the app back");
    expect(entryOf("<#C42>")).not.toContain("invite");
    expect(json).toContain("paused (Paused 2025-07-02");
    expect(JSON.stringify(renderHome([subscription], [], []).blocks)).not.toContain("cannot post");
    expect(JSON.stringify(renderHome([], [], []).blocks)).toContain("Not set: each action says which lens it assumes");
    // A stored updatedBy that is not a Slack user id never becomes a mention.
    const odd = JSON.stringify(renderHome([], [], [], { ...profile, updatedBy: "<!here>" }).blocks);
    expect(odd).not.toContain("<!here>");
    expect(odd).toContain("Last changed 2025-07-03 10:20 UTC");
  });
});
