/**
 * Escaping of untrusted text for Adaptive Card TextBlocks (Teams renders a markdown subset:
 * emphasis, lists, links) and for the `<at>` mention syntax Teams recognises in messages.
 */

/** Characters with markdown meaning anywhere in a line. */
const INLINE_SPECIALS = /[\\`*_~[\]()]/g;
/** Markers that only mean something at the start of a line: headings, quotes, bullets, numbered lists. */
const LEADING_MARKER = /^(\s*)([#>+-]|\d+[.)])/;
const ZWSP = "\u200B";

/** Removes control characters (except newline and tab) that could confuse clients or logs. */
function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, "");
}

/**
 * Makes `<at>…</at>`, other tag-like sequences and HTML entities (`&lt;`) inert without changing
 * what a reader sees: a zero-width space after `<` / `&` stops Teams from parsing them.
 */
export function neutraliseMarkup(text: string): string {
  return text
    .replace(/<(?=[a-zA-Z/!?])/g, `<${ZWSP}`)
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, `&${ZWSP}`)
    .replace(/\{\{/g, `{${ZWSP}{`);
}

/** Escapes one line of untrusted text for Adaptive Card markdown. */
function escapeLine(line: string): string {
  const inline = line.replace(INLINE_SPECIALS, (c) => `\\${c}`);
  return inline.replace(LEADING_MARKER, (_m, space: string, marker: string) =>
    marker.length === 1 ? `${space}\\${marker}` : `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
  );
}

/** Untrusted text → safe Adaptive Card markdown that displays literally. */
export function escapeMarkdown(text: string): string {
  return neutraliseMarkup(stripControls(text)).split("\n").map(escapeLine).join("\n");
}

/** Untrusted text for plain-text places (button titles, fallback text, notification summary). */
export function escapePlain(text: string): string {
  // `](` split so a client that renders fallback text as markdown shows no link.
  return neutraliseMarkup(stripControls(text)).replace(/\]\(/g, `]${ZWSP}(`);
}

/** Truncates to `max` characters (with an ellipsis), counting code points so emoji are not split. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text; // UTF-16 length ≥ code points: nothing to cut
  let index = 0;
  let cut = 0;
  for (let count = 0; count < max; count++) {
    if (index >= text.length) return text;
    if (count === max - 1) cut = index;
    index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  }
  return index >= text.length ? text : `${text.slice(0, max > 0 ? cut : 0)}…`;
}

/** A URL safe to put in a markdown link or Action.OpenUrl: http(s) only, no credentials; else null. */
export function safeHttpUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password) return null;
  // Parentheses and spaces would end a markdown link target early.
  return url.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
}
