/**
 * A fake Slack Web API on 127.0.0.1 for delivery faults: it keeps every posted message per channel with
 * its metadata (so conversations.history can show them, as Slack does), and each channel can be told to
 * hang, answer 429 / 500 / a Slack error, or take the message and then lose the answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type Behaviour =
  | { kind: "ok" }
  /** Never answers; the message is not taken. */
  | { kind: "hang" }
  /** Takes the message, then never answers. */
  | { kind: "accept_hang" }
  /** Takes the message, then drops the connection without an answer. */
  | { kind: "accept_reset" }
  | { kind: "status"; status: number }
  | { kind: "429"; retryAfter: number }
  | { kind: "error"; error: string };

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  key: string | undefined;
  /** When the request arrived (ms since epoch). */
  at: number;
}

export interface FakeSlack {
  /** Give it to SLACK_API_URL. */
  readonly apiUrl: string;
  readonly messages: StoredMessage[];
  /** Every chat.postMessage request, answered or not: channel and arrival time. */
  readonly attempts: { channel: string; at: number; key: string | undefined }[];
  /** The next answers of a channel's posts, then `ok`. */
  script(channel: string, ...behaviours: Behaviour[]): void;
  /** Every method called with this token answers this Slack error (e.g. invalid_auth) until cleared. */
  failToken(token: string, error: string | null): void;
  /** How many messages a channel holds with this key (2+ = a duplicate the platform could see). */
  copies(channel: string, key: string): number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw || "{}") as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  return out;
}

const json = (res: ServerResponse, body: unknown, status = 200) =>
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

export async function startFakeSlack(options: { teamId?: string } = {}): Promise<FakeSlack> {
  const teamId = options.teamId ?? "T1";
  const messages: StoredMessage[] = [];
  const attempts: FakeSlack["attempts"] = [];
  const scripts = new Map<string, Behaviour[]>();
  const tokenErrors = new Map<string, string>();
  const sockets = new Set<Socket>();
  let seq = 0;

  function keyOf(args: Record<string, unknown>): string | undefined {
    const metadata = args.metadata as { event_payload?: { key?: unknown } } | undefined;
    return typeof metadata?.event_payload?.key === "string" ? metadata.event_payload.key : undefined;
  }

  function store(args: Record<string, unknown>, at: number): StoredMessage {
    // Slack's ts is the epoch second of the message plus a sequence: history's `oldest` compares against it.
    const ts = `${Math.floor(at / 1000)}.${String(++seq).padStart(6, "0")}`;
    const message: StoredMessage = { channel: String(args.channel), ts, text: String(args.text ?? ""), key: keyOf(args), at };
    messages.push(message);
    return message;
  }

  function postMessage(args: Record<string, unknown>, req: IncomingMessage, res: ServerResponse): void {
    const channel = String(args.channel);
    const at = Date.now();
    attempts.push({ channel, at, key: keyOf(args) });
    const behaviour = scripts.get(channel)?.shift() ?? { kind: "ok" };
    switch (behaviour.kind) {
      case "hang": return;
      case "accept_hang": store(args, at); return;
      case "accept_reset": store(args, at); req.socket.destroy(); return;
      case "status": json(res, { ok: false }, behaviour.status); return;
      case "429": res.writeHead(429, { "retry-after": String(behaviour.retryAfter), "content-type": "application/json" }).end("{}"); return;
      case "error": json(res, { ok: false, error: behaviour.error }); return;
      case "ok": json(res, { ok: true, channel, ts: store(args, at).ts });
    }
  }

  function history(args: Record<string, unknown>, res: ServerResponse): void {
    const oldest = Number(args.oldest ?? 0);
    const withMetadata = args.include_all_metadata === "true" || args.include_all_metadata === true;
    const found = messages
      .filter((m) => m.channel === args.channel && Number(m.ts) >= oldest)
      .reverse()
      .map((m) => ({ type: "message", ts: m.ts, text: m.text, bot_id: "BBOT", ...(withMetadata && m.key ? { metadata: { event_type: "breach_radar_post", event_payload: { key: m.key } } } : {}) }));
    json(res, { ok: true, messages: found, has_more: false });
  }

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const method = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/api\//, "");
    const args = parseArgs(raw, req.headers["content-type"]);
    const token = req.headers.authorization?.replace(/^Bearer /, "") ?? String(args.token ?? "");
    const tokenError = tokenErrors.get(token);
    if (tokenError && method !== "auth.test") return json(res, { ok: false, error: tokenError });
    if (method === "auth.test") return json(res, { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: teamId, user: "breach-radar" });
    if (method === "chat.postMessage") return postMessage(args, req, res);
    if (method === "conversations.history") return history(args, res);
    json(res, { ok: true });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    messages,
    attempts,
    script(channel, ...behaviours) {
      scripts.set(channel, [...(scripts.get(channel) ?? []), ...behaviours]);
    },
    failToken(token, error) {
      if (error) tokenErrors.set(token, error);
      else tokenErrors.delete(token);
    },
    copies: (channel, key) => messages.filter((m) => m.channel === channel && m.key === key).length,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
