import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { fakeCore, memoryStore } from "./fakes.js";
import { startAdapter, type Harness } from "./harness.js";
import { eventEnvelope, interactionRequest, postSigned, slashCommand, type SignedRequest } from "./slack-request.js";

const json = (body: string): SignedRequest => ({ body, contentType: "application/json" });
const form = (body: string): SignedRequest => ({ body, contentType: "application/x-www-form-urlencoded" });
const deepArray = "[".repeat(20_000) + "]".repeat(20_000);
const deepObject = '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000);

/** Signed bodies of the wrong shape: each must be refused with 400 before Bolt parses it. */
const MALFORMED: [string, SignedRequest][] = [
  ["JSON null", json("null")],
  ["payload=null", form("payload=null")],
  ["JSON []", json("[]")],
  ['JSON "x"', json('"x"')],
  ["JSON 1", json("1")],
  ["not JSON", json("{oops")],
  ["event_callback without event", json('{"type":"event_callback","event_id":"Ev1"}')],
  ["event_callback with event null", json('{"type":"event_callback","event_id":"Ev1","event":null}')],
  ["payload=[]", form("payload=%5B%5D")],
  ["block_actions without actions", form(`payload=${encodeURIComponent('{"type":"block_actions","user":{"id":"U1"}}')}`)],
  ["deeply nested JSON array", json(deepArray)],
  ["deeply nested JSON object", json(deepObject)],
  ["deeply nested payload", form(`payload=${encodeURIComponent(deepObject)}`)],
  ["empty form", form("")],
  ["command without team", form("command=%2Fbreach&text=help")],
];

describe("Slack request gate (signed requests on loopback)", () => {
  let api: FakeSlackApi;
  let harness: Harness;
  let core: ReturnType<typeof fakeCore>;

  beforeEach(async () => {
    api = await startFakeSlackApi();
    core = fakeCore();
    harness = await startAdapter({ apiUrl: api.apiUrl, core, store: memoryStore() });
  });
  afterEach(async () => {
    await harness.close();
    await api.close();
  });

  it.each(MALFORMED)("answers 400 to a correctly signed %s, and keeps serving", async (_name, req) => {
    const res = await postSigned(harness.eventsUrl, req);
    expect(res.status).toBe(400);
    const ok = await postSigned(harness.eventsUrl, slashCommand("help", api.responseUrl("after")));
    expect(ok.status).toBe(200);
    await api.waitFor(() => api.responses.find((r) => r.id === "after"));
    expect(core.calls.map((c) => c.text)).toEqual(["help"]);
  });

  it("acks a well-formed interaction type the app does not use, without running anything", async () => {
    const res = await postSigned(harness.eventsUrl, interactionRequest({ type: "shortcut", callback_id: "x", user: { id: "U1" } }));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(core.calls).toHaveLength(0);
  });

  it("refuses a body over the size limit with 413", async () => {
    const res = await postSigned(harness.eventsUrl, json(JSON.stringify({ type: "event_callback", pad: "x".repeat(1_100_000) })));
    expect(res.status).toBe(413);
  });

  it("refuses timestamps more than 5 minutes off in either direction, accepts 4 minutes", async () => {
    const req = slashCommand("help", api.responseUrl("t"));
    const now = Math.floor(Date.now() / 1000);
    expect((await postSigned(harness.eventsUrl, req, { timestampSec: now + 365 * 86_400 })).status).toBe(401);
    expect((await postSigned(harness.eventsUrl, req, { timestampSec: now + 6 * 60 })).status).toBe(401);
    expect((await postSigned(harness.eventsUrl, req, { timestampSec: now - 6 * 60 })).status).toBe(401);
    expect((await postSigned(harness.eventsUrl, req, { timestampSec: now + 4 * 60 })).status).toBe(200);
    await api.waitFor(() => api.responses.find((r) => r.id === "t"));
    expect(core.calls).toHaveLength(1);
  });

  it("answers a first delivery that carries X-Slack-Retry-Num, and answers one event_id only once", async () => {
    const mention = { type: "app_mention", user: "U2", text: "<@UBOT> latest", ts: "1700000300.000001", channel: "C1", event_ts: "1700000300.000001" };
    const first = eventEnvelope(mention, { event_id: "EvRETRY1" });
    const retried = await postSigned(harness.eventsUrl, first, { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    expect(retried.status).toBe(200);
    await api.waitFor(() => api.callsTo("chat.postMessage")[0]);
    const again = await postSigned(harness.eventsUrl, first, { headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" } });
    expect(again.status).toBe(200);
    const other = eventEnvelope({ ...mention, ts: "1700000301.000001", event_ts: "1700000301.000001" }, { event_id: "EvOTHER2" });
    await postSigned(harness.eventsUrl, other);
    await api.waitFor(() => api.callsTo("chat.postMessage")[1]);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.callsTo("chat.postMessage")).toHaveLength(2);
    expect(core.calls).toHaveLength(2);
  });
});

describe("Slack request gate in multi-workspace (OAuth) mode", () => {
  let api: FakeSlackApi;
  let harness: Harness;
  let core: ReturnType<typeof fakeCore>;
  beforeEach(async () => {
    api = await startFakeSlackApi();
    core = fakeCore();
    harness = await startAdapter({
      apiUrl: api.apiUrl, core, store: memoryStore(),
      env: { SLACK_BOT_TOKEN: "", SLACK_CLIENT_ID: "111.222", SLACK_CLIENT_SECRET: "client-secret", SLACK_STATE_SECRET: "state-secret", PUBLIC_URL: "https://radar.example.com" },
    });
  });
  afterEach(async () => { await harness.close(); await api.close(); });

  it("tells a workspace without an installation how to install, instead of an empty 200", async () => {
    const res = await postSigned(harness.eventsUrl, slashCommand("latest", api.responseUrl("x"), { team_id: "T404" }));
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { response_type: string; text: string };
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toContain("not installed");
    expect(body.text).toContain("<https://radar.example.com/slack/install|Install Breach Radar>");
    expect(core.calls).toHaveLength(0);
  });
});
