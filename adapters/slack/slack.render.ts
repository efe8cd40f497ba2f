import type { ActionsBlock, Button, ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from "@slack/types";
import type { View, ViewAction, ViewBadge, ViewItem, ViewQuote, ViewSection } from "../../src/domain/view.js";
import { graphemePrefix, wellFormed } from "../../src/bot/text/graphemes.js";
import { SLACK_LIMITS as L } from "./slack.limits.js";
import { mrkdwnLink, safe, safeText, truncate } from "./slack.text.js";
import { decodeSlackTarget, isSlackTarget } from "./slack.target.js";

/** Prefix of every action_id the adapter renders; the listener matches on it. */
export const ACTION_PREFIX = "breach:";

/** A Block Kit message: notification text plus blocks, within Slack's limits. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** A rendered piece of the body; `count` is how many view entries it shows, for "… (N more)". */
interface Unit {
  blocks: KnownBlock[];
  count: number;
}

const BADGE_ICON: Record<ViewBadge["tone"], string> = {
  exposed: ":red_circle:",
  safe: ":large_green_circle:",
  neutral: ":white_circle:",
  stack: ":pushpin:",
};
const BADGE_SUFFIX: Record<ViewBadge["tone"], string> = { exposed: "", safe: " (not taken)", neutral: "", stack: "" };

const mrkdwn = (text: string): SectionBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: truncate(text, L.sectionText), verbatim: true },
});

const contextLine = (text: string): ContextBlock => ({
  type: "context",
  elements: [{ type: "mrkdwn", text: truncate(text, L.contextText), verbatim: true }],
});

/** Renders one button; its value is the /breach command the click runs. */
export function renderButton(action: ViewAction, index: number): Button {
  const button: Button = {
    type: "button",
    action_id: `${ACTION_PREFIX}${action.id}:${index}`,
    text: { type: "plain_text", text: safeText(action.label, L.buttonText), emoji: true },
    value: graphemePrefix(wellFormed(action.command), L.buttonValue),
  };
  if (action.style) button.style = action.style;
  return button;
}

function actionsBlock(actions: ViewAction[], offset = 0): ActionsBlock | null {
  if (actions.length === 0) return null;
  return { type: "actions", elements: actions.slice(0, L.actionsElements).map((a, i) => renderButton(a, offset + i)) };
}

/** Packs lines into as few sections as possible, each within the section text limit. */
function packLines(lines: string[]): Unit[] {
  const units: Unit[] = [];
  let current: string[] = [];
  let length = 0;
  const flush = () => {
    if (current.length) units.push({ blocks: [mrkdwn(current.join("\n"))], count: current.length });
    current = [];
    length = 0;
  };
  for (const raw of lines) {
    const line = truncate(raw, L.sectionText);
    if (length + line.length + 1 > L.sectionText) flush();
    current.push(line);
    length += line.length + 1;
  }
  flush();
  return units;
}

function factUnits(section: ViewSection): Unit[] {
  const fields = (section.facts ?? []).map((f) => ({
    type: "mrkdwn" as const,
    text: truncate(`*${safe(f.label)}*\n${safe(f.value)}`, L.fieldText),
  }));
  const units: Unit[] = [];
  for (let i = 0; i < fields.length; i += L.fieldsPerSection) {
    const chunk = fields.slice(i, i + L.fieldsPerSection);
    units.push({ blocks: [{ type: "section", fields: chunk }], count: chunk.length });
  }
  return units;
}

function badgeLine(badges: ViewBadge[]): string {
  return badges.map((b) => `${BADGE_ICON[b.tone]} ${safe(b.label)}${BADGE_SUFFIX[b.tone]}`).join("   ");
}

/** `<#C123>` for an item about one of this workspace's channels (our own decoded id, safe by construction). */
function channelLink(item: ViewItem): string {
  if (!item.channel || !isSlackTarget(item.channel)) return "";
  try {
    return `<#${decodeSlackTarget(item.channel).channelId}> `;
  } catch {
    return "";
  }
}

function itemText(item: ViewItem): string {
  const title = `${channelLink(item)}*${safe(item.title)}*`;
  return item.text ? `${title}\n${safe(item.text)}` : title;
}

/** A quoted source sentence: a Block Kit quote line, then outlet, date and link. */
function quoteLine(q: ViewQuote): string {
  const credit = [q.url ? mrkdwnLink(q.url, q.source) : safe(q.source), ...(q.date ? [safe(q.date)] : [])].join(", ");
  return `> ${safe(q.text)}\n— ${credit}${q.note ? ` (${safe(q.note)})` : ""}`;
}

/** Code-block fences and the text inside them: backticks could close the block early, so they become quotes. */
const FENCE = "```";
const inCodeBlock = (text: string): string => safe(text).replace(/`/g, "'");

/**
 * Text to copy whole, in code blocks (verbatim, no mrkdwn, one click to select), split between
 * lines so each block stays within the section limit; every line escaped and mention-neutralised.
 */
function copyUnits(text: string): Unit[] {
  const room = L.sectionText - FENCE.length * 2 - 2;
  const chunks: string[] = [];
  let current = "";
  for (const line of text.split("\n").map(inCodeBlock)) {
    const fitted = truncate(line, room);
    if (current !== "" && current.length + fitted.length + 1 > room) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? fitted : `${current}\n${fitted}`;
  }
  if (current.trim() !== "") chunks.push(current);
  return chunks.map((chunk) => ({ blocks: [mrkdwn(`${FENCE}\n${chunk}\n${FENCE}`)], count: 1 }));
}

function itemUnit(item: ViewItem, index: number): Unit {
  const body = itemText(item);
  const blocks: KnownBlock[] = [mrkdwn(body)];
  const actions = actionsBlock(item.actions ?? [], index * 100);
  if (actions) blocks.push(actions);
  return { blocks, count: 1 };
}

function sectionUnits(section: ViewSection, sectionIndex: number): Unit[] {
  const units: Unit[] = [];
  if (section.heading) units.push({ blocks: [mrkdwn(`*${safe(section.heading)}*`)], count: 0 });
  if (section.text) units.push({ blocks: [mrkdwn(safe(section.text))], count: 0 });
  units.push(...factUnits(section));
  if (section.badges?.length) units.push({ blocks: [mrkdwn(badgeLine(section.badges))], count: 0 });
  if (section.bullets?.length) units.push(...packLines(section.bullets.map((b) => `• ${safe(b)}`)));
  if (section.links?.length) {
    const lines = section.links.map((l) => `• ${mrkdwnLink(l.url, l.title)}${l.note ? ` · ${safe(l.note)}` : ""}`);
    units.push(...packLines(lines));
  }
  if (section.quotes?.length) units.push(...packLines(section.quotes.map(quoteLine)));
  if (section.copyText) units.push(...copyUnits(section.copyText));
  // Items with buttons take a section and an actions block each; plain items share sections.
  let plain: string[] = [];
  const flushPlain = () => {
    if (plain.length) units.push(...packLines(plain));
    plain = [];
  };
  (section.items ?? []).forEach((item, i) => {
    if (item.actions?.length) {
      flushPlain();
      units.push(itemUnit(item, sectionIndex * 1000 + i + 1));
    } else {
      plain.push(itemText(item));
    }
  });
  flushPlain();
  return units;
}

/** Header + subtitle. */
function headUnits(view: View): KnownBlock[] {
  const header: HeaderBlock = {
    type: "header",
    text: { type: "plain_text", text: safeText(view.title || "Breach Radar", L.headerText), emoji: true },
  };
  return view.subtitle ? [header, contextLine(safe(view.subtitle))] : [header];
}

/** Keeps whole units while they fit in `budget` blocks; says how many entries were left out. */
function fitUnits(units: Unit[], budget: number): KnownBlock[] {
  const out: KnownBlock[] = [];
  let index = 0;
  for (; index < units.length; index++) {
    const unit = units[index]!;
    if (out.length + unit.blocks.length > budget - 1 && index < units.length - 1) break;
    if (out.length + unit.blocks.length > budget) break;
    out.push(...unit.blocks);
  }
  const rest = units.slice(index);
  if (rest.length) {
    const more = rest.reduce((n, u) => n + Math.max(u.count, 1), 0);
    out.push(contextLine(`… (${more} more)`));
  }
  return out;
}

/**
 * Pure View → Block Kit. Every string from the view is escaped and mention-neutralised; every
 * limit (blocks, characters, fields, buttons) is enforced, truncating with "… (N more)".
 */
export function renderBlocks(view: View, maxBlocks: number = L.messageBlocks): SlackMessage {
  const head = headUnits(view);
  const actions = actionsBlock(view.actions ?? []);
  const tail: KnownBlock[] = [];
  if (actions) tail.push(actions);
  if (view.context) tail.push(contextLine(safe(view.context)));
  const body = view.sections.flatMap((s, i) => sectionUnits(s, i));
  const blocks = [...head, ...fitUnits(body, maxBlocks - head.length - tail.length), ...tail];
  const text = safeText(view.fallbackText || view.title, L.fallbackText);
  return { text, blocks };
}
