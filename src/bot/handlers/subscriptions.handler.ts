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

/** `subscriptions`: this workspace's digest subscriptions, paused or held ones with their reason. */
export const subscriptionsHandler: Handler<"subscriptions"> = async (_cmd, ctx, env) => {
  const subs = await env.store.listSubscriptions({ workspaceId: ctx.workspaceId, platform: ctx.platform });
  const { notice, held } = await deliveryNotes(ctx, env);
  const items = subs.map((s) => {
    const waiting = !s.pausedReason ? HELD_TEXT[held.get(s.target) ?? ""] : undefined;
    return {
      title: `${s.target === ctx.target ? "This channel" : "Channel"}${s.pausedReason ? " — PAUSED" : ""}`,
      channel: s.target,
      text: s.pausedReason ? `${describe(s)} · paused: ${s.pausedReason}` : waiting ? `${describe(s)} · ${waiting}` : describe(s),
    };
  });
  return finishView({
    kind: "list",
    title: "Digest subscriptions",
    sections: [...notice, ...(items.length > 0 ? [{ items }] : [{ text: "No subscriptions in this workspace. Type `subscribe` in a channel." }])],
    context: plural(subs.length, "subscription"),
    ephemeral: true,
  });
};
