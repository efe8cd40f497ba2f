import { wordCommandRefs } from "../../src/domain/command-ref.js";
import type { ViewAction } from "../../src/domain/view.js";
import { escapeMarkdown, escapePlain } from "./teams.escape.js";

/** Teams conversation types as they arrive in `activity.conversation.conversationType`. */
export type TeamsConversationKind = "personal" | "groupChat" | "channel";

/** How a card is worded for the conversation it goes to. */
export interface TeamsRenderOptions {
  /** Default "personal": buttons and labels depend on it. */
  conversation?: TeamsConversationKind;
}

/**
 * Untrusted view text → card markdown. A command the core named (commandRef) is what the user types
 * in Teams, in bold: Adaptive Card markdown has no inline code, so backticks would show literally.
 */
export const wordMarkdown = (text: string): string => wordCommandRefs(text, (command) => `**${escapeMarkdown(command)}**`, escapeMarkdown);

/** Untrusted view text → plain text (notification summary, fallback): commands in quotes. */
export const wordPlain = (text: string): string => wordCommandRefs(text, (command) => `"${escapePlain(command)}"`, escapePlain);

/** The subscribe button's label per conversation type: "channel" is wrong in a chat. */
const SUBSCRIBE_LABELS: Record<TeamsConversationKind, string> = {
  channel: "Subscribe this channel",
  groupChat: "Subscribe this chat",
  personal: "Send me a daily digest",
};

/**
 * Buttons that make sense in this conversation. Every Teams reply is already visible to the whole
 * conversation (Teams has no ephemeral messages), so "Post to channel" would only repeat the card.
 */
export function fitActions(actions: ViewAction[], conversation: TeamsConversationKind = "personal"): ViewAction[] {
  return actions
    .filter((a) => a.id !== "post")
    .map((a) => (a.id === "subscribe" && a.command.trim() === "subscribe" ? { ...a, label: SUBSCRIBE_LABELS[conversation] } : a));
}
