import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../src/logger.js";
import type { EventDedupe } from "./slack.event-dedupe.js";
import { classifySlackBody, mediaType, type SlackBody, type SlackOrigin } from "./slack.payload.schema.js";
import { checkSlackSignature } from "./slack.signature.js";

/** Slack's own payloads are a few kilobytes; this is generous and still bounded. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the gate needs; `isInstalled` only in multi-workspace (OAuth) mode. */
export interface RequestGateDeps {
  signingSecret: string;
  /** Bolt's request listener: reached only by signed, well-formed, first-seen requests. */
  next: (req: IncomingMessage, res: ServerResponse) => void;
  dedupe: EventDedupe;
  logger: Logger;
  isInstalled?: (origin: SlackOrigin) => Promise<boolean>;
  /** Answer to a slash command from a workspace without an installation. */
  notInstalledText?: string;
  now?: () => number;
}

type Read = { ok: true; body: Buffer } | { ok: false };

/** Reads the body up to MAX_BODY_BYTES; a larger one gets 413 and is drained without being kept. */
async function readBody(req: IncomingMessage, res: ServerResponse): Promise<Read> {
  const declared = Number(req.headers["content-length"] ?? 0);
  const chunks: Buffer[] = [];
  let size = declared > MAX_BODY_BYTES ? Infinity : 0;
  if (size <= MAX_BODY_BYTES) {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) break;
      chunks.push(chunk as Buffer);
    }
  }
  if (size > MAX_BODY_BYTES) {
    send(res, 413, { connection: "close" });
    req.resume();
    return { ok: false };
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

function send(res: ServerResponse, status: number, headers: Record<string, string> = {}, body = ""): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(body)) });
  res.end(body);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? undefined : v;
};

/** Decides what to do with a signed, classified body before Bolt: null = hand it to Bolt. */
async function shortCircuit(body: SlackBody, deps: RequestGateDeps, retryNum: string | undefined): Promise<{ status: number; json?: unknown; log?: string } | null> {
  switch (body.kind) {
    case "malformed":
      return { status: 400, log: body.reason };
    case "ignored":
      return { status: 200, log: `type ${body.type} not handled` };
    case "ssl_check":
    case "url_verification":
      return null;
    case "event":
      if (!deps.dedupe.firstSeen(body.eventId)) return { status: 200, log: `duplicate event ${body.eventId} (retry ${retryNum ?? "none"})` };
      break;
    default:
      break;
  }
  if (deps.isInstalled && !(await deps.isInstalled(body))) {
    const json = body.kind === "command" ? { response_type: "ephemeral", text: deps.notInstalledText ?? "Breach Radar is not installed in this workspace." } : undefined;
    return { status: 200, json, log: `workspace ${body.teamId ?? "unknown"} has no installation` };
  }
  return null;
}

/**
 * The front door of /slack/events, in front of Bolt's HTTPReceiver: bounded body, signature
 * and timestamp (±5 min) check, then the body must be one of the shapes Slack sends (a JSON
 * `null`, `[]`, `"x"` or a 10,000-deep array never reaches Bolt, whose receiver would throw
 * outside any handler), events are de-duplicated by event_id, and unknown workspaces are told
 * how to install. Never throws: every path ends in a response.
 */
export function createRequestGate(deps: RequestGateDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const log = deps.logger.child({ component: "slack.gate" });
  return async (req, res) => {
    try {
      const read = await readBody(req, res);
      if (!read.ok) {
        log.warn("slack request refused", { status: 413 });
        return;
      }
      const contentType = header(req, "content-type");
      const body = read.body;
      const form = mediaType(contentType) === "application/x-www-form-urlencoded";
      const sslCheck = form && /(^|&)ssl_check=1(&|$)/.test(body.toString("latin1"));
      if (!sslCheck) {
        const check = checkSlackSignature({
          signingSecret: deps.signingSecret, body, nowMs: deps.now?.(),
          timestamp: header(req, "x-slack-request-timestamp"), signature: header(req, "x-slack-signature"),
        });
        if (!check.ok) {
          log.warn("slack request refused", { status: 401, reason: check.reason });
          send(res, 401);
          return;
        }
      }
      const kind = classifySlackBody(body, contentType);
      const early = await shortCircuit(kind, deps, header(req, "x-slack-retry-num"));
      if (early) {
        (early.status >= 400 ? log.warn : log.debug)("slack request answered before Bolt", { status: early.status, reason: early.log });
        if (early.json) send(res, early.status, { "content-type": "application/json" }, JSON.stringify(early.json));
        else send(res, early.status);
        return;
      }
      // Bolt reuses a buffered body (rawBody) and compares the media type exactly.
      Object.assign(req, { rawBody: body });
      if (contentType) req.headers["content-type"] = mediaType(contentType);
      deps.next(req, res);
    } catch (error) {
      log.error("slack request failed before Bolt", { error });
      send(res, 500);
    }
  };
}
