import { commandRef } from "../../domain/command-ref.js";
import type { SubscriptionRecord } from "../../store/store.port.js";
import type { Handler } from "../bot.env.js";
import { formatDate, plural } from "../views/format.js";
import { finishView } from "../views/view.builder.js";

function describe(s: SubscriptionRecord): string {
  const bits = [
    `${s.digestTime} ${s.timeZone}`,
    s.sectors.length > 0 ? s.sectors.join(", ") : "all sectors",
    `${s.minSeverity}+`,
  ];
  if (s.liveAlerts) bits.push("live alerts");
  if (s.lastDigestAt) bits.push(`last digest ${formatDate(s.lastDigestAt)}`);
  return bits.join(" · ");
}

/** Delivery problems the outbox recorded for this workspace and its channels (src/schedule/outbox). */
async function deliveryNotes(ctx: { platform: string; workspaceId: string }, env: Parameters<Handler<"subscriptions">>[2]) {
  const workspace = `${ctx.platform}:${ctx.workspaceId}`;
  const scopes = (await env.store.listDeliveryScopes({ prefix: workspace })).filter((s) => s.scope === workspace || s.scope.startsWith(`${workspace}:`));
  const broken = scopes.find((s) => s.scope === workspace && s.state === "broken");
  const held = new Map(scopes.filter((s) => s.scope !== workspace).map((s) => [s.scope, s.state]));
  const notice = broken
    ? [{ heading: "Delivery stopped", text: `Breach Radar cannot post in this workspace since ${formatDate(broken.since)} (${broken.reason ?? "authorization failed"}). Digests and alerts are held, not lost: reinstall the app or restore its permissions and they go out.` }]
    : [];
  return { notice, held };
}

const HELD_TEXT: Record<string, string> = {
  waiting_invite: "waiting: the bot is not in this channel; invite it back and posts resume by themselves",
  rate_limited: "waiting: rate limited by the platform for a moment",
};

/**
 * `subscriptions`: the digest subscription of THIS conversation (paused or held with its reason), and
 * the workspace's delivery problems. Other conversations' subscriptions are never listed: in a shared
 * workspace or tenant they belong to other people (their 1:1 chats, their pause reasons).
 */
export const subscriptionsHandler: Handler<"subscriptions"> = async (_cmd, ctx, env) => {
  const sub = await env.store.getSubscription(ctx.target);
  const { notice, held } = await deliveryNotes(ctx, env);
  const waiting = sub && !sub.pausedReason ? HELD_TEXT[held.get(sub.target) ?? ""] : undefined;
  const items = sub
    ? [{ title: `This conversation${sub.pausedReason ? " — PAUSED" : ""}`, channel: sub.target, text: sub.pausedReason ? `${describe(sub)} · paused: ${sub.pausedReason}` : waiting ? `${describe(sub)} · ${waiting}` : describe(sub) }]
    : [];
  return finishView({
    kind: "list",
    title: "Digest subscriptions",
    sections: [...notice, ...(items.length > 0 ? [{ items }] : [{ text: `No digest in this conversation. Type ${commandRef("subscribe")} to start one.` }])],
    context: plural(items.length, "subscription"),
    ephemeral: true,
  });
};
