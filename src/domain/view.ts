/**
 * Neutral views: what the core returns and every adapter renders (Block Kit, Adaptive Card, text).
 * All strings here are RAW, untrusted text: renderers must escape them for their platform.
 */

/** A clickable action. `command` is the /breach command text the click runs (e.g. "actions qantas-2025-06"). */
export interface ViewAction {
  id: "actions" | "sources" | "subscribe" | "watch" | "post" | "more" | "show" | "timeline" | "evidence" | "template";
  label: string;
  command: string;
  style?: "primary" | "danger";
}

export interface ViewFact {
  label: string;
  value: string;
}

export interface ViewBadge {
  label: string;
  /** exposed = taken; safe = stated NOT taken; neutral = informational; stack = touches a vendor in the reader's stack ("You use Salesforce") */
  tone: "exposed" | "safe" | "neutral" | "stack";
}

export interface ViewLink {
  title: string;
  url: string;
  /** e.g. outlet and date */
  note?: string;
}

/** A sentence quoted verbatim from a source, with where it comes from (all RAW, untrusted). */
export interface ViewQuote {
  /** The sentence as the article wrote it. */
  text: string;
  /** Outlet (or host) of the article. */
  source: string;
  /** Publication date, YYYY-MM-DD, when known. */
  date?: string;
  url?: string;
  /** What the sentence supports and how sure it is, e.g. "number affected: confirmed by Qantas". */
  note?: string;
}

/** One item of a list (e.g. an incident in `latest`), with its own actions. */
export interface ViewItem {
  title: string;
  text?: string;
  /** incident id, when the item is an incident */
  incidentId?: string;
  /** The channel the item is about, as an opaque target (ChatContext.target); renderers show it as their platform's channel link. */
  channel?: string;
  actions?: ViewAction[];
}

export interface ViewSection {
  heading?: string;
  text?: string;
  facts?: ViewFact[];
  badges?: ViewBadge[];
  links?: ViewLink[];
  items?: ViewItem[];
  /** Bulleted lines, e.g. recommended actions. */
  bullets?: string[];
  /** Sentences quoted from sources (evidence), each with outlet, date and link. */
  quotes?: ViewQuote[];
  /**
   * Text meant to be copied whole (a ready-to-use template): paragraphs separated by blank lines.
   * Renderers show it verbatim in a block that is easy to copy (Slack code block, Teams monospace
   * container, console between two rules), escaped like any other untrusted text.
   */
  copyText?: string;
}

export interface View {
  kind: "incident" | "list" | "actions" | "sources" | "timeline" | "answer" | "help" | "message" | "error" | "digest" | "alert" | "evidence";
  title: string;
  subtitle?: string;
  sections: ViewSection[];
  actions?: ViewAction[];
  /** Small print, e.g. "Updated 2025-07-02 · 4 sources". */
  context?: string;
  /** The incident this view is about, so adapters can remember which post is about which incident. */
  incidentId?: string;
  /** Plain-text rendering of the whole view, for notifications and text-only clients. */
  fallbackText: string;
  /** Whether a chat adapter should show it only to the asker (Slack ephemeral). Default true for lookups. */
  ephemeral?: boolean;
  /**
   * True for lookups that change nothing (set by the core from the command table): only these may
   * be offered for re-posting in the channel ("Post to channel"). Confirmations, errors and
   * anything that changed a setting leave it unset.
   */
  readOnly?: boolean;
}
