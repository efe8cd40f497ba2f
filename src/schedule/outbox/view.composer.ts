import type { BotCore } from "../../bot/bot.port.js";
import { finishView } from "../../bot/views/view.builder.js";
import type { Clock } from "../../clock.js";
import type { ChatContext } from "../../domain/chat.js";
import type { Incident } from "../../domain/incident.js";
import type { View } from "../../domain/view.js";
import { isVisibleTo, ownerKey } from "../../domain/tenancy.js";
import type { ClaimedDelivery, Store, SubscriptionRecord } from "../../store/store.port.js";
import { collectDigest, composeDigest, type DigestContent } from "../digest.compose.js";
import { LATE_AFTER_MS } from "./digest.planner.js";
import { parsePayload, type AlertPayload, type DigestPayload, type NoticePayload, type WatchPayload } from "./outbox.payload.js";

/** What the worker should do with a row: post this view, or end it without posting. */
export type Composition =
  | {
      kind: "post";
      view: View;
      conversationRef?: unknown;
      late: boolean;
      /** Digests: the subscription whose lastDigestAt moves to `digestUntil` once posted. */
      subscriptionId?: string;
      digestUntil?: Date;
    }
  | { kind: "cancel"; reason: string; silentSubscriptionId?: string };

export interface ComposerDeps {
  store: Store;
  core: BotCore;
  clock: Clock;
}

/** Who a post is for: the subscription's or watch's own workspace and channel (lookups are scoped to it). */
const recipient = (to: Pick<SubscriptionRecord, "platform" | "workspaceId" | "target">): ChatContext => ({
  platform: to.platform, workspaceId: to.workspaceId, target: to.target, userId: "scheduler",
});
/** Shared incidents render the same for everyone; a workspace's own one is rendered (and cached) for it alone. */
const viewerKey = (incident: Incident, to: Pick<SubscriptionRecord, "platform" | "workspaceId">): string => (incident.owner ? ownerKey(to) : "shared");
/** Views and digest contents are reused this long across rows (many channels get the same alert). */
const CACHE_MS = 60_000;
/** Subscriptions are read once per batch of rows, not once per row. */
const SUBSCRIPTIONS_MS = 5_000;

/** The incident view the bot core renders for `show` (as the recipient sees it), re-titled as an alert with its actions. */
async function alertView(core: BotCore, incident: Incident, heading: string, changeTexts: string[], ctx: ChatContext): Promise<View> {
  const base = await core.handleCommand(`show ${incident.id}`, ctx);
  const sections = changeTexts.length > 0 ? [{ heading: "What changed", bullets: changeTexts }, ...base.sections] : base.sections;
  return {
    ...base, kind: "alert", title: `${heading}: ${base.title}`, sections, incidentId: incident.id, ephemeral: false,
    fallbackText: `${heading}: ${base.fallbackText}${changeTexts.length ? `\nChanges: ${changeTexts.join("; ")}` : ""}`,
  };
}

function noticeView(p: NoticePayload): View {
  return finishView({ kind: "message", title: p.title, sections: [{ text: p.text, ...(p.facts.length ? { facts: p.facts } : {}) }], ephemeral: false });
}

/**
 * Turns a claimed row into the view to post, at send time: digests cover what changed up to now, alerts
 * show the incident as it is now. A row whose subscription or watch has gone (or paused) is cancelled.
 */
export function createViewComposer(deps: ComposerDeps): (row: ClaimedDelivery) => Promise<Composition> {
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  function cached<T>(key: string, make: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && now - hit.at < CACHE_MS) return hit.value as Promise<T>;
    const value = make();
    cache.set(key, { at: now, value });
    value.catch(() => cache.delete(key));
    if (cache.size > 5_000) for (const [k, v] of cache) if (now - v.at >= CACHE_MS) cache.delete(k);
    return value;
  }

  let subs: { at: number; byTarget: Promise<Map<string, SubscriptionRecord>> } | null = null;
  /** The subscription of a target as of a recent snapshot; one the snapshot does not know is read directly. */
  async function subscriptionOf(target: string, id: string): Promise<SubscriptionRecord | undefined> {
    if (!subs || Date.now() - subs.at >= SUBSCRIPTIONS_MS) {
      const byTarget = deps.store.listSubscriptions().then((list) => new Map(list.map((s) => [s.target, s])));
      subs = { at: Date.now(), byTarget };
      byTarget.catch(() => { subs = null; });
    }
    const known = (await subs.byTarget).get(target);
    if (known?.id === id) return known;
    return (await deps.store.getSubscription(target)) ?? undefined;
  }

  async function digest(row: ClaimedDelivery, p: DigestPayload): Promise<Composition> {
    const sub = await subscriptionOf(row.target, p.subscriptionId);
    if (!sub || sub.id !== p.subscriptionId) return { kind: "cancel", reason: "the subscription was removed" };
    if (sub.pausedReason) return { kind: "cancel", reason: `the subscription is paused: ${sub.pausedReason}` };
    const now = deps.clock.now();
    const since = sub.lastDigestAt ?? new Date(p.since);
    const viewer = ownerKey(sub);
    const filterKey = `digest|${viewer}|${since.getTime()}|${sub.minSeverity}|${[...sub.sectors].sort().join(",")}`;
    const content = await cached<DigestContent>(filterKey, () => collectDigest(deps.store, sub, since, viewer));
    const campaignNames = await cached("campaigns", async () => new Map((await deps.store.listCampaigns()).map((c) => [c.id, c.name])));
    const late = now.getTime() - new Date(p.scheduledAt).getTime() > LATE_AFTER_MS;
    const profile = (await deps.core.readerProfile?.(sub)) ?? null;
    const view = composeDigest(content, { date: p.date, since, late, postWhenEmpty: sub.postWhenEmpty, campaignNames, now, profile });
    if (!view) return { kind: "cancel", reason: "nothing to report", silentSubscriptionId: sub.id };
    return { kind: "post", view, conversationRef: sub.conversationRef, late, subscriptionId: sub.id, digestUntil: now };
  }

  async function alert(row: ClaimedDelivery, p: AlertPayload): Promise<Composition> {
    const sub = await subscriptionOf(row.target, p.subscriptionId);
    if (!sub || sub.id !== p.subscriptionId || !sub.liveAlerts) return { kind: "cancel", reason: "live alerts were turned off for this channel" };
    if (sub.pausedReason) return { kind: "cancel", reason: `the subscription is paused: ${sub.pausedReason}` };
    const incident = await deps.store.getIncident(p.incidentId);
    if (!incident) return { kind: "cancel", reason: `incident ${p.incidentId} no longer exists` };
    if (!isVisibleTo(incident.owner, ownerKey(sub))) return { kind: "cancel", reason: "the incident belongs to another workspace" };
    // A workspace with a reader profile gets advice and a "you use X" flag of its own: its view is its own.
    const profile = (await deps.core.readerProfile?.(sub)) ?? null;
    const viewer = profile ? `${ownerKey(sub)}|${profile.updatedAt.getTime()}` : viewerKey(incident, sub);
    const view = await cached(`alert|${incident.id}|${incident.updatedAt.getTime()}|${viewer}`, () => alertView(deps.core, incident, "New breach", [], recipient(sub)));
    return { kind: "post", view, conversationRef: sub.conversationRef, late: false };
  }

  async function watch(row: ClaimedDelivery, p: WatchPayload): Promise<Composition> {
    const found = (await deps.store.listWatches({ target: row.target })).find((w) => w.id === p.watchId);
    if (!found) return { kind: "cancel", reason: `the watch "${p.term}" was removed` };
    if (found.pausedReason) return { kind: "cancel", reason: `the watch is paused: ${found.pausedReason}` };
    const incident = await deps.store.getIncident(p.incidentId);
    if (!incident) return { kind: "cancel", reason: `incident ${p.incidentId} no longer exists` };
    if (!isVisibleTo(incident.owner, ownerKey(found))) return { kind: "cancel", reason: "the incident belongs to another workspace" };
    const view = await alertView(deps.core, incident, `Watch "${p.term}"`, p.changes, recipient(found));
    return { kind: "post", view, conversationRef: found.conversationRef, late: false };
  }

  return async (row) => {
    const payload = parsePayload(row.payload);
    switch (payload.kind) {
      case "digest": return digest(row, payload);
      case "alert": return alert(row, payload);
      case "watch": return watch(row, payload);
      case "notice": return { kind: "post", view: noticeView(payload), late: false };
      case "unknown": return { kind: "cancel", reason: `unreadable outbox payload (${payload.reason})` };
    }
  };
}
