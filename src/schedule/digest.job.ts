import type { Store, SubscriptionRecord } from "../store/store.port.js";
import type { Logger } from "../logger.js";
import { collectDigest, composeDigest, type DigestContent } from "./digest.compose.js";
import { deliverOnce, type DeliveryDeps } from "./deliver.js";
import { latestDueOccurrence } from "./zoned-time.js";

/** A digest posted more than this long after its scheduled time is marked late. */
const LATE_AFTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

export interface DigestRunReport {
  due: number;
  posted: number;
  silent: number;
  duplicates: number;
  retryLater: number;
  paused: number;
  failed: number;
}

/**
 * Posts each subscription's digest when its local time is due. Exactly once per channel and
 * local day (delivery key), and after downtime only the latest missed occurrence, marked late.
 */
export async function dispatchDigests(deps: DeliveryDeps): Promise<DigestRunReport> {
  const report: DigestRunReport = { due: 0, posted: 0, silent: 0, duplicates: 0, retryLater: 0, paused: 0, failed: 0 };
  const now = deps.clock.now();
  const subscriptions = await deps.store.listSubscriptions({ activeOnly: true });
  const campaignNames = new Map((await deps.store.listCampaigns()).map((c) => [c.id, c.name]));
  const cache = new Map<string, Promise<DigestContent>>();
  for (const sub of subscriptions) {
    try {
      await dispatchOne(deps, sub, now, campaignNames, cache, report);
    } catch (error) {
      report.failed++;
      deps.logger.error("digest failed for one subscription; continuing", { target: sub.target, error });
    }
  }
  return report;
}

async function dispatchOne(
  deps: DeliveryDeps, sub: SubscriptionRecord, now: Date, campaignNames: Map<string, string>,
  cache: Map<string, Promise<DigestContent>>, report: DigestRunReport,
): Promise<void> {
  const due = latestDueOccurrence(now, sub.digestTime, sub.timeZone);
  if (sub.lastDigestAt && sub.lastDigestAt.getTime() >= due.at.getTime()) return;
  if (due.at.getTime() < sub.createdAt.getTime()) return;
  report.due++;
  const since = sub.lastDigestAt ?? new Date(due.at.getTime() - DAY_MS);
  const late = now.getTime() - due.at.getTime() > LATE_AFTER_MS;
  const cacheKey = `${since.getTime()}|${sub.minSeverity}|${[...sub.sectors].sort().join(",")}`;
  let content = cache.get(cacheKey);
  if (!content) {
    content = collectDigest(deps.store, sub, since);
    cache.set(cacheKey, content);
  }
  const view = composeDigest(await content, { date: due.date, since, late, postWhenEmpty: sub.postWhenEmpty, campaignNames, now });
  if (!view) {
    report.silent++;
    await deps.store.updateSubscription(sub.id, { lastDigestAt: now });
    return;
  }
  const outcome = await deliverOnce(deps, { key: `digest:${sub.target}:${due.date}`, target: sub.target, kind: "digest", view, conversationRef: sub.conversationRef, late });
  await recordOutcome(deps.store, deps.logger, sub, outcome.status, "reason" in outcome ? outcome.reason : undefined, now, report);
}

async function recordOutcome(
  store: Store, logger: Logger, sub: SubscriptionRecord, status: string, reason: string | undefined, now: Date, report: DigestRunReport,
): Promise<void> {
  switch (status) {
    case "posted":
      report.posted++;
      await store.updateSubscription(sub.id, { lastDigestAt: now });
      return;
    case "duplicate":
      report.duplicates++;
      return;
    case "target_gone":
      report.paused++;
      await store.updateSubscription(sub.id, { pausedReason: `Paused ${now.toISOString().slice(0, 10)}: the channel was deleted or the bot was removed (${reason ?? "unknown"}). Run /breach subscribe again to resume.` });
      return;
    case "rate_limited":
    case "no_platform":
      report.retryLater++;
      if (status === "no_platform") logger.debug("no adapter for this platform in this process", { target: sub.target });
      return;
    default:
      report.failed++;
  }
}
