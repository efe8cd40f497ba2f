import { closest } from "../text/edit-distance.js";
import { CommandSchema, type KnownKind, type ParsedCommand } from "./command.schema.js";
import { READERS } from "./command.readers.js";
import { commandIssueText } from "./command.errors.js";

/** Short alternative names people type. */
const ALIASES: Record<string, KnownKind> = {
  "?": "help", h: "help", list: "latest", recent: "latest", find: "search", info: "show",
  sub: "subscribe", unsub: "unsubscribe", subs: "subscriptions", campaigns: "campaign", stat: "stats",
};

const COMMAND_NAMES = Object.keys(READERS) as KnownKind[];

/** Removes a leading "/breach" or "breach" (and a bot mention the adapter left in). */
export function stripPrefix(text: string): string {
  return text.trim().replace(/^\/?breach\b[:,]?\s*/i, "").trim();
}

/** The command a first word names (including aliases), or null. */
export function commandName(word: string): KnownKind | null {
  const lower = word.toLowerCase();
  if ((COMMAND_NAMES as string[]).includes(lower)) return lower as KnownKind;
  return ALIASES[lower] ?? null;
}

/** Whether a message starting with this word is a command rather than a question. */
export function isCommandWord(word: string): boolean {
  return word.toLowerCase() === "more" || commandName(word) !== null;
}

/** "Did you mean …" for a mistyped command name. */
export function suggestCommand(word: string): KnownKind | null {
  const guess = closest(word.toLowerCase(), [...COMMAND_NAMES, ...Object.keys(ALIASES).filter((a) => a.length > 3)]);
  return guess ? (commandName(guess) ?? null) : null;
}

/** Encodes a command for a "Show more" button (`more TOKEN`). */
export function encodeMore(commandText: string): string {
  return Buffer.from(commandText, "utf8").toString("base64url");
}

function decodeMore(token: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,800}$/.test(token)) return null;
  const text = Buffer.from(token, "base64url").toString("utf8");
  return /^(latest|search|campaign|actor)\b/i.test(text) ? text : null;
}

/** Parses the text of a /breach command. Never throws. */
export function parseCommand(input: string): ParsedCommand {
  const text = stripPrefix(input);
  const words = text.split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return { kind: "help" };
  if (first.toLowerCase() === "more") {
    const decoded = decodeMore(words[1] ?? "");
    return decoded ? parseCommand(decoded) : { kind: "invalid", command: "latest", message: "That \"more\" link is not valid any more; run the command again." };
  }
  const name = commandName(first);
  if (!name) return { kind: "unknown", text };
  const raw = READERS[name](words.slice(1));
  if (typeof raw === "string") return { kind: "invalid", command: name, message: raw };
  const parsed = CommandSchema.safeParse(raw, { error: commandIssueText });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return { kind: "invalid", command: name, message: issue && !RAW_ZOD_MESSAGE.test(issue.message) ? capitalise(issue.message) : `The arguments of "${name}" are not right; see the examples below.` };
}

/** zod's built-in messages ("Invalid input: expected string, received undefined") never reach users. */
const RAW_ZOD_MESSAGE = /^(Invalid input|Invalid option|Too (big|small)|Invalid (string|number|type))|expected .+, received /i;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
