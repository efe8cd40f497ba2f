import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a request's timestamp may be from our clock, in either direction (Slack's own rule is 5 minutes). */
export const MAX_CLOCK_SKEW_SEC = 5 * 60;

/** Why a request was refused; `ok` when the signature and the timestamp both hold. */
export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing_headers" | "bad_timestamp" | "stale" | "future" | "bad_signature" };

/**
 * Verifies Slack's request signature: `v0=` HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the
 * signing secret, compared in constant time, and a timestamp within five minutes of `nowMs`
 * in EITHER direction (a replay with a timestamp in the future is refused too).
 */
export function checkSlackSignature(input: {
  signingSecret: string;
  body: Buffer;
  timestamp: string | undefined;
  signature: string | undefined;
  nowMs?: number;
}): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: "missing_headers" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "bad_timestamp" };
  const nowSec = Math.floor((input.nowMs ?? Date.now()) / 1000);
  const skew = Number(timestamp) - nowSec;
  if (skew < -MAX_CLOCK_SKEW_SEC) return { ok: false, reason: "stale" };
  if (skew > MAX_CLOCK_SKEW_SEC) return { ok: false, reason: "future" };
  const expected = Buffer.from(
    `v0=${createHmac("sha256", input.signingSecret).update(`v0:${timestamp}:`).update(input.body).digest("hex")}`,
  );
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad_signature" };
  return { ok: true };
}
