import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { AddressInfo } from "node:net";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { fakeCore, memoryStore } from "./fakes.js";
import { startAdapter, type Harness } from "./harness.js";

/** A fake Slack Socket Mode endpoint: says hello, relays envelopes, collects the app's acks. */
async function startFakeSocket(): Promise<{ url: string; acks: { envelope_id: string }[]; connected: Promise<WebSocket>; close(): Promise<void> }> {
  const server = new WebSocket.Server({ port: 0, host: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const acks: { envelope_id: string }[] = [];
  const connected = new Promise<WebSocket>((resolve) => {
    server.on("connection", (socket) => {
      socket.on("message", (data) => acks.push(JSON.parse(String(data)) as { envelope_id: string }));
      socket.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" } }));
      resolve(socket);
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/link`,
    acks,
    connected,
    close: () => new Promise<void>((resolve) => { for (const c of server.clients) c.terminate(); server.close(() => resolve()); }),
  };
}

describe("Slack adapter in Socket Mode (SLACK_APP_TOKEN)", () => {
  let api: FakeSlackApi;
  let socket: Awaited<ReturnType<typeof startFakeSocket>>;
  let harness: Harness;
  let core: ReturnType<typeof fakeCore>;

  beforeEach(async () => {
    api = await startFakeSlackApi();
    socket = await startFakeSocket();
    api.socketUrl = socket.url;
    core = fakeCore();
    harness = await startAdapter({ apiUrl: api.apiUrl, core, store: memoryStore(), env: { SLACK_APP_TOKEN: "xapp-test", SLACK_SIGNING_SECRET: "" } });
  });
  afterEach(async () => { await harness.close(); await socket.close(); await api.close(); });

  it("connects with the app token, acks a slash command envelope and answers through response_url", async () => {
    expect(harness.adapter.routes).toEqual([]);
    const ws = await socket.connected;
    expect(api.callsTo("apps.connections.open")[0]?.token).toBe("xapp-test");
    ws.send(JSON.stringify({
      envelope_id: "env-1", type: "slash_commands", accepts_response_payload: true,
      payload: { team_id: "T1", channel_id: "C1", user_id: "U1", command: "/breach", text: "latest", response_url: api.responseUrl("sock"), api_app_id: "A1", trigger_id: "1" },
    }));
    const ack = await api.waitFor(() => socket.acks.find((a) => a.envelope_id === "env-1"));
    expect(ack.envelope_id).toBe("env-1");
    const answer = await api.waitFor(() => api.responses.find((r) => r.id === "sock"));
    expect(answer.body.response_type).toBe("ephemeral");
    expect(core.calls[0]).toMatchObject({ fn: "handleCommand", text: "latest", ctx: { target: "slack:T1:C1" } });
  });

  it("answers an event once when Slack redelivers it over the socket (same event_id, retry_attempt 1)", async () => {
    const ws = await socket.connected;
    const event = { type: "app_mention", user: "U2", text: "<@UBOT> latest", ts: "1700000500.000001", channel: "C1", event_ts: "1700000500.000001" };
    const body = { token: "t", team_id: "T1", api_app_id: "A1", event, type: "event_callback", event_id: "EvSOCK1", event_time: 1700000500, authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }] };
    ws.send(JSON.stringify({ envelope_id: "env-a", type: "events_api", accepts_response_payload: false, retry_attempt: 0, retry_reason: "", payload: body }));
    await api.waitFor(() => api.callsTo("chat.postMessage")[0]);
    ws.send(JSON.stringify({ envelope_id: "env-b", type: "events_api", accepts_response_payload: false, retry_attempt: 1, retry_reason: "timeout", payload: body }));
    await api.waitFor(() => socket.acks.find((a) => a.envelope_id === "env-b"));
    await new Promise((r) => setTimeout(r, 200));
    expect(api.callsTo("chat.postMessage")).toHaveLength(1);
    expect(core.calls).toHaveLength(1);
  });
});
