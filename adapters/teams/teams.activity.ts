import { CardFactory, type Activity } from "botbuilder";
import type { View } from "../../src/domain/view.js";
import { renderCard } from "./teams.render.js";

/**
 * The outgoing message for a view: one Adaptive Card attachment; the plain-text fallback goes in
 * `summary` (notifications, activity feed) rather than `text`, which Teams would show above the card.
 */
export function viewToActivity(view: View): Partial<Activity> {
  const { card, text } = renderCard(view);
  return { type: "message", summary: text, attachments: [CardFactory.adaptiveCard(card)] };
}

/** A short plain message (errors the core could not turn into a view). */
export function plainActivity(text: string): Partial<Activity> {
  return { type: "message", text, textFormat: "plain" };
}
