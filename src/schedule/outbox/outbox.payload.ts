import { z } from "zod";

/**
 * What an outbox row asks the worker to post. Planners write it as JSON; the worker parses it at send
 * time (rows outlive deploys, so a shape this code no longer knows becomes the explicit unknown branch
 * and the row is cancelled with a reason rather than crashing the worker).
 */
const DigestPayload = z.object({
  kind: z.literal("digest"),
  subscriptionId: z.string().min(1),
  /** Local calendar date of the occurrence, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** When the digest was due (ISO instant); "late" is judged against it at send time. */
  scheduledAt: z.iso.datetime(),
  /** Start of the period covered when the subscription has no earlier digest (ISO instant). */
  since: z.iso.datetime(),
});

const AlertPayload = z.object({
  kind: z.literal("alert"),
  subscriptionId: z.string().min(1),
  incidentId: z.string().min(1),
});

const WatchPayload = z.object({
  kind: z.literal("watch"),
  watchId: z.string().min(1),
  term: z.string().min(1),
  incidentId: z.string().min(1),
  /** What the reporting source changed (already-written change texts). */
  changes: z.array(z.string()).max(50),
});

const NoticePayload = z.object({
  kind: z.literal("notice"),
  title: z.string().min(1),
  text: z.string(),
  facts: z.array(z.object({ label: z.string(), value: z.string() })).max(10).default([]),
});

const KnownPayload = z.discriminatedUnion("kind", [DigestPayload, AlertPayload, WatchPayload, NoticePayload]);

export type DigestPayload = z.infer<typeof DigestPayload>;
export type AlertPayload = z.infer<typeof AlertPayload>;
export type WatchPayload = z.infer<typeof WatchPayload>;
export type NoticePayload = z.infer<typeof NoticePayload>;
export type OutboxPayload = z.infer<typeof KnownPayload> | { kind: "unknown"; reason: string };

/** Parses a stored payload; anything else is `{ kind: "unknown" }` with the reason. */
export function parsePayload(raw: unknown): OutboxPayload {
  const parsed = KnownPayload.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  return { kind: "unknown", reason: first ? `${first.path.join(".") || "payload"}: ${first.message}` : "not a payload" };
}
