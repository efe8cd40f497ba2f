import type { View, ViewAction, ViewBadge, ViewItem, ViewLink, ViewQuote, ViewSection } from "../../src/domain/view.js";
import { escapeMarkdown, escapePlain, safeHttpUrl, truncate } from "./teams.escape.js";
import { fitActions, wordMarkdown, wordPlain, type TeamsRenderOptions } from "./teams.wording.js";

export type { TeamsRenderOptions } from "./teams.wording.js";

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

/** What a click sends back as `activity.value`: the command text it runs. */
export interface SubmitData {
  command: string;
}

/** How much of a view one card shows. The byte guard (teams.activity.ts) steps down to COMPACT_LIMITS. */
export interface CardLimits {
  title: number; text: number; lines: number; itemLine: number; itemLines: number; factValue: number; items: number;
  itemActions: number; bullets: number; links: number; facts: number; badges: number; quotes: number; cardActions: number; fallback: number;
}

/** `text` and `itemLine` are characters per line; `lines` and `itemLines` lines per text. */
export const CARD_LIMITS: CardLimits = {
  title: 200, text: 1500, lines: 20, itemLine: 400, itemLines: 8, factValue: 300, items: 10, itemActions: 3, bullets: 30,
  links: 8, facts: 12, badges: 20, quotes: 12, cardActions: 6, fallback: 2000,
};

export const COMPACT_LIMITS: CardLimits = {
  title: 120, text: 500, lines: 8, itemLine: 160, itemLines: 3, factValue: 120, items: 5, itemActions: 2, bullets: 12,
  links: 4, facts: 8, badges: 10, quotes: 4, cardActions: 4, fallback: 600,
};

/** Badge tones as data: label prefix and Adaptive Card colour. */
const BADGE_TONES: Record<ViewBadge["tone"], { prefix: string; color: string }> = {
  exposed: { prefix: "Exposed", color: "attention" },
  safe: { prefix: "Not exposed", color: "good" },
  neutral: { prefix: "Other", color: "default" },
  stack: { prefix: "Your stack", color: "warning" },
};

const ACTION_STYLES: Record<NonNullable<ViewAction["style"]>, string> = { primary: "positive", danger: "destructive" };
const TITLE_COLORS: Partial<Record<View["kind"], string>> = { error: "attention", alert: "attention" };

const md = (text: string, max: number): string => wordMarkdown(truncate(text, max));
const textBlock = (text: string, extra: CardElement = {}): CardElement => ({ type: "TextBlock", text, wrap: true, ...extra });

/**
 * One TextBlock per line: Adaptive Card markdown joins single newlines into one run-on paragraph,
 * so multi-line text (digest items, answers) is laid out as separate elements.
 */
function lineBlocks(text: string, perLine: number, maxLines: number, extra: CardElement = {}): CardElement[] {
  const all = text.split(/\n+/).map((l) => l.trim()).filter((l) => l !== "");
  const lines = all.slice(0, maxLines).map((l, i) => (i === maxLines - 1 && all.length > maxLines ? `${truncate(l, perLine - 2)} …` : truncate(l, perLine)));
  const { separator: _separator, ...rest } = extra;
  return lines.map((line, i) => textBlock(wordMarkdown(line), i === 0 ? extra : { ...rest, spacing: "None" }));
}

function submitAction(action: ViewAction): CardElement {
  const data: SubmitData = { command: action.command };
  return {
    type: "Action.Submit",
    title: truncate(wordPlain(action.label), 40),
    data,
    ...(action.style ? { style: ACTION_STYLES[action.style] } : {}),
  };
}

function moreNote(total: number, shown: number, noun: string): CardElement[] {
  return total > shown ? [textBlock(`+${total - shown} more ${noun}`, { isSubtle: true, size: "Small" })] : [];
}

function renderBadges(badges: ViewBadge[], limits: CardLimits): CardElement[] {
  const shown = badges.slice(0, limits.badges);
  const out: CardElement[] = [];
  for (const tone of Object.keys(BADGE_TONES) as ViewBadge["tone"][]) {
    const labels = shown.filter((b) => b.tone === tone).map((b) => md(b.label, 80));
    if (labels.length === 0) continue;
    const { prefix, color } = BADGE_TONES[tone];
    out.push(textBlock(`**${prefix}:** ${labels.join(" · ")}`, { color, spacing: "Small" }));
  }
  return [...out, ...moreNote(badges.length, shown.length, "data classes")];
}

/** A link's label is untrusted (the article's own title), so its real host is shown next to it. */
function renderLink(link: ViewLink): string {
  const url = safeHttpUrl(link.url);
  const title = md(link.title, 160);
  const note = link.note ? ` · ${md(link.note, 120)}` : "";
  return url ? `- [${title}](${url}) — ${escapeMarkdown(new URL(url).hostname)}${note}` : `- ${title}${note}`;
}

/** A quoted source sentence: the sentence in italics, then outlet (linked), date and note, subtle. */
function renderQuote(q: ViewQuote): CardElement {
  const url = q.url ? safeHttpUrl(q.url) : null;
  const source = url ? `[${md(q.source, 120)}](${url}) — ${escapeMarkdown(new URL(url).hostname)}` : md(q.source, 120);
  const credit = [source, ...(q.date ? [md(q.date, 20)] : [])].join(", ") + (q.note ? ` (${md(q.note, 200)})` : "");
  return { type: "Container", style: "emphasis", spacing: "Small", items: [textBlock(`_“${md(q.text, 600)}”_`), textBlock(`— ${credit}`, { isSubtle: true, size: "Small", spacing: "None" })] };
}

function renderItem(item: ViewItem, options: TeamsRenderOptions, limits: CardLimits): CardElement {
  const items: CardElement[] = [textBlock(md(item.title, limits.title), { weight: "Bolder" })];
  if (item.text) items.push(...lineBlocks(item.text, limits.itemLine, limits.itemLines, { isSubtle: true, spacing: "None" }));
  const actions = fitActions(item.actions ?? [], options.conversation).slice(0, limits.itemActions).map(submitAction);
  if (actions.length > 0) items.push({ type: "ActionSet", actions });
  return { type: "Container", separator: true, items };
}

function renderSection(section: ViewSection, options: TeamsRenderOptions, limits: CardLimits): CardElement[] {
  const out: CardElement[] = [];
  if (section.heading) out.push(textBlock(md(section.heading, limits.title), { weight: "Bolder", size: "Medium", separator: true, spacing: "Medium" }));
  if (section.text) out.push(...lineBlocks(section.text, limits.text, limits.lines));
  if (section.facts?.length) {
    const facts = section.facts.slice(0, limits.facts).map((f) => ({ title: md(f.label, 60), value: md(f.value, limits.factValue) }));
    out.push({ type: "FactSet", facts }, ...moreNote(section.facts.length, facts.length, "facts"));
  }
  if (section.badges?.length) out.push(...renderBadges(section.badges, limits));
  if (section.bullets?.length) {
    const bullets = section.bullets.slice(0, limits.bullets).map((b) => `- ${md(b.replace(/\s*\n\s*/g, " "), 400)}`);
    out.push(textBlock(bullets.join("\n")), ...moreNote(section.bullets.length, bullets.length, "items"));
  }
  if (section.items?.length) {
    const items = section.items.slice(0, limits.items).map((item) => renderItem(item, options, limits));
    out.push(...items, ...moreNote(section.items.length, items.length, "results"));
  }
  if (section.links?.length) {
    const links = section.links.slice(0, limits.links).map(renderLink);
    out.push(textBlock(links.join("\n")), ...moreNote(section.links.length, links.length, "sources"));
  }
  if (section.quotes?.length) {
    const quotes = section.quotes.slice(0, limits.quotes);
    out.push(...quotes.map(renderQuote), ...moreNote(section.quotes.length, quotes.length, "quotes"));
  }
  if (section.copyText) out.push(renderCopy(section.copyText, limits));
  return out;
}

/**
 * Text to copy whole: one monospace TextBlock per line (Adaptive Card markdown would join single
 * lines), paragraphs spaced apart, inside an emphasis container; every line escaped.
 */
function renderCopy(text: string, limits: CardLimits): CardElement {
  const lines = text.split("\n");
  const items: CardElement[] = [];
  let gap = false;
  for (const line of lines) {
    if (line.trim() === "") {
      gap = true;
      continue;
    }
    if (items.length >= limits.bullets * 3) break;
    items.push(textBlock(md(line, limits.text), { fontType: "Monospace", spacing: items.length === 0 ? "Default" : gap ? "Medium" : "None" }));
    gap = false;
  }
  const shown = lines.filter((l) => l.trim() !== "").length;
  return { type: "Container", style: "emphasis", separator: true, items: [...items, ...moreNote(shown, items.length, "lines")] };
}

function header(view: View, limits: CardLimits): CardElement[] {
  const color = TITLE_COLORS[view.kind];
  const title = textBlock(md(view.title, limits.title), { size: "Large", weight: "Bolder", style: "heading", ...(color ? { color } : {}) });
  return view.subtitle ? [title, textBlock(md(view.subtitle, 300), { isSubtle: true, spacing: "None" })] : [title];
}

function card(body: CardElement[], actions: CardElement[], text: string): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText: text,
    msteams: { width: "Full" },
  };
}

/** The plain-text fallback (notifications, text-only clients), markup neutralised. */
export const plainFallback = (view: View, max: number): string => wordPlain(truncate(view.fallbackText || view.title, max));

/**
 * Pure View → Adaptive Card (schema 1.5) renderer. Every string of the view is untrusted and is
 * escaped; links are kept only when http(s); buttons are Action.Submit carrying `{ command }` and
 * fit the conversation type. `text` is the plain-text fallback. Size in bytes is guarded by
 * `viewToActivity`, which asks for COMPACT_LIMITS or `renderTextCard` when a card is too big.
 */
export function renderCard(view: View, options: TeamsRenderOptions = {}, limits: CardLimits = CARD_LIMITS): { card: AdaptiveCard; text: string } {
  const text = plainFallback(view, limits.fallback);
  const body: CardElement[] = [...header(view, limits)];
  for (const section of view.sections) body.push(...renderSection(section, options, limits));
  if (view.context) body.push(...lineBlocks(view.context, 300, 3, { size: "Small", isSubtle: true, separator: true }));
  const actions = fitActions(view.actions ?? [], options.conversation).slice(0, limits.cardActions).map(submitAction);
  return { card: card(body, actions, text), text };
}

/** The last resort for a view too big for any card: title and the first `maxChars` of its plain text. */
export function renderTextCard(view: View, maxChars: number): { card: AdaptiveCard; text: string } {
  const text = plainFallback(view, Math.min(maxChars, COMPACT_LIMITS.fallback));
  const body = truncate(view.fallbackText, maxChars);
  return { card: card([...header(view, COMPACT_LIMITS), ...lineBlocks(body, body.length, 200)], [], text), text };
}
