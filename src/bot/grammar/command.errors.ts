import type { z } from "zod";

/** What each command argument is called in a sentence. Knowledge as data: a new argument is one line. */
const ARGUMENT_WORDS: Record<string, string> = {
  text: "what to search for", term: "the term", url: "the URL", ref: "the incident id or name", name: "the name",
  page: "the page number", limit: "N", period: "the period", time: "the time", timeZone: "the time zone",
  sectors: "the sectors", minSeverity: "the severity", topic: "the help topic",
};


/**
 * Turns a zod issue without a message of its own into words ("what to search for is too long:
 * at most 200 characters" rather than "Too big: expected string to have <=200 characters").
 * Passed per parse, so the schema's own messages still win.
 */
export function commandIssueText(issue: z.core.$ZodRawIssue): string {
  const key = String(issue.path?.[0] ?? "");
  const what = ARGUMENT_WORDS[key] ?? "that";
  const raw = issue as { code: string; origin?: string; maximum?: unknown; minimum?: unknown };
  switch (raw.code) {
    case "too_big":
      return raw.origin === "string" ? `${what} is too long: at most ${String(raw.maximum)} characters` : `${what} can be at most ${String(raw.maximum)}`;
    case "too_small":
      return raw.origin === "string" ? `${what} is missing` : `${what} must be at least ${String(raw.minimum)}`;
    case "invalid_type":
      return `${what} is not in a form I understand`;
    case "invalid_format":
    case "invalid_value":
      return `${what} is not valid here`;
    default:
      return `I could not understand ${what}`;
  }
}
