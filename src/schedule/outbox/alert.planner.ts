import type { Change, Incident } from "../../domain/incident.js";
import { isVisibleTo, ownerKey } from "../../domain/tenancy.js";
import type { OutboxItemInput, SubscriptionRecord, WatchRecord } from "../../store/store.port.js";
import { matchesFilter } from "../digest.compose.js";
import { alertKey, watchKey, workspaceScope } from "./outbox.keys.js";
import type { AlertPayload, WatchPayload } from "./outbox.payload.js";

/** Does the incident (or a change to it) mention the watched term? Whole-word, case-insensitive. */
export function mentionsTerm(incident: Incident, changes: Change[], term: string): boolean {
  const needle = term.trim().toLowerCase();
  if (!needle) return false;
  const haystack = [
    incident.title, ...incident.victims, incident.victimGroup ?? "", incident.vendor ?? "",
    ...incident.actors.map((a) => a.name), ...changes.map((c) => c.text),
  ].join(" \u0000 ").toLowerCase();
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(haystack);
}

export interface AlertPlanInput {
  /** Changes recorded in the window being planned, any order. */
  changes: Change[];
  incidents: Map<string, Incident>;
  /** Active subscriptions (live alerts or not; only live ones get alerts). */
  subscriptions: SubscriptionRecord[];
  /** Active watches. */
  watches: WatchRecord[];
  now: Date;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Plans live alerts (a new incident matching a subscription with live alerts on) and watch alerts (an
 * incident or change mentioning a watched term, once per reporting source). Pure: the same changes
 * always give the same keys, so planning a window twice enqueues nothing new.
 */
export function planAlerts(input: AlertPlanInput): OutboxItemInput[] {
  const items: OutboxItemInput[] = [];
  const live = input.subscriptions.filter((s) => s.liveAlerts && !s.pausedReason);
  for (const [incidentId, changes] of groupBy(input.changes, (c) => c.incidentId)) {
    const incident = input.incidents.get(incidentId);
    if (!incident) continue;
    const created = changes.find((c) => c.kind === "new_incident");
    if (created) items.push(...liveAlerts(incident, created, live, input.now));
    items.push(...watchAlerts(incident, changes, input.watches, input.now));
  }
  return items;
}

function liveAlerts(incident: Incident, created: Change, subs: SubscriptionRecord[], now: Date): OutboxItemInput[] {
  return subs
    // Tenancy (domain/tenancy.ts): a workspace's own incident alerts only that workspace.
    .filter((sub) => sub.createdAt.getTime() <= created.at.getTime() && matchesFilter(incident, sub) && isVisibleTo(incident.owner, ownerKey(sub)))
    .map((sub) => {
      const payload: AlertPayload = { kind: "alert", subscriptionId: sub.id, incidentId: incident.id };
      return {
        key: alertKey(sub.target, incident.id), target: sub.target, scope: workspaceScope(sub.platform, sub.workspaceId),
        platform: sub.platform, kind: "alert" as const, incidentId: incident.id, payload, dueAt: now,
      };
    });
}

function watchAlerts(incident: Incident, changes: Change[], watches: WatchRecord[], now: Date): OutboxItemInput[] {
  const items: OutboxItemInput[] = [];
  // One alert per watch and per reporting source (a merge writes several changes at once).
  const bySource = groupBy(changes, (c) => c.sourceId ?? c.id);
  for (const watch of watches) {
    if (watch.pausedReason || !isVisibleTo(incident.owner, ownerKey(watch))) continue;
    for (const [sourceKey, group] of bySource) {
      const fresh = group.filter((c) => c.at.getTime() >= watch.createdAt.getTime());
      if (fresh.length === 0 || !mentionsTerm(incident, fresh, watch.term)) continue;
      const payload: WatchPayload = { kind: "watch", watchId: watch.id, term: watch.term, incidentId: incident.id, changes: fresh.slice(0, 50).map((c) => c.text) };
      items.push({
        key: watchKey(watch.target, incident.id, sourceKey), target: watch.target, scope: workspaceScope(watch.platform, watch.workspaceId),
        platform: watch.platform, kind: "watch", incidentId: incident.id, payload, dueAt: now,
      });
    }
  }
  return items;
}
