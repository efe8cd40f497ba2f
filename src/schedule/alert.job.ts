import type { BotCore } from "../bot/bot.port.js";
import type { ChatContext } from "../domain/chat.js";
import type { Change, Incident } from "../domain/incident.js";
import type { View } from "../domain/view.js";
import { isVisibleTo, ownerKey } from "../domain/tenancy.js";
import type { SubscriptionRecord, WatchRecord } from "../store/store.port.js";
import { matchesFilter } from "./digest.compose.js";
import { deliverOnce, type DeliveryDeps, type DeliveryOutcome } from "./deliver.js";

/** How far back each run looks for changes; delivery keys make re-reading them harmless. */
export const ALERT_LOOKBACK_MS = 24 * 3_600_000;

export interface AlertDeps extends DeliveryDeps {
  core: BotCore;
}

export interface AlertRunReport {
  posted: number;
  duplicates: number;
  retryLater: number;
  failed: number;
}

/** Who an alert is for: the subscription's or watch's own workspace and channel. */
const recipient = (to: Pick<SubscriptionRecord, "platform" | "workspaceId" | "target">): ChatContext => ({
  platform: to.platform, workspaceId: to.workspaceId, target: to.target, userId: "scheduler",
});

/** Tenancy (domain/tenancy.ts): a workspace's own incident alerts only that workspace. */
const mayAlert = (incident: Incident, to: Pick<SubscriptionRecord, "platform" | "workspaceId">): boolean => isVisibleTo(incident.owner, ownerKey(to));

/** The incident view the bot core renders for `show` (as the recipient sees it), re-titled as an alert with its actions. */
async function alertView(core: BotCore, incident: Incident, heading: string, changeTexts: string[], ctx: ChatContext): Promise<View> {
  const base = await core.handleCommand(`show ${incident.id}`, ctx);
  const sections = changeTexts.length > 0 ? [{ heading: "What changed", bullets: changeTexts }, ...base.sections] : base.sections;
  return {
    ...base,
    kind: "alert",
    title: `${heading}: ${base.title}`,
    sections,
    incidentId: incident.id,
    ephemeral: false,
    fallbackText: `${heading}: ${base.fallbackText}${changeTexts.length ? `\nChanges: ${changeTexts.join("; ")}` : ""}`,
  };
}

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

function tally(report: AlertRunReport, outcome: DeliveryOutcome): void {
  if (outcome.status === "posted") report.posted++;
  else if (outcome.status === "duplicate") report.duplicates++;
  else if (outcome.status === "failed" || outcome.status === "target_gone") report.failed++;
  else report.retryLater++;
}

/**
 * Live alerts (a new incident matching a subscription with live alerts on) and watch alerts
 * (an incident or change mentioning a watched org, vendor or actor). Each target, incident and
 * source is posted at most once, whatever the number of runs or replicas.
 */
export async function dispatchAlerts(deps: AlertDeps): Promise<AlertRunReport> {
  const report: AlertRunReport = { posted: 0, duplicates: 0, retryLater: 0, failed: 0 };
  const now = deps.clock.now();
  const changes = await deps.store.listChangesSince(new Date(now.getTime() - ALERT_LOOKBACK_MS), { limit: 2000 });
  if (changes.length === 0) return report;
  const subs = (await deps.store.listSubscriptions({ activeOnly: true })).filter((s) => s.liveAlerts);
  const watches = await deps.store.listWatches();
  const byIncident = new Map<string, Change[]>();
  for (const change of changes) byIncident.set(change.incidentId, [...(byIncident.get(change.incidentId) ?? []), change]);

  for (const [incidentId, incidentChanges] of byIncident) {
    try {
      const incident = await deps.store.getIncident(incidentId);
      if (!incident) continue;
      await liveAlerts(deps, incident, incidentChanges, subs, report);
      await watchAlerts(deps, incident, incidentChanges, watches, report);
    } catch (error) {
      report.failed++;
      deps.logger.error("alerts failed for one incident; continuing", { incidentId, error });
    }
  }
  return report;
}

async function liveAlerts(deps: AlertDeps, incident: Incident, changes: Change[], subs: SubscriptionRecord[], report: AlertRunReport): Promise<void> {
  const created = changes.find((c) => c.kind === "new_incident");
  if (!created) return;
  let view: View | null = null;
  for (const sub of subs) {
    if (sub.createdAt.getTime() > created.at.getTime() || !matchesFilter(incident, sub) || !mayAlert(incident, sub)) continue;
    // Shared incidents render the same for every recipient; a workspace's own one only reaches that workspace.
    view ??= await alertView(deps.core, incident, "New breach", [], recipient(sub));
    tally(report, await deliverOnce(deps, { key: `alert:${sub.target}:${incident.id}`, target: sub.target, kind: "alert", view, incidentId: incident.id, conversationRef: sub.conversationRef }));
  }
}

async function watchAlerts(deps: AlertDeps, incident: Incident, changes: Change[], watches: WatchRecord[], report: AlertRunReport): Promise<void> {
  // One alert per watch and per reporting source (a merge writes several changes at once).
  const bySource = new Map<string, Change[]>();
  for (const c of changes) bySource.set(c.sourceId ?? c.id, [...(bySource.get(c.sourceId ?? c.id) ?? []), c]);
  for (const watch of watches) {
    if (!mayAlert(incident, watch)) continue;
    for (const [sourceKey, group] of bySource) {
      const fresh = group.filter((c) => c.at.getTime() >= watch.createdAt.getTime());
      if (fresh.length === 0 || !mentionsTerm(incident, fresh, watch.term)) continue;
      const view = await alertView(deps.core, incident, `Watch "${watch.term}"`, fresh.map((c) => c.text), recipient(watch));
      tally(report, await deliverOnce(deps, { key: `watch:${watch.target}:${incident.id}:${sourceKey}`, target: watch.target, kind: "watch", view, incidentId: incident.id, conversationRef: watch.conversationRef }));
    }
  }
}
