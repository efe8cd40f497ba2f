import type { Clock } from "../../clock.js";
import type { ChatPoster } from "../../domain/chat.js";
import type { Logger } from "../../logger.js";
import type { ClaimedDelivery, Store, SubscriptionRecord, WatchRecord } from "../../store/store.port.js";
import { noticeKey } from "./outbox.keys.js";
import type { NoticePayload } from "./outbox.payload.js";

interface NoticeDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  posterFor(platform: string): ChatPoster | undefined;
}

/** "slack:T1" → "T1": the workspace id the poster needs to address a person. */
const workspaceIdOf = (scope: string): string => scope.slice(scope.indexOf(":") + 1);

/**
 * Queues one notice to a person (a DM on platforms that have one). The key names the target, the event
 * and the day, so however many replicas or attempts see the same failure, the person hears it once.
 */
async function notify(row: ClaimedDelivery, userId: string, event: string, payload: NoticePayload, deps: NoticeDeps, now: Date): Promise<boolean> {
  const direct = deps.posterFor(row.platform)?.directTarget?.(workspaceIdOf(row.scope), userId) ?? null;
  if (!direct) return false;
  const key = noticeKey(direct, row.target, `${event}:${now.toISOString().slice(0, 10)}`);
  await deps.store.enqueueDeliveries([{ key, target: direct, scope: row.scope, platform: row.platform, kind: "notice", incidentId: null, payload, dueAt: now }], now);
  return true;
}

/** Tells whoever set up the paused subscription (or the watches) why it stopped and how to resume. */
export async function pauseNotice(
  row: ClaimedDelivery, paused: { subscription: SubscriptionRecord | null; watches: WatchRecord[]; pausedReason: string }, deps: NoticeDeps, now: Date,
): Promise<void> {
  const what = [
    ...(paused.subscription ? ["the daily digest"] : []),
    ...paused.watches.map((w) => `the watch "${w.term}"`),
  ].join(", ");
  const payload: NoticePayload = {
    kind: "notice",
    title: "Breach Radar paused a channel's alerts",
    text: `Breach Radar can no longer post in a channel, so it paused ${what} there. ${paused.pausedReason}`,
    facts: [{ label: "Channel", value: row.target }],
  };
  const people = new Set([paused.subscription?.createdBy, ...paused.watches.map((w) => w.createdBy)].filter((u): u is string => Boolean(u)));
  let told = 0;
  for (const userId of people) if (await notify(row, userId, "paused", payload, deps, now)) told++;
  if (told === 0) deps.logger.warn("paused a channel; no direct message possible on this platform, the reason shows in `subscriptions`", { target: row.target });
}

/** Tells the subscriber that the bot was removed from the channel and resumes by itself once invited. */
export async function inviteNotice(row: ClaimedDelivery, deps: NoticeDeps, now: Date): Promise<void> {
  const sub = await deps.store.getSubscription(row.target);
  const watches = sub ? [] : await deps.store.listWatches({ target: row.target, activeOnly: true });
  const people = new Set([sub?.createdBy, ...watches.map((w) => w.createdBy)].filter((u): u is string => Boolean(u)));
  const payload: NoticePayload = {
    kind: "notice",
    title: "Breach Radar is not in a channel any more",
    text: "Breach Radar was removed from a channel it posts digests or alerts to. Invite it back to the channel: the posts waiting for it go out by themselves, nothing else to do.",
    facts: [{ label: "Channel", value: row.target }],
  };
  for (const userId of people) await notify(row, userId, "invite", payload, deps, now);
}
