import type { ServerResponse } from "node:http";

/** Sends a JSON body with the given media type and headers. */
export function reply(res: ServerResponse, status: number, body: unknown, mediaType: string, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": mediaType, "content-length": Buffer.byteLength(text), "cache-control": "no-store", "x-content-type-options": "nosniff", ...headers });
  res.end(text);
}

/** The challenge sent with every 401: Bearer tokens, or Basic with the token as password. */
export const WWW_AUTHENTICATE = 'Bearer realm="breach-radar", Basic realm="breach-radar"';

/**
 * The base URL clients reached us at, for absolute links: PUBLIC_URL when set, else the Host header
 * (only when it is a plain host[:port], never arbitrary text).
 */
export function baseUrl(publicUrl: string | undefined, host: string | undefined, encrypted: boolean): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, "");
  const safeHost = host && /^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? host : "localhost";
  return `${encrypted ? "https" : "http"}://${safeHost}`;
}
