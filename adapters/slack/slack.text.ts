import { wordCommandRefs } from "../../src/domain/command-ref.js";
import { SLACK_LIMITS } from "./slack.limits.js";

/**
 * Text helpers for Slack mrkdwn and plain_text. Every string that comes from a View is untrusted:
 * it goes through `safe()` (escape + neutralise broadcast mentions) before it reaches a block.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
/** `@channel` and friends are parsed even without angle brackets in some clients; a zero-width joiner breaks them. */
const BROADCAST = /@(channel|here|everyone)\b/gi;
const ZWJ = "\u200D";

/** Escapes the three characters Slack treats as control characters. */
export function escapeSlack(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c);
}

const inert = (text: string): string => escapeSlack(text).replace(BROADCAST, `@${ZWJ}$1`);

/**
 * Escaped and inert: no links, no user/channel mentions, no @here/@channel/@everyone broadcasts.
 * Commands the core names (commandRef) read as Slack's slash command: `/breach watch Salesforce`.
 */
export function safe(text: string): string {
  return wordCommandRefs(text, (command) => `\`/breach ${inert(command).replace(/`/g, "'")}\``, inert);
}

/**
 * Cuts already-escaped text to `max` characters, appending a marker, without splitting an
 * entity such as `&amp;` (which would show as stray characters).
 */
export function truncate(text: string, max: number, marker = "…"): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - marker.length);
  const amp = text.lastIndexOf("&", cut);
  if (amp !== -1 && amp > cut - 5 && !text.slice(amp, cut).includes(";")) cut = amp;
  return text.slice(0, cut).trimEnd() + marker;
}

/** `safe()` then `truncate()`: the usual way an untrusted string enters a block. */
export function safeText(text: string, max: number = SLACK_LIMITS.sectionText): string {
  return truncate(safe(text), max);
}

/** True for an absolute http(s) URL free of characters that would break `<url|title>` syntax. */
export function isSafeUrl(url: string): boolean {
  if (/[|<>\s"]/.test(url) || /[\u0000-\u001f\u007f]/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}

/** A mrkdwn link `<url|title>` when the URL is safe, else the escaped title alone (no link). */
export function mrkdwnLink(url: string, title: string): string {
  const label = safe(title.trim() || url).replace(/\|/g, "¦");
  return isSafeUrl(url) ? `<${escapeSlack(url)}|${label}>` : label;
}

/** Joins lines while they fit in `max` characters, ending with "… (N more)" for the rest. */
export function linesWithin(lines: string[], max: number = SLACK_LIMITS.sectionText): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const marker = `\n… (${lines.length - i} more)`;
    const reserve = i < lines.length - 1 ? marker.length + 8 : 0;
    if (length + line.length + 1 + reserve > max) return kept.join("\n") + marker;
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join("\n");
}
