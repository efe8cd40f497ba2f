import type { View, ViewAction, ViewBadge, ViewItem, ViewLink, ViewQuote, ViewSection } from "../../src/domain/view.js";
import { escapeMarkdown, escapePlain, safeHttpUrl, truncate } from "./teams.escape.js";

/** A JSON Adaptive Card element; kept loose on purpose (the schema is large and versioned). */
export type CardElement = Record<string, unknown>;

/** An Adaptive Card (schema 1.5) ready for CardFactory.adaptiveCard(). */
export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: CardElement[];
  actions?: CardElement[];
  fallbackText: string;
  msteams?: Record<string, unknown>;
}

/** What a click sends back as `activity.value`: the /breach command text it runs. */
export interface SubmitData {
  command: string;
}

/** Sane limits so one view never produces an oversized card (Teams rejects ~28 KB messages). */
export const CARD_LIMITS = {
  title: 200, text: 1500, factValue: 300, items: 10, itemActions: 3, bullets: 15,
  links: 8, facts: 12, badges: 20, quotes: 12, cardActions: 6, fallback: 2000, cardBytes: 24_000,
} as const;

/** Badge tones as data: label prefix and Adaptive Card colour. */
const BADGE_TONES: Record<ViewBadge["tone"], { prefix: string; color: string }> = {
  exposed: { prefix: "Exposed", color: "attention" },
  safe: { prefix: "Not exposed", color: "good" },
  neutral: { prefix: "Other", color: "default" },
};

const ACTION_STYLES: Record<NonNullable<ViewAction["style"]>, string> = { primary: "positive", danger: "destructive" };
const TITLE_COLORS: Partial<Record<View["kind"], string>> = { error: "attention", alert: "attention" };

const md = (text: string, max: number = CARD_LIMITS.text): string => escapeMarkdown(truncate(text, max));
const textBlock = (text: string, extra: CardElement = {}): CardElement => ({ type: "TextBlock", text, wrap: true, ...extra });

function submitAction(action: ViewAction): CardElement {
  const data: SubmitData = { command: action.command };
  return {
    type: "Action.Submit",
    title: truncate(escapePlain(action.label), 40),
    data,
    ...(action.style ? { style: ACTION_STYLES[action.style] } : {}),
  };
}

function moreNote(total: number, shown: number, noun: string): CardElement[] {
  return total > shown ? [textBlock(`+${total - shown} more ${noun}`, { isSubtle: true, size: "Small" })] : [];
}

function renderBadges(badges: ViewBadge[]): CardElement[] {
  const shown = badges.slice(0, CARD_LIMITS.badges);
  const out: CardElement[] = [];
  for (const tone of Object.keys(BADGE_TONES) as ViewBadge["tone"][]) {
    const labels = shown.filter((b) => b.tone === tone).map((b) => md(b.label, 80));
    if (labels.length === 0) continue;
    const { prefix, color } = BADGE_TONES[tone];
    out.push(textBlock(`**${prefix}:** ${labels.join(" · ")}`, { color, spacing: "Small" }));
  }
  return [...out, ...moreNote(badges.length, shown.length, "data classes")];
}

function renderLink(link: ViewLink): string {
  const url = safeHttpUrl(link.url);
  const title = md(link.title, 160);
  const note = link.note ? ` — ${md(link.note, 120)}` : "";
  return url ? `- [${title}](${url})${note}` : `- ${title}${note}`;
}

/** A quoted source sentence: the sentence in italics, then outlet (linked), date and note, subtle. */
function renderQuote(q: ViewQuote): CardElement {
  const url = q.url ? safeHttpUrl(q.url) : null;
  const source = url ? `[${md(q.source, 120)}](${url})` : md(q.source, 120);
  const credit = [source, ...(q.date ? [md(q.date, 20)] : [])].join(", ") + (q.note ? ` (${md(q.note, 200)})` : "");
  return { type: "Container", style: "emphasis", spacing: "Small", items: [textBlock(`_“${md(q.text, 600)}”_`), textBlock(`— ${credit}`, { isSubtle: true, size: "Small", spacing: "None" })] };
}

function renderItem(item: ViewItem): CardElement {
  const items: CardElement[] = [textBlock(md(item.title, CARD_LIMITS.title), { weight: "Bolder" })];
  if (item.text) items.push(textBlock(md(item.text, 400), { isSubtle: true, spacing: "None" }));
  const actions = (item.actions ?? []).slice(0, CARD_LIMITS.itemActions).map(submitAction);
  if (actions.length > 0) items.push({ type: "ActionSet", actions });
  return { type: "Container", separator: true, items };
}

function renderSection(section: ViewSection): CardElement[] {
  const out: CardElement[] = [];
  if (section.heading) out.push(textBlock(md(section.heading, CARD_LIMITS.title), { weight: "Bolder", size: "Medium", separator: true, spacing: "Medium" }));
  if (section.text) out.push(textBlock(md(section.text)));
  if (section.facts?.length) {
    const facts = section.facts.slice(0, CARD_LIMITS.facts).map((f) => ({ title: md(f.label, 60), value: md(f.value, CARD_LIMITS.factValue) }));
    out.push({ type: "FactSet", facts }, ...moreNote(section.facts.length, facts.length, "facts"));
  }
  if (section.badges?.length) out.push(...renderBadges(section.badges));
  if (section.bullets?.length) {
    const bullets = section.bullets.slice(0, CARD_LIMITS.bullets).map((b) => `- ${md(b, 400)}`);
    out.push(textBlock(bullets.join("\n")), ...moreNote(section.bullets.length, bullets.length, "items"));
  }
  if (section.items?.length) {
    const items = section.items.slice(0, CARD_LIMITS.items).map(renderItem);
    out.push(...items, ...moreNote(section.items.length, items.length, "results"));
  }
  if (section.links?.length) {
    const links = section.links.slice(0, CARD_LIMITS.links).map(renderLink);
    out.push(textBlock(links.join("\n")), ...moreNote(section.links.length, links.length, "sources"));
  }
  if (section.quotes?.length) {
    const quotes = section.quotes.slice(0, CARD_LIMITS.quotes);
    out.push(...quotes.map(renderQuote), ...moreNote(section.quotes.length, quotes.length, "quotes"));
  }
  return out;
}

function header(view: View): CardElement[] {
  const color = TITLE_COLORS[view.kind];
  const title = textBlock(md(view.title, CARD_LIMITS.title), { size: "Large", weight: "Bolder", style: "heading", ...(color ? { color } : {}) });
  return view.subtitle ? [title, textBlock(md(view.subtitle, 300), { isSubtle: true, spacing: "None" })] : [title];
}

/**
 * Pure View → Adaptive Card (schema 1.5) renderer. Every string of the view is untrusted and is
 * escaped; links are kept only when http(s); buttons are Action.Submit carrying `{ command }`.
 * `text` is the plain-text fallback (notifications, text-only clients), with markup neutralised.
 */
export function renderCard(view: View): { card: AdaptiveCard; text: string } {
  const text = escapePlain(truncate(view.fallbackText || view.title, CARD_LIMITS.fallback));
  const body: CardElement[] = [...header(view)];
  for (const section of view.sections) body.push(...renderSection(section));
  if (view.context) body.push(textBlock(md(view.context, 300), { size: "Small", isSubtle: true, separator: true }));
  const actions = (view.actions ?? []).slice(0, CARD_LIMITS.cardActions).map(submitAction);
  const card: AdaptiveCard = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText: text,
    msteams: { width: "Full" },
  };
  if (JSON.stringify(card).length > CARD_LIMITS.cardBytes) {
    card.body = [...header(view), textBlock(md(view.fallbackText, CARD_LIMITS.fallback))];
  }
  return { card, text };
}
