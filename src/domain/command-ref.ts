/**
 * Commands named inside view text ("Type ⟨watch Salesforce⟩ to be alerted"). The core names a
 * command neutrally with `commandRef("watch Salesforce")`; each renderer words it for its platform
 * through `wordCommandRefs`: Slack `/breach watch Salesforce`, Teams **watch Salesforce**, the
 * console plain "watch Salesforce". The reference is two private-use characters around the command
 * text, so it survives string concatenation, truncation (a cut marker is dropped) and storage
 * (e.g. a subscription's pause reason).
 */

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKERS = /[\uE000\uE001]/g;
const REF = /\uE000([^\uE000\uE001]*)\uE001/g;

/** One piece of view text: plain text, or a command the renderer words for its platform. */
export type TextPart = { kind: "text"; text: string } | { kind: "command"; command: string };

/** Marks `command` (e.g. "unwatch Salesforce") as a command reference inside view text. */
export function commandRef(command: string): string {
  const clean = command.replace(MARKERS, "").replace(/\s+/g, " ").trim();
  return `${OPEN}${clean}${CLOSE}`;
}

/** Splits view text into plain parts and command references; stray markers are dropped. */
export function splitCommandRefs(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pushText = (raw: string) => {
    const clean = raw.replace(MARKERS, "");
    if (clean !== "") parts.push({ kind: "text", text: clean });
  };
  let at = 0;
  for (const match of text.matchAll(REF)) {
    pushText(text.slice(at, match.index));
    const command = match[1]!.trim();
    if (command !== "") parts.push({ kind: "command", command });
    at = match.index + match[0].length;
  }
  pushText(text.slice(at));
  return parts;
}

/**
 * Renders view text for one platform: `word` turns each command into its wording (and escapes
 * it), `plain` escapes everything else. Both receive raw, untrusted text.
 */
export function wordCommandRefs(text: string, word: (command: string) => string, plain: (text: string) => string = (t) => t): string {
  if (!text.includes(OPEN) && !text.includes(CLOSE)) return plain(text);
  return splitCommandRefs(text).map((p) => (p.kind === "command" ? word(p.command) : plain(p.text))).join("");
}

/** The text with each command reference replaced by the bare command (logs, tests, plain text). */
export const plainCommandRefs = (text: string): string => wordCommandRefs(text, (command) => command);
