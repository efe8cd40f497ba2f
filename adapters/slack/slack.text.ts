import { graphemePrefix, wellFormed } from "../../src/bot/text/graphemes.js";
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

const inert = (text: string): string => escapeSlack(wellFormed(text)).replace(BROADCAST, `@${ZWJ}$1`);

/**
 * Escaped and inert: no links, no user/channel mentions, no @here/@channel/@everyone broadcasts,
 * and well-formed (a lone surrogate from upstream becomes U+FFFD instead of failing the message).
 * Commands the core names (commandRef) read as Slack's slash command: `/breach watch Salesforce`.
 */
export function safe(text: string): string {
  return wordCommandRefs(text, (command) => `\`/breach ${inert(command).replace(/`/g, "'")}\``, inert);
}

/**
 * Cuts already-escaped text to `max` characters (UTF-16 units), appending a marker, at a
 * grapheme boundary (never half an emoji or a flag) and without splitting an entity such as
 * `&amp;` (which would show as stray characters).
 */
export function truncate(text: string, max: number, marker = "…"): string {
  if (text.length <= max) return text;
  let cut = graphemePrefix(text, Math.max(0, max - marker.length)).length;
  const amp = text.lastIndexOf("&", cut);
  if (amp !== -1 && amp > cut - 5 && !text.slice(amp, cut).includes(";")) cut = amp;
  return text.slice(0, cut).trimEnd() + marker;
}

/** `safe()` then `truncate()`: the usual way an untrusted string enters a block. */
export function safeText(text: string, max: number = SLACK_LIMITS.sectionText): string {
  return truncate(safe(text), max);
}

/**
 * True for an absolute http(s) URL free of characters that would break `<url|title>` syntax and
 * without user:password@ (which makes "https://www.airline.example@evil.test/" look like the airline).
 */
export function isSafeUrl(url: string): boolean {
  if (/[|<>\s"]/.test(url) || /[\u0000-\u001f\u007f]/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** The host a URL really points at, as the browser will see it (an IDN stays in its xn-- form). */
export function realHost(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Longest link label; the real host always follows it, so a long title can never push it out. */
const LINK_LABEL_MAX = 150;

/**
 * `<url|title> — host`: a label is whatever the article's publisher wrote, so the link's real host
 * is always shown next to it, outside the link. An unsafe URL gives the escaped title alone (no link).
 */
export function mrkdwnLink(url: string, title: string): string {
  const label = truncate(safe(title.trim() || url).replace(/\|/g, "¦"), LINK_LABEL_MAX);
  const host = isSafeUrl(url) ? realHost(url) : null;
  return host ? `<${escapeSlack(url)}|${label}> — ${safe(host)}` : label;
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
