import type { Clock } from "../../clock.js";
import type { Change, Incident } from "../../domain/incident.js";
import type { Logger } from "../../logger.js";
import type { Store, SubscriptionRecord } from "../../store/store.port.js";
import { planAlerts } from "./alert.planner.js";
import { planDigests } from "./digest.planner.js";

/** The planner's lease: one replica plans per tick; a crashed planner's lease runs out after `leaseMs`. */
export const PLANNER_LEASE = "planner";
const DEFAULT_PLANNER_TTL_MS = 30_000;
/** With no cursor yet (first start, or after an upgrade), alerts look back this far; keys prevent repeats. */
export const ALERT_LOOKBACK_MS = 24 * 3_600_000;
/**
 * Each tick re-reads this much before the cursor: a change is timestamped when its merge starts and
 * becomes visible when the transaction commits (at most ~40 s later: store transaction limits), and
 * replicas' clocks may differ a little. Re-planned keys insert nothing.
 */
export const CURSOR_OVERLAP_MS = 5 * 60_000;
/** Changes read per tick; a bigger backlog is planned over the next ticks. */
const MAX_CHANGES_PER_TICK = 5_000;
/**
 * Alert rows planned per tick. A backlog (the first start with a day of incidents, a bulk import)
 * is planned over several ticks, so one tick stays short and its memory bounded.
 */
export const MAX_ALERT_ROWS_PER_TICK = 20_000;
/** Rows inserted per batch within a tick (the lease is renewed between batches). */
const ENQUEUE_BATCH = 4_000;

export interface PlanReport {
  /** False when another replica held the planner lease (this replica did nothing). */
  leader: boolean;
  changes: number;
  alerts: number;
  digests: number;
  silent: number;
  /** Rows actually inserted (the rest were planned before). */
  enqueued: number;
  /** True when a backlog remains: the next tick continues where this one stopped. */
  partial?: boolean;
}

export interface PlannerDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** This process's identity for leases. */
  owner: string;
  /** Called after rows were inserted, so the local worker claims them at once. */
  onEnqueued?: (count: number) => void;
  /**
   * Lifetime of the planner lease (default 30 s, renewed while a long plan runs): a replica killed
   * while planning stops the others for at most this long.
   */
  leaseMs?: number;
  /** Alert rows per tick (default MAX_ALERT_ROWS_PER_TICK). */
  maxAlertRows?: number;
}

/** Changes split by instant: one merge writes all its changes at one instant, so a chunk is never cut. */
function chunksByInstant(changes: Change[]): Change[][] {
  const chunks: Change[][] = [];
  for (const change of changes) {
    const last = chunks[chunks.length - 1];
    if (last && last[0]!.at.getTime() === change.at.getTime()) last.push(change);
    else chunks.push([change]);
  }
  return chunks;
}

/**
 * Plans deliveries once per tick on one replica: alerts from what changed since the last plan (a
 * high-water mark, not every incident of the last day), and each subscription's due digest.
 */
export function createDeliveryPlanner(deps: PlannerDeps): { planOnce(): Promise<PlanReport> } {
  const ttl = deps.leaseMs ?? DEFAULT_PLANNER_TTL_MS;
  const maxRows = deps.maxAlertRows ?? MAX_ALERT_ROWS_PER_TICK;

  async function planOnce(): Promise<PlanReport> {
    const now = deps.clock.now();
    const lease = await deps.store.acquireLease(PLANNER_LEASE, deps.owner, ttl, now);
    if (!lease) return { leader: false, changes: 0, alerts: 0, digests: 0, silent: 0, enqueued: 0 };
    let release: { cursor?: Date; resumeAt?: Date | null } = {};
    try {
      const windowStart = lease.resumeAt ?? (lease.cursor ? new Date(lease.cursor.getTime() - CURSOR_OVERLAP_MS) : new Date(now.getTime() - ALERT_LOOKBACK_MS));
      const page = await deps.store.listChangesSince(windowStart, { limit: MAX_CHANGES_PER_TICK });
      const subscriptions = await deps.store.listSubscriptions({ activeOnly: true });
      const report: PlanReport = { leader: true, changes: page.length, alerts: 0, digests: 0, silent: 0, enqueued: 0 };
      const resumeAt = await planAlertChunks(page, subscriptions, now, report);
      await planDueDigests(subscriptions, now, report);
      // Complete: the cursor moves to now (the next tick re-reads the overlap). Partial: resume exactly there.
      release = resumeAt ? { resumeAt } : { cursor: now, resumeAt: null };
      report.partial = resumeAt !== null;
      if (report.partial) deps.logger.info("alert backlog: planning continues next tick", { planned: report.alerts, from: resumeAt!.toISOString() });
      return report;
    } finally {
      await deps.store.releaseLease(PLANNER_LEASE, deps.owner, { ...release, now: deps.clock.now() })
        .catch((error: unknown) => deps.logger.warn("could not release the planner lease; it expires by itself", { error }));
    }
  }

  /** Plans alert chunks in order until the row budget; returns where to resume, or null when all were planned. */
  async function planAlertChunks(page: Change[], subscriptions: SubscriptionRecord[], now: Date, report: PlanReport): Promise<Date | null> {
    if (page.length === 0) return null;
    const chunks = chunksByInstant(page);
    // A full page may end inside a merge: leave its last instant to the next tick (unless it is all there is).
    const cutPage = page.length >= MAX_CHANGES_PER_TICK && chunks.length > 1 ? chunks.pop()! : null;
    const watches = await deps.store.listWatches({ activeOnly: true });
    if (watches.length === 0 && !subscriptions.some((s) => s.liveAlerts)) return cutPage ? cutPage[0]!.at : null;
    const incidents = await incidentsOf(deps.store, page);
    let pending: Parameters<Store["enqueueDeliveries"]>[0] = [];
    let renewedAt = Date.now();
    const flush = async () => {
      const inserted = await deps.store.enqueueDeliveries(pending, now);
      report.enqueued += inserted.length;
      if (inserted.length > 0) deps.onEnqueued?.(inserted.length);
      pending = [];
      if (Date.now() - renewedAt > ttl / 3) {
        await deps.store.acquireLease(PLANNER_LEASE, deps.owner, ttl, deps.clock.now());
        renewedAt = Date.now();
      }
    };
    for (const [i, chunk] of chunks.entries()) {
      if (report.alerts >= maxRows && i > 0) {
        await flush();
        return chunk[0]!.at;
      }
      const items = planAlerts({ changes: chunk, incidents, subscriptions, watches, now });
      report.alerts += items.length;
      pending.push(...items);
      if (pending.length >= ENQUEUE_BATCH) await flush();
    }
    await flush();
    return cutPage ? cutPage[0]!.at : null;
  }

  async function planDueDigests(subscriptions: SubscriptionRecord[], now: Date, report: PlanReport): Promise<void> {
    const digests = await planDigests(deps.store, subscriptions, now);
    for (const sub of digests.silent) await deps.store.updateSubscription(sub.id, { lastDigestAt: now });
    const inserted = await deps.store.enqueueDeliveries(digests.items, now);
    const fresh = new Set(inserted);
    await deps.store.supersedeDigests(digests.items.filter((d) => fresh.has(d.key)).map((d) => ({ target: d.target, key: d.key })), now);
    if (inserted.length > 0) deps.onEnqueued?.(inserted.length);
    report.digests = digests.items.length;
    report.silent = digests.silent.length;
    report.enqueued += inserted.length;
  }

  return { planOnce };
}

/** The incidents the changes are about: one query for the window (each change moved its incident's updatedAt), then stragglers. */
async function incidentsOf(store: Store, changes: Change[]): Promise<Map<string, Incident>> {
  const ids = new Set(changes.map((c) => c.incidentId));
  const since = changes.reduce((min, c) => (c.at < min ? c.at : min), changes[0]!.at);
  const incidents = new Map<string, Incident>();
  for (const incident of await store.listIncidents({ since, limit: ids.size + 100 })) if (ids.has(incident.id)) incidents.set(incident.id, incident);
  for (const id of ids) {
    if (incidents.has(id)) continue;
    const incident = await store.getIncident(id);
    if (incident) incidents.set(id, incident);
  }
  return incidents;
}
