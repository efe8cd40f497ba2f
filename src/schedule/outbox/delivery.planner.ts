import type { Clock } from "../../clock.js";
import type { Change, Incident } from "../../domain/incident.js";
import type { Logger } from "../../logger.js";
import type { OutboxItemInput, Store } from "../../store/store.port.js";
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

export interface PlanReport {
  /** False when another replica held the planner lease (this replica did nothing). */
  leader: boolean;
  changes: number;
  alerts: number;
  digests: number;
  silent: number;
  /** Rows actually inserted (the rest were planned before). */
  enqueued: number;
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
   * Lifetime of the planner lease (default 30 s): a replica killed while planning stops others for at
   * most this long. A plan that outlives it may overlap the next one, which only re-inserts nothing.
   */
  leaseMs?: number;
}

/**
 * Plans deliveries once per tick on one replica: alerts from what changed since the last plan (a
 * high-water mark, not every incident of the last day), and each subscription's due digest.
 */
export function createDeliveryPlanner(deps: PlannerDeps): { planOnce(): Promise<PlanReport> } {
  async function planOnce(): Promise<PlanReport> {
    const now = deps.clock.now();
    const lease = await deps.store.acquireLease(PLANNER_LEASE, deps.owner, deps.leaseMs ?? DEFAULT_PLANNER_TTL_MS, now);
    if (!lease) return { leader: false, changes: 0, alerts: 0, digests: 0, silent: 0, enqueued: 0 };
    let cursor: Date | undefined;
    try {
      const windowStart = lease.cursor ? new Date(lease.cursor.getTime() - CURSOR_OVERLAP_MS) : new Date(now.getTime() - ALERT_LOOKBACK_MS);
      const changes = await deps.store.listChangesSince(windowStart, { limit: MAX_CHANGES_PER_TICK });
      const subscriptions = await deps.store.listSubscriptions({ activeOnly: true });
      const alerts = changes.length > 0 ? await alertItems(deps.store, changes, subscriptions, now) : [];
      const digests = await planDigests(deps.store, subscriptions, now);
      for (const sub of digests.silent) await deps.store.updateSubscription(sub.id, { lastDigestAt: now });
      const inserted = await deps.store.enqueueDeliveries([...digests.items, ...alerts], now);
      const fresh = new Set(inserted);
      await deps.store.supersedeDigests(digests.items.filter((d) => fresh.has(d.key)).map((d) => ({ target: d.target, key: d.key })), now);
      if (inserted.length > 0) deps.onEnqueued?.(inserted.length);
      // A full page means more changes wait: continue from the last one read, else from now.
      cursor = changes.length >= MAX_CHANGES_PER_TICK ? changes[changes.length - 1]!.at : now;
      return { leader: true, changes: changes.length, alerts: alerts.length, digests: digests.items.length, silent: digests.silent.length, enqueued: inserted.length };
    } finally {
      await deps.store.releaseLease(PLANNER_LEASE, deps.owner, { cursor, now: deps.clock.now() })
        .catch((error: unknown) => deps.logger.warn("could not release the planner lease; it expires by itself", { error }));
    }
  }
  return { planOnce };
}

async function alertItems(store: Store, changes: Change[], subscriptions: Awaited<ReturnType<Store["listSubscriptions"]>>, now: Date): Promise<OutboxItemInput[]> {
  const watches = await store.listWatches({ activeOnly: true });
  if (watches.length === 0 && !subscriptions.some((s) => s.liveAlerts)) return [];
  const ids = new Set(changes.map((c) => c.incidentId));
  // One query for the window's incidents (each change moved its incident's updatedAt), then any stragglers.
  const since = changes.reduce((min, c) => (c.at < min ? c.at : min), changes[0]!.at);
  const incidents = new Map<string, Incident>();
  for (const incident of await store.listIncidents({ since, limit: ids.size + 100 })) if (ids.has(incident.id)) incidents.set(incident.id, incident);
  for (const id of ids) {
    if (incidents.has(id)) continue;
    const incident = await store.getIncident(id);
    if (incident) incidents.set(id, incident);
  }
  return planAlerts({ changes, incidents, subscriptions, watches, now });
}
