import type { OutboxItemInput, Store, SubscriptionRecord } from "../../store/store.port.js";
import { collectDigest, composeDigest, type DigestContent } from "../digest.compose.js";
import { addDays, latestDueOccurrence, zonedInstant } from "../zoned-time.js";
import { digestKey, workspaceScope } from "./outbox.keys.js";
import type { DigestPayload } from "./outbox.payload.js";

/** A digest posted more than this long after its scheduled time is marked late. */
export const LATE_AFTER_MS = 15 * 60_000;
/**
 * A missed digest is not posted late when the next one is due within this time: the next covers the
 * whole gap (after an overnight outage, one digest at the usual time instead of two minutes apart).
 */
export const LATE_MERGE_WINDOW_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

export interface DigestPlan {
  items: OutboxItemInput[];
  /** Subscriptions with nothing to report that asked for silence: their lastDigestAt moves to now. */
  silent: SubscriptionRecord[];
}

interface Candidate {
  sub: SubscriptionRecord;
  date: string;
  at: Date;
  since: Date;
}

/** The digest occurrence a subscription owes at `now`, or null (already posted, not yet due, merged into the next). */
export function dueDigest(sub: SubscriptionRecord, now: Date): Candidate | null {
  const due = latestDueOccurrence(now, sub.digestTime, sub.timeZone);
  if (sub.lastDigestAt && sub.lastDigestAt.getTime() >= due.at.getTime()) return null;
  if (due.at.getTime() < sub.createdAt.getTime()) return null;
  const late = now.getTime() - due.at.getTime() > LATE_AFTER_MS;
  if (late) {
    const next = zonedInstant(addDays(due.date, 1), sub.digestTime, sub.timeZone);
    if (next.getTime() - now.getTime() < LATE_MERGE_WINDOW_MS) return null;
  }
  return { sub, date: due.date, at: due.at, since: sub.lastDigestAt ?? new Date(due.at.getTime() - DAY_MS) };
}

/**
 * Plans each active subscription's digest when its local time is due: one row per channel and local
 * day (the key), and after downtime only the latest missed occurrence. Content is composed again at
 * send time; here it only decides whether a quiet channel has anything to hear.
 */
export async function planDigests(store: Store, subscriptions: SubscriptionRecord[], now: Date): Promise<DigestPlan> {
  const candidates = subscriptions.filter((s) => !s.pausedReason).map((s) => dueDigest(s, now)).filter((c): c is Candidate => c !== null);
  if (candidates.length === 0) return { items: [], silent: [] };
  const planned = await store.existingDeliveryKeys(candidates.map((c) => digestKey(c.sub.target, c.date)));
  const plan: DigestPlan = { items: [], silent: [] };
  const cache = new Map<string, Promise<DigestContent>>();
  for (const c of candidates) {
    const key = digestKey(c.sub.target, c.date);
    if (planned.has(key)) continue;
    if (!c.sub.postWhenEmpty && (await isEmpty(store, c, cache))) {
      plan.silent.push(c.sub);
      continue;
    }
    const payload: DigestPayload = { kind: "digest", subscriptionId: c.sub.id, date: c.date, scheduledAt: c.at.toISOString(), since: c.since.toISOString() };
    plan.items.push({
      key, target: c.sub.target, scope: workspaceScope(c.sub.platform, c.sub.workspaceId), platform: c.sub.platform,
      kind: "digest", incidentId: null, payload, dueAt: now,
    });
  }
  return plan;
}

async function isEmpty(store: Store, c: Candidate, cache: Map<string, Promise<DigestContent>>): Promise<boolean> {
  const cacheKey = `${c.since.getTime()}|${c.sub.minSeverity}|${[...c.sub.sectors].sort().join(",")}`;
  let content = cache.get(cacheKey);
  if (!content) {
    content = collectDigest(store, c.sub, c.since);
    cache.set(cacheKey, content);
  }
  return composeDigest(await content, { date: c.date, since: c.since, late: false, postWhenEmpty: false, campaignNames: new Map() }) === null;
}
