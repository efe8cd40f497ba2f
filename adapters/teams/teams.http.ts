import type { IncomingMessage, ServerResponse } from "node:http";

/** Bot Framework activities are small; attachments travel by URL. 1 MB leaves ample room. */
export const MAX_BODY_BYTES = 1_000_000;

/** Why a request body could not be read; mapped to an HTTP status by the route. */
export class BodyError extends Error {
  constructor(readonly status: 400 | 413 | 415, message: string) {
    super(message);
    this.name = "BodyError";
  }
}

/** Reads and parses a JSON object body, refusing more than `limit` bytes. */
export async function readJsonBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const type = String(req.headers["content-type"] ?? "");
  if (!/^application\/(\S+\+)?json\b/i.test(type)) throw new BodyError(415, "expected application/json");
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) throw new BodyError(413, "body too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyError(413, "body too large");
    chunks.push(chunk);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BodyError(400, "body is not valid JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new BodyError(400, "body is not a JSON object");
  return parsed as Record<string, unknown>;
}

/** Writes a small JSON error response unless one was already sent. */
export function sendError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    if (!res.writableEnded) res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ error: message }));
}
