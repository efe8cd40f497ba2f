import { commandRef } from "../../domain/command-ref.js";
import type { Clock } from "../../clock.js";
import type { ChatPoster, PostedMessage } from "../../domain/chat.js";
import type { Logger } from "../../logger.js";
import type { ClaimedDelivery, DeliveryCompletion, Store } from "../../store/store.port.js";
import type { AttemptOutcome, PostComposition } from "./delivery.attempt.js";
import { backoffMs, describeError, policyFor, retryAfterMs, RETRY_TIMING, type RetryTiming } from "./delivery.policy.js";
import { inviteNotice, pauseNotice } from "./pause.notices.js";

export interface RecorderDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  posterFor(platform: string): ChatPoster | undefined;
  random?: () => number;
  timing?: RetryTiming;
}

/** The completion a successful post writes. */
export function completionOf(row: ClaimedDelivery, posted: PostedMessage, composition: PostComposition, at: Date): DeliveryCompletion {
  return {
    target: row.target, scope: row.scope, messageId: posted.messageId, threadId: posted.threadId, late: composition.late, at, incidentId: row.incidentId,
    subscriptionId: composition.subscriptionId, digestUntil: composition.digestUntil,
  };
}

/**
 * Writes an attempt's outcome. A post that happened is recorded whatever holds the lease (never
 * released as failed: that is how duplicates were made); failures follow FAILURE_POLICY. Throws only
 * when the database cannot be written; the worker keeps a completion and tries again.
 */
export async function recordOutcome(row: ClaimedDelivery, outcome: AttemptOutcome, deps: RecorderDeps): Promise<void> {
  const now = deps.clock.now();
  const log = deps.logger.child({ key: row.key, target: row.target });
  if (outcome.kind === "posted") {
    await deps.store.completeDelivery(row.key, completionOf(row, outcome.posted, outcome.composition, now));
    if (outcome.foundEarlierPost) log.info("an earlier attempt had been posted; recorded it instead of posting again");
    return;
  }
  if (outcome.kind === "abandoned") {
    log.warn("gave up a row whose lease ran out; the next worker checks before posting", { reason: outcome.reason });
    return;
  }
  if (outcome.kind === "cancel") {
    await deps.store.endDelivery(row, { status: "cancelled", error: outcome.reason, at: now });
    if (outcome.silentSubscriptionId) await deps.store.updateSubscription(outcome.silentSubscriptionId, { lastDigestAt: now });
    return;
  }
  await recordFailure(row, outcome.error, outcome.checked, deps, log);
}

async function recordFailure(row: ClaimedDelivery, error: unknown, checked: boolean, deps: RecorderDeps, log: Logger): Promise<void> {
  const now = deps.clock.now();
  const random = deps.random ?? Math.random;
  const timing = deps.timing ?? RETRY_TIMING;
  const reason = describeError(error);
  const policy = policyFor(error);
  const later = (ms: number) => new Date(now.getTime() + ms);
  switch (policy.effect) {
    case "backoff": {
      if (row.attempts >= policy.maxAttempts) {
        log.error("giving up on a post after repeated failures", { attempts: row.attempts, error: reason });
        await deps.store.endDelivery(row, { status: "failed", error: `gave up after ${row.attempts} attempts: ${reason}`, at: now });
        return;
      }
      const uncertain = policy.uncertain === true || (row.uncertain && !checked);
      const dueAt = later(backoffMs(row.attempts, random, timing));
      log.warn("post failed; will retry", { attempts: row.attempts, retryAt: dueAt.toISOString(), uncertain, error: reason });
      await deps.store.rescheduleDelivery(row, { dueAt, error: reason, uncertain });
      return;
    }
    case "retry_after": {
      const dueAt = later(retryAfterMs(error, random, timing));
      // On the target, so every replica waits, not only this one.
      await deps.store.setDeliveryScope(row.target, { state: "rate_limited", reason, blockedUntil: dueAt }, now);
      await deps.store.rescheduleDelivery(row, { dueAt, error: reason, uncertain: row.uncertain && !checked, refundAttempt: true });
      log.warn("rate limited; the target waits", { retryAt: dueAt.toISOString() });
      return;
    }
    case "wait_invite": {
      const dueAt = later(timing.invitePollMs);
      const isNew = await deps.store.setDeliveryScope(row.target, { state: "waiting_invite", reason, blockedUntil: dueAt }, now);
      await deps.store.rescheduleDelivery(row, { dueAt, error: reason, uncertain: row.uncertain && !checked, refundAttempt: true });
      if (isNew) {
        log.warn("the bot is not in the channel; waiting for an invite", { nextTry: dueAt.toISOString() });
        await inviteNotice(row, deps, now);
      }
      return;
    }
    case "block_workspace": {
      const dueAt = later(timing.brokenPollMs);
      const isNew = await deps.store.setDeliveryScope(row.scope || row.target, { state: "broken", reason, blockedUntil: dueAt }, now);
      await deps.store.rescheduleDelivery(row, { dueAt, error: reason, uncertain: row.uncertain && !checked, refundAttempt: true });
      if (isNew) log.error("installation broken: no post to this workspace until it is repaired (reinstall the app)", { scope: row.scope, error: reason });
      return;
    }
    case "pause_target":
      await pauseTarget(row, reason, deps, log);
      return;
    case "give_up":
      log.error("post cannot be delivered", { error: reason });
      await deps.store.endDelivery(row, { status: "failed", error: reason, at: now });
  }
}

/** The channel is gone: its subscription and watches pause with the reason, its pending posts are dropped. */
async function pauseTarget(row: ClaimedDelivery, reason: string, deps: RecorderDeps, log: Logger): Promise<void> {
  const now = deps.clock.now();
  const pausedReason = `Paused ${now.toISOString().slice(0, 10)}: the channel was deleted or archived, or the bot was removed (${reason}). Type ${commandRef("subscribe")} or ${commandRef("watch")} again there to resume.`;
  const sub = await deps.store.getSubscription(row.target);
  const pausedSub = sub && !sub.pausedReason ? sub : null;
  if (pausedSub) await deps.store.updateSubscription(pausedSub.id, { pausedReason });
  const watches = await deps.store.listWatches({ target: row.target, activeOnly: true });
  await deps.store.pauseWatches(row.target, pausedReason);
  await deps.store.endDelivery(row, { status: "cancelled", error: reason, at: now });
  await deps.store.cancelDeliveries({ target: row.target }, pausedReason, now);
  if (!pausedSub && watches.length === 0) return;
  log.warn("target gone: paused its subscription and watches", { subscription: Boolean(pausedSub), watches: watches.length, error: reason });
  await pauseNotice(row, { subscription: pausedSub, watches, pausedReason }, deps, now);
}
