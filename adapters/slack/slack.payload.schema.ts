import { parse as parseQuery } from "node:querystring";
import { z } from "zod";

/**
 * The shapes Slack posts to /slack/events, checked before Bolt sees them: a slash command
 * (form fields), an interaction (form field `payload` holding JSON) and an Events API envelope
 * (JSON). Objects stay loose (Slack adds fields); only what the adapter relies on is required.
 */

/** Deeper JSON than this is not something Slack sends (block_actions with view state is ~12). */
export const MAX_JSON_DEPTH = 64;

const slackId = z.string().regex(/^[A-Z0-9]{1,64}$/, "not a Slack id");

const SlashCommandSchema = z.looseObject({
  command: z.string().regex(/^\/\S{1,63}$/, "not a slash command"),
  text: z.string().max(12_000).default(""),
  team_id: slackId,
  channel_id: slackId,
  user_id: slackId,
  response_url: z.url(),
  enterprise_id: z.string().optional(),
  is_enterprise_install: z.string().optional(),
});

const ActionSchema = z.looseObject({ action_id: z.string().min(1).max(255), type: z.string() });

const BlockActionsSchema = z.looseObject({
  type: z.literal("block_actions"),
  user: z.looseObject({ id: slackId, team_id: z.string().optional() }),
  team: z.looseObject({ id: slackId }).nullable().optional(),
  channel: z.looseObject({ id: slackId }).optional(),
  actions: z.array(ActionSchema).min(1).max(25),
  response_url: z.url().optional(),
  is_enterprise_install: z.boolean().optional(),
  enterprise: z.looseObject({ id: z.string() }).nullable().optional(),
});

const EventCallbackSchema = z.looseObject({
  type: z.literal("event_callback"),
  team_id: z.string().optional(),
  event_id: z.string().min(1).max(100),
  event_time: z.number().optional(),
  event: z.looseObject({ type: z.string().min(1) }),
  enterprise_id: z.string().nullable().optional(),
  is_enterprise_install: z.boolean().optional(),
});

const UrlVerificationSchema = z.looseObject({ type: z.literal("url_verification"), challenge: z.string().max(500) });

/** Who a request is from, for the "not installed" answer. */
export interface SlackOrigin {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
}

/** What a request body is; `ignored` = well-formed but of a type this app does not handle. */
export type SlackBody =
  | { kind: "ssl_check" }
  | { kind: "url_verification" }
  | ({ kind: "command" } & SlackOrigin)
  | ({ kind: "interaction"; type: string } & SlackOrigin)
  | ({ kind: "event"; eventId: string; eventType: string } & SlackOrigin)
  | { kind: "ignored"; type: string }
  | { kind: "malformed"; reason: string };

/** True when brackets nest deeper than `max` outside string literals (checked without recursion). */
export function jsonTooDeep(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** JSON text → a plain object, or why not. */
function parseJsonObject(text: string): { ok: true; value: Record<string, unknown> } | { ok: false; reason: string } {
  if (jsonTooDeep(text)) return { ok: false, reason: `JSON nested deeper than ${MAX_JSON_DEPTH}` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not JSON" };
  }
  return isPlainObject(value) ? { ok: true, value } : { ok: false, reason: `JSON ${value === null ? "null" : Array.isArray(value) ? "array" : typeof value}, not an object` };
}

const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(body)"}: ${issue.message}` : "invalid";
};

function classifyInteraction(payload: string): SlackBody {
  const parsed = parseJsonObject(payload);
  if (!parsed.ok) return { kind: "malformed", reason: `payload: ${parsed.reason}` };
  const type = parsed.value.type;
  if (typeof type !== "string") return { kind: "malformed", reason: "payload.type: missing" };
  if (type !== "block_actions") return { kind: "ignored", type };
  const checked = BlockActionsSchema.safeParse(parsed.value);
  if (!checked.success) return { kind: "malformed", reason: `payload.${firstIssue(checked.error)}` };
  const p = checked.data;
  return {
    kind: "interaction", type,
    teamId: p.team?.id ?? p.user.team_id, enterpriseId: p.enterprise?.id, isEnterpriseInstall: p.is_enterprise_install === true,
  };
}

function classifyForm(text: string): SlackBody {
  const fields = parseQuery(text);
  if (fields.ssl_check === "1") return { kind: "ssl_check" };
  if (typeof fields.payload === "string") return classifyInteraction(fields.payload);
  if (fields.payload !== undefined) return { kind: "malformed", reason: "payload: repeated" };
  const checked = SlashCommandSchema.safeParse({ ...fields });
  if (!checked.success) return { kind: "malformed", reason: firstIssue(checked.error) };
  const c = checked.data;
  return { kind: "command", teamId: c.team_id, enterpriseId: c.enterprise_id || undefined, isEnterpriseInstall: c.is_enterprise_install === "true" };
}

function classifyJson(text: string): SlackBody {
  const parsed = parseJsonObject(text);
  if (!parsed.ok) return { kind: "malformed", reason: parsed.reason };
  const type = parsed.value.type;
  if (typeof type !== "string") return { kind: "malformed", reason: "type: missing" };
  if (type === "url_verification") {
    return UrlVerificationSchema.safeParse(parsed.value).success ? { kind: "url_verification" } : { kind: "malformed", reason: "challenge: missing" };
  }
  if (type !== "event_callback") return { kind: "ignored", type };
  const checked = EventCallbackSchema.safeParse(parsed.value);
  if (!checked.success) return { kind: "malformed", reason: firstIssue(checked.error) };
  const e = checked.data;
  return {
    kind: "event", eventId: e.event_id, eventType: e.event.type,
    teamId: e.team_id, enterpriseId: e.enterprise_id ?? undefined, isEnterpriseInstall: e.is_enterprise_install === true,
  };
}

/** The bare media type ("application/json" from "application/json; charset=utf-8"). */
export const mediaType = (contentType: string | undefined): string => (contentType ?? "").split(";")[0]!.trim().toLowerCase();

/**
 * Classifies a raw body the way Bolt will read it: form-encoded bodies are commands,
 * `payload=` interactions or `ssl_check`; anything else must be a JSON object.
 */
export function classifySlackBody(raw: Buffer, contentType: string | undefined): SlackBody {
  const text = raw.toString("utf8");
  return mediaType(contentType) === "application/x-www-form-urlencoded" ? classifyForm(text) : classifyJson(text);
}
