import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One POST the bot made to the Bot Connector service. */
export interface ConnectorCall {
  method: string;
  /** Decoded conversation id from /v3/conversations/{id}/activities[/{replyToId}]. */
  conversationId: string;
  replyToId?: string;
  authorization?: string;
  body: Record<string, unknown>;
}

/** A scripted failure for the next `times` requests. */
export interface ConnectorFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times: number;
}

/**
 * A local stand-in for the Bot Connector service (what `serviceUrl` points to): records every
 * activity the bot sends and answers like the real service ({ id }), or with scripted failures.
 */
export interface FakeConnector {
  readonly url: string;
  readonly calls: ConnectorCall[];
  /** Every attempt, including failed ones (the SDK retries some statuses). */
  readonly attempts: number;
  failNext(failure: ConnectorFailure): void;
  /** Forgets recorded calls, attempts and pending failures. */
  reset(): void;
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const failures: ConnectorFailure[] = [];
  let attempts = 0;
  let nextId = 1;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const match = ACTIVITY_PATH.exec(path);
    const body = await readBody(req);
    attempts += 1;
    const failure = failures[0];
    if (failure) {
      failure.times -= 1;
      if (failure.times <= 0) failures.shift();
      res.writeHead(failure.status, { "content-type": "application/json", ...failure.headers });
      res.end(JSON.stringify(failure.body ?? { error: { code: "Failure", message: `scripted ${failure.status}` } }));
      return;
    }
    if (req.method !== "POST" || !match?.[1]) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "NotFound" } }));
      return;
    }
    calls.push({
      method: req.method,
      conversationId: decodeURIComponent(match[1]),
      ...(match[2] ? { replyToId: decodeURIComponent(match[2]) } : {}),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body,
    });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `bot-msg-${nextId++}` }));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    get attempts() {
      return attempts;
    },
    failNext: (failure) => failures.push(failure),
    reset() {
      calls.length = 0;
      failures.length = 0;
      attempts = 0;
      nextId = 1;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
