import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInstallationStore } from "../../adapters/slack/slack.installation-store.js";
import { isBreachRadarError } from "../../src/domain/errors.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { fakeCore, incidentView, memoryStore } from "./fakes.js";
import { startAdapter, type Harness } from "./harness.js";
import { postSigned, slashCommand } from "./slack-request.js";

const installation = (teamId: string, token: string) => ({
  team: { id: teamId, name: "Example" }, enterprise: undefined, user: { token: undefined, scopes: undefined, id: "U1" },
  bot: { token, scopes: ["chat:write"], id: "B1", userId: "UBOT" }, isEnterpriseInstall: false, authVersion: "v2" as const,
});

describe("Slack installation store on the Store port", () => {
  it("stores, fetches (cached) and deletes installations by team id", async () => {
    const store = memoryStore();
    const installations = createInstallationStore(store);
    await installations.storeInstallation(installation("T5", "xoxb-five"));
    expect(store.installations.has("slack:T5")).toBe(true);
    const fetched = await installations.fetchInstallation({ teamId: "T5", enterpriseId: undefined, isEnterpriseInstall: false });
    expect(fetched.bot?.token).toBe("xoxb-five");
    await installations.deleteInstallation?.({ teamId: "T5", enterpriseId: undefined, isEnterpriseInstall: false });
    const error = await installations.fetchInstallation({ teamId: "T5", enterpriseId: undefined, isEnterpriseInstall: false }).catch((e: unknown) => e);
    expect(isBreachRadarError(error, "NOT_FOUND")).toBe(true);
  });
});

describe("Slack adapter in multi-workspace OAuth mode", () => {
  let api: FakeSlackApi;
  let harness: Harness;
  let store: ReturnType<typeof memoryStore>;
  beforeEach(async () => {
    api = await startFakeSlackApi();
    store = memoryStore();
    await store.saveInstallation({ platform: "slack", id: "T1", data: installation("T1", "xoxb-workspace-one") });
    harness = await startAdapter({
      apiUrl: api.apiUrl, core: fakeCore(), store,
      env: { SLACK_BOT_TOKEN: "", SLACK_CLIENT_ID: "111.222", SLACK_CLIENT_SECRET: "client-secret", SLACK_STATE_SECRET: "state-secret", PUBLIC_URL: "https://radar.example.com" },
    });
  });
  afterEach(async () => { await harness.close(); await api.close(); });

  it("serves /slack/install as a redirect to Slack's authorize page with our scopes", async () => {
    expect(harness.adapter.routes.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /slack/events", "GET /slack/install", "GET /slack/oauth_redirect"]);
    const res = await fetch(`${harness.base}/slack/install`, { redirect: "manual" });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location") ?? "");
    expect(location.searchParams.get("client_id")).toBe("111.222");
    expect(location.searchParams.get("scope")).toContain("commands");
    expect(location.searchParams.get("redirect_uri")).toBe("https://radar.example.com/slack/oauth_redirect");
  });

  it("answers commands with the workspace's installed token and posts with it", async () => {
    await postSigned(harness.eventsUrl, slashCommand("latest", api.responseUrl("o1")));
    await api.waitFor(() => api.responses.find((r) => r.id === "o1"));
    await harness.adapter.poster.post("slack:T1:C3", incidentView("x-2025-01", "X"));
    expect(api.callsTo("chat.postMessage")[0]?.token).toBe("xoxb-workspace-one");
    // A workspace without an installation: its posts wait for a (re-)install; no channel is paused for it.
    const gone = await harness.adapter.poster.post("slack:T404:C3", incidentView("x", "X")).catch((e: unknown) => e);
    expect(isBreachRadarError(gone, "INSTALLATION_BROKEN")).toBe(true);
  });

  /** Starts an install as a browser would: the state cookie and the state Slack will send back. */
  async function startInstall(): Promise<{ state: string; cookie: string }> {
    const res = await fetch(`${harness.base}/slack/install`, { redirect: "manual" });
    const state = new URL(res.headers.get("location") ?? "").searchParams.get("state") ?? "";
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(state).not.toBe("");
    return { state, cookie };
  }

  it("shows a friendly page, not a 500, when the installer cancels", async () => {
    const res = await fetch(`${harness.base}/slack/oauth_redirect?error=access_denied&state=abc`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Installation cancelled");
    expect(html).toContain('href="/slack/install"');
  });

  it("shows a friendly 400 page for a code Slack refuses, and for an expired state", async () => {
    const { state, cookie } = await startInstall();
    const bad = await fetch(`${harness.base}/slack/oauth_redirect?code=bad-code&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Slack did not accept the installation");
    const stale = await fetch(`${harness.base}/slack/oauth_redirect?code=good-code&state=forged`, { headers: { cookie } });
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain("This install link has expired");
  });

  it("stores a successful installation and says what to do next", async () => {
    const { state, cookie } = await startInstall();
    const res = await fetch(`${harness.base}/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Breach Radar is now installed in Example &lt;Air&gt;.");
    expect(html).toContain("/breach subscribe");
    expect(html).toContain("slack://app?team=T9&amp;id=A1");
    expect((store.installations.get("slack:T9") as { bot?: { token?: string } } | undefined)?.bot?.token).toBe("xoxb-installed");
  });
});
