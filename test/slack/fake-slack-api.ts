/**
 * A local fake of the Slack Web API (and of response_url endpoints) on 127.0.0.1, reached
 * through the WebClient's `slackApiUrl`. Records every call; can be told to fail the next calls
 * of a method with a 429 + Retry-After or a Slack error string.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  /** Parsed arguments: form fields, with JSON-looking values (blocks, view) parsed. */
  args: Record<string, unknown>;
  token: string | undefined;
  at: number;
  /** What the fake answered (e.g. the `ts` of a posted message). */
  response?: Record<string, unknown>;
}

type Failure = { status: 429; retryAfter: number } | { error: string };

export interface FakeSlackApi {
  /** e.g. http://127.0.0.1:PORT/api/ — give it to SLACK_API_URL. */
  readonly apiUrl: string;
  /** A response_url on this server: POSTs to it are recorded under `responses`. */
  responseUrl(id: string): string;
  readonly calls: RecordedCall[];
  readonly responses: { id: string; body: Record<string, unknown>; at: number }[];
  /** Calls and responses refused as Slack would (`invalid_blocks`: text with a lone surrogate). */
  readonly rejected: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  failNext(method: string, failure: Failure, times?: number): void;
  /** The WebSocket URL apps.connections.open hands out (Socket Mode). */
  socketUrl: string;
  /** Resolves when a call/response matching the predicate has been recorded. */
  waitFor<T>(probe: () => T | undefined, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Like Slack, refuse text with half an emoji (a lone surrogate) anywhere in the message. */
function hasBrokenText(value: unknown): boolean {
  if (typeof value === "string") return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasBrokenText);
  if (value && typeof value === "object") return Object.values(value).some(hasBrokenText);
  return false;
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw || "{}") as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const rejected: RecordedCall[] = [];
  const responses: FakeSlackApi["responses"] = [];
  const failures = new Map<string, Failure[]>();
  let ts = 1_700_000_000;
  const state = { socketUrl: "" };

  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    if (method === "auth.test") return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", user: "breach-radar" };
    if (method === "chat.postMessage") return { ok: true, channel: args.channel, ts: `${++ts}.000100` };
    if (method === "apps.connections.open") return { ok: true, url: state.socketUrl };
    if (method === "oauth.v2.access") {
      if (args.code !== "good-code") return { ok: false, error: "invalid_code" };
      return {
        ok: true, access_token: "xoxb-installed", token_type: "bot", scope: "commands,chat:write", bot_user_id: "UBOT", app_id: "A1",
        team: { id: "T9", name: "Example <Air>" }, enterprise: null, is_enterprise_install: false, authed_user: { id: "U9" },
      };
    }
    return { ok: true };
  };

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const args = parseArgs(raw, req.headers["content-type"]);
    if (url.pathname.startsWith("/response/")) {
      if (hasBrokenText(args)) {
        rejected.push({ method: "response_url", args, token: undefined, at: Date.now() });
        res.writeHead(400, { "content-type": "text/plain" }).end("invalid_blocks");
        return;
      }
      responses.push({ id: url.pathname.slice("/response/".length), body: args, at: Date.now() });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    const method = url.pathname.replace(/^\/api\//, "");
    const token = req.headers.authorization?.replace(/^Bearer /, "");
    const call: RecordedCall = { method, args, token, at: Date.now() };
    calls.push(call);
    const failure = failures.get(method)?.shift();
    if (failure && "status" in failure) {
      res.writeHead(429, { "retry-after": String(failure.retryAfter), "content-type": "application/json" }).end("{}");
      return;
    }
    const broken = !failure && hasBrokenText(args);
    if (broken) rejected.push(call);
    const body = failure ? { ok: false, error: failure.error } : broken ? { ok: false, error: "invalid_blocks" } : answer(method, args);
    call.response = body;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    responses,
    rejected,
    get socketUrl() { return state.socketUrl; },
    set socketUrl(url: string) { state.socketUrl = url; },
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(method, failure, times = 1) {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) list.push(failure);
      failures.set(method, list);
    },
    async waitFor(probe, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error("fake Slack API: timed out waiting");
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
