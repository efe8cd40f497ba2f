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
  return longestTextCard(view);
}

/**
 * The text card with as much of the view's text as fits. The first guess scales the text to the
 * byte budget (bytes per character vary: 1 for ASCII, 3 for CJK); a binary search then settles it
 * to within 1% of the text, so a huge view costs a handful of renders, not one per halving.
 */
function longestTextCard(view: View): Partial<Activity> {
  const total = Array.from(view.fallbackText).length;
  const empty = asActivity(renderTextCard(view, 0));
  const whole = asActivity(renderTextCard(view, total));
  if (activityBytes(whole) <= ACTIVITY_MAX_BYTES) return whole;
  const overhead = activityBytes(empty);
  const guess = Math.floor((total * (ACTIVITY_MAX_BYTES - overhead)) / Math.max(1, activityBytes(whole) - overhead));
  let best = empty;
  let low = 1;
  let high = Math.min(total - 1, Math.ceil(guess * 1.05));
  const tolerance = Math.max(8, Math.floor(total / 100));
  let chars = Math.max(low, Math.min(high, Math.floor(guess * 0.98)));
  while (low <= high) {
    const candidate = asActivity(renderTextCard(view, chars));
    if (activityBytes(candidate) <= ACTIVITY_MAX_BYTES) {
      best = candidate;
      low = chars + 1;
      if (high - low < tolerance) break;
    } else {
      high = chars - 1;
    }
    chars = Math.floor((low + high) / 2);
  }
  return best;
}

/** A short plain message (errors the core could not turn into a view). */
export function plainActivity(text: string): Partial<Activity> {
  return { type: "message", text, textFormat: "plain" };
}
