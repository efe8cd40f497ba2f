/**
 * Builds and sends requests the way Slack does: HMAC-SHA256 over `v0:<timestamp>:<body>` with the
 * signing secret, form-encoded slash commands, JSON events, form-encoded `payload=` interactivity.
 */
import { createHmac } from "node:crypto";

export const SIGNING_SECRET = "test-signing-secret-0123456789abcdef";

export interface SignedRequest {
  body: string;
  contentType: string;
}

export function sign(body: string, timestampSec: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestampSec}:${body}`).digest("hex")}`;
}

export function commandRequest(fields: Record<string, string>): SignedRequest {
  return { body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" };
}

export function eventRequest(envelope: Record<string, unknown>): SignedRequest {
  return { body: JSON.stringify(envelope), contentType: "application/json" };
}

export function interactionRequest(payload: Record<string, unknown>): SignedRequest {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: "application/x-www-form-urlencoded" };
}

export interface PostOptions {
  timestampSec?: number;
  signature?: string;
  secret?: string;
  /** Extra headers, e.g. X-Slack-Retry-Num on a redelivery. */
  headers?: Record<string, string>;
}

/** POSTs a signed request over real HTTP; returns status, body and the time to the response. */
export async function postSigned(url: string, req: SignedRequest, options: PostOptions = {}): Promise<{ status: number; text: string; ms: number }> {
  const timestampSec = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const signature = options.signature ?? sign(req.body, timestampSec, options.secret);
  const started = performance.now();
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": req.contentType,
      "x-slack-request-timestamp": String(timestampSec),
      "x-slack-signature": signature,
      ...options.headers,
    },
    body: req.body,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

/** A `/breach` slash command as Slack posts it. */
export function slashCommand(text: string, responseUrl: string, overrides: Record<string, string> = {}): SignedRequest {
  return commandRequest({
    token: "deprecated-verification-token",
    team_id: "T1",
    team_domain: "example-air",
    channel_id: "C1",
    channel_name: "security",
    user_id: "U1",
    user_name: "analyst",
    command: "/breach",
    text,
    api_app_id: "A1",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "1.2.3",
    ...overrides,
  });
}

/** An Events API envelope around `event`. */
export function eventEnvelope(event: Record<string, unknown>, overrides: Record<string, unknown> = {}): SignedRequest {
  return eventRequest({
    token: "deprecated-verification-token",
    team_id: "T1",
    api_app_id: "A1",
    event,
    type: "event_callback",
    event_id: `Ev${Math.floor(Math.random() * 1e9)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    ...overrides,
  });
}
