import { CardFactory, type Activity } from "botbuilder";
import type { View } from "../../src/domain/view.js";
import { COMPACT_LIMITS, CARD_LIMITS, renderCard, renderTextCard, type AdaptiveCard, type TeamsRenderOptions } from "./teams.render.js";

/** Teams refuses a message whose activity JSON is over about 28 KB (UTF-8 bytes, not characters). */
export const TEAMS_MESSAGE_MAX_BYTES = 28_000;
/** Room for what the SDK adds before sending: from, recipient, conversation, replyToId, serviceUrl, channelData, ids. */
export const ENVELOPE_RESERVE_BYTES = 2_000;
/** The budget of the activity we build. */
export const ACTIVITY_MAX_BYTES = TEAMS_MESSAGE_MAX_BYTES - ENVELOPE_RESERVE_BYTES;

/** Size of an activity as the connector receives it: JSON in UTF-8 (a CJK character is 3 bytes). */
export const activityBytes = (activity: Partial<Activity>): number => Buffer.byteLength(JSON.stringify(activity), "utf8");

/**
 * The outgoing message for a rendered card: one Adaptive Card attachment; the plain-text fallback
 * goes in `summary` (notifications, activity feed) rather than `text`, which Teams would show above the card.
 */
const asActivity = ({ card, text }: { card: AdaptiveCard; text: string }): Partial<Activity> =>
  ({ type: "message", summary: text, attachments: [CardFactory.adaptiveCard(card)] });

/**
 * The outgoing message for a view, within ACTIVITY_MAX_BYTES: the full card; else a compact one
 * (fewer items, shorter texts); else the title and as much of the plain text as fits.
 */
export function viewToActivity(view: View, options: TeamsRenderOptions = {}): Partial<Activity> {
  for (const limits of [CARD_LIMITS, COMPACT_LIMITS]) {
    const activity = asActivity(renderCard(view, options, limits));
    if (activityBytes(activity) <= ACTIVITY_MAX_BYTES) return activity;
  }
  let best = asActivity(renderTextCard(view, 0));
  let low = 1;
  let high = Array.from(view.fallbackText).length;
  while (low <= high) {
    const chars = Math.floor((low + high) / 2);
    const candidate = asActivity(renderTextCard(view, chars));
    if (activityBytes(candidate) <= ACTIVITY_MAX_BYTES) {
      best = candidate;
      low = chars + 1;
    } else {
      high = chars - 1;
    }
  }
  return best;
}

/** A short plain message (errors the core could not turn into a view). */
export function plainActivity(text: string): Partial<Activity> {
  return { type: "message", text, textFormat: "plain" };
}
