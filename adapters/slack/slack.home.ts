import type { App } from "@slack/bolt";
import type { HomeView, KnownBlock } from "@slack/types";
import type { ReaderProfile } from "../../src/domain/reader-profile.js";
import { profileFacts } from "../../src/bot/profile/profile.view.js";
import type { DeliveryScopeRecord, SubscriptionRecord, WatchRecord } from "../../src/store/store.port.js";
import type { ListenerDeps } from "./slack.deps.js";
import { SLACK_LIMITS } from "./slack.limits.js";
import { withRateLimitRetry } from "./slack.poster.js";
import { afterAck } from "./slack.reply.js";
import { graphemePrefix, wellFormed } from "../../src/bot/text/graphemes.js";
import { truncate } from "./slack.text.js";
import { decodeSlackTarget } from "./slack.target.js";
import { ownerKey } from "../../src/domain/tenancy.js";

/** `<#C123>` for our own decoded ids (safe by construction), else nothing. */
function channelRef(target: string): string {
  try {
    return `<#${decodeSlackTarget(target).channelId}>`;
  } catch {
    return "a channel";
  }
}

const section = (text: string): KnownBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: truncate(text, SLACK_LIMITS.sectionText), verbatim: true },
});

/**
 * One entry: our own channel link in mrkdwn, everything typed by users or read from feeds in
 * plain_text, which Slack never formats (no *bold*, no links, no mentions) whatever it contains.
 */
const entry = (channel: string, details: string): KnownBlock => ({
  type: "section",
  fields: [
    { type: "mrkdwn", text: channel, verbatim: true },
    { type: "plain_text", text: graphemePrefix(wellFormed(details), SLACK_LIMITS.fieldText), emoji: false },
  ],
});

/** Why posts to a channel are held right now (the bot was removed, a rate limit), from the outbox's scope table. */
function heldText(target: string, scopes: DeliveryScopeRecord[]): string {
  const held = scopes.find((s) => s.scope === target);
  if (held?.state === "waiting_invite") return " — not in the channel: invite the app back and posts resume by themselves";
  if (held?.state === "rate_limited") return " — rate limited by Slack for a moment";
  return "";
}

/** A broken installation (revoked token, missing scope): nothing is posted until it is repaired; say so first. */
function brokenNotice(scopes: DeliveryScopeRecord[]): KnownBlock[] {
  const broken = scopes.find((s) => s.state === "broken" && s.scope.split(":").length === 2);
  if (!broken) return [];
  return [
    section(`:warning: *Breach Radar cannot post in this workspace* since ${broken.since.toISOString().slice(0, 16).replace("T", " ")} UTC. Digests and alerts are held, not lost: reinstall the app or restore its permissions and they go out.`),
    { type: "context", elements: [{ type: "plain_text", text: graphemePrefix(wellFormed(`Reason: ${broken.reason ?? "authorization failed"}`), SLACK_LIMITS.fieldText), emoji: false }] },
  ];
}

function subscriptionDetails(s: SubscriptionRecord, scopes: DeliveryScopeRecord[]): string {
  const sectors = s.sectors.length ? s.sectors.join(", ") : "all sectors";
  const paused = s.pausedReason ? ` — paused (${s.pausedReason})` : heldText(s.target, scopes);
  return `Digest ${s.digestTime} ${s.timeZone}, ${sectors}, severity ≥ ${s.minSeverity}${s.liveAlerts ? " + live alerts" : ""}${paused}`;
}

/** At most `max` entries, then "… and N more" (the Home tab holds 100 blocks). */
function capped(entries: KnownBlock[], max: number): KnownBlock[] {
  if (entries.length <= max) return entries;
  return [...entries.slice(0, max - 1), { type: "context", elements: [{ type: "mrkdwn", text: `… and ${entries.length - max + 1} more` }] }];
}

/** Slack user ids as Slack writes them; anything else is not turned into a mention. */
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/**
 * The workspace's reader profile: how advice is worded here, who changed it last and when. The
 * organisation is typed by users, so every value is plain_text; only our own labels are mrkdwn.
 */
function profileBlocks(profile: ReaderProfile | null): KnownBlock[] {
  if (!profile) {
    return [section("*Reader profile*\n_Not set: each action says which lens it assumes. Set yours with `/breach profile org …`, `/breach profile stack salesforce, snowflake`._")];
  }
  const facts = profileFacts(profile);
  const changed = profile.updatedAt.toISOString().slice(0, 16).replace("T", " ");
  const by = profile.updatedBy && SLACK_USER_ID.test(profile.updatedBy) ? ` by <@${profile.updatedBy}>` : "";
  return [
    section("*Reader profile* — advice and alerts in this workspace are worded for it (`/breach profile` to change)"),
    {
      type: "section",
      fields: facts.flatMap((f) => [
        { type: "mrkdwn" as const, text: `*${f.label}*`, verbatim: true },
        { type: "plain_text" as const, text: graphemePrefix(wellFormed(f.value), SLACK_LIMITS.fieldText), emoji: false },
      ]).slice(0, 10),
    },
    { type: "context", elements: [{ type: "mrkdwn", text: `Last changed ${changed} UTC${by}`, verbatim: true }] },
  ];
}

/** Pure: the workspace's profile, subscriptions and watches as an App Home tab, with delivery problems first. */
export function renderHome(
  subscriptions: SubscriptionRecord[],
  watches: WatchRecord[],
  scopes: DeliveryScopeRecord[] = [],
  profile: ReaderProfile | null = null,
): HomeView {
  const room = Math.floor((SLACK_LIMITS.homeBlocks - 13) / 2);
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: "Breach Radar", emoji: true } },
    ...brokenNotice(scopes),
    section("Third-party breach news for airlines and retailers. Try `/breach latest airline` or `/breach help`."),
    { type: "divider" },
    ...profileBlocks(profile),
    { type: "divider" },
    section(`*Subscribed channels (${subscriptions.length})*`),
    ...(subscriptions.length ? capped(subscriptions.map((s) => entry(channelRef(s.target), subscriptionDetails(s, scopes))), room) : [section("_No channel subscribed yet — run `/breach subscribe` in a channel._")]),
    section(`*Watches (${watches.length})*`),
    ...(watches.length ? capped(watches.map((w) => entry(channelRef(w.target), w.pausedReason ? `${w.term} — paused (${w.pausedReason})` : w.term)), room) : [section("_No vendor or company watched yet — try `/breach watch Salesforce`._")]),
  ];
  return { type: "home", blocks: blocks.slice(0, SLACK_LIMITS.homeBlocks) };
}

/** `app_home_opened` → views.publish with this workspace's reader profile, subscriptions and watches. */
export function registerHomeListener(app: App, deps: ListenerDeps): void {
  const log = deps.logger.child({ listener: "home" });
  app.event("app_home_opened", async ({ event, client, context }) => {
    if (event.tab !== "home" || !context.teamId) return;
    await afterAck();
    try {
      const workspace = ownerKey({ platform: "slack", workspaceId: context.teamId });
      const [subscriptions, watches, scopes, profile] = await Promise.all([
        deps.store.listSubscriptions({ workspaceId: context.teamId, platform: "slack" }),
        deps.store.listWatches({ workspaceId: context.teamId }),
        deps.store.listDeliveryScopes?.({ prefix: workspace }) ?? [],
        deps.store.getReaderProfile?.(workspace) ?? null,
      ]);
      const ours = scopes.filter((s) => s.scope === workspace || s.scope.startsWith(`${workspace}:`));
      const view = renderHome(subscriptions, watches, ours, profile);
      await withRateLimitRetry("views.publish", deps.settings, () => client.views.publish({ user_id: event.user, view }));
    } catch (error) {
      log.error("could not publish App Home", { error });
    }
  });
}
