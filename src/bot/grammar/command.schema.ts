import { z } from "zod";
import { AUDIENCES } from "../../domain/advice.js";
import { SectorSchema, SeveritySchema } from "../../domain/incident.js";
import { ProfileCommandSchema } from "../profile/profile.schema.js";
import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES } from "../../advise/templates/template.types.js";

/** Largest `latest N`. */
export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 5;

const page = z.number().int().min(1, "page numbers start at 1").max(10_000).default(1);
const ref = z.string({ error: "needs an incident id or name" }).trim().min(1, "needs an incident id or name");

/** Every /breach command after parsing: a discriminated union with an explicit unknown branch. */
export const CommandSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("help"), topic: z.string().optional() }),
  z.object({
    kind: z.literal("latest"),
    sector: SectorSchema.optional(),
    limit: z.number().int().min(1, "N must be at least 1").max(MAX_LIMIT, `N can be at most ${MAX_LIMIT}`).default(DEFAULT_LIMIT),
    page,
  }),
  z.object({ kind: z.literal("search"), text: z.string({ error: "needs something to search for" }).trim().min(1, "needs something to search for").max(200, "search text can be at most 200 characters"), page }),
  z.object({ kind: z.literal("show"), ref }),
  z.object({
    kind: z.literal("actions"),
    ref,
    /** A ready-to-use text instead of the actions: call-centre script, customer notice, staff warning. */
    template: z.enum(TEMPLATE_KINDS).optional(),
    lang: z.enum(TEMPLATE_LANGUAGES).default("en"),
    /** Only this audience's actions (`actions ID for fraud`). */
    audience: z.enum(AUDIENCES).optional(),
  }),
  z.object({ kind: z.literal("sources"), ref }),
  z.object({ kind: z.literal("timeline"), ref }),
  z.object({ kind: z.literal("evidence"), ref }),
  z.object({ kind: z.literal("campaign"), name: z.string().trim().min(1).optional(), page }),
  z.object({ kind: z.literal("actor"), name: z.string({ error: "needs an actor name, e.g. ShinyHunters" }).trim().min(1, "needs an actor name, e.g. ShinyHunters"), page }),
  z.object({
    kind: z.literal("stats"),
    period: z.string().regex(/^(\d{1,4}d|\d{4}|all)$/, "period must look like 7d, 30d, 2025 or all").default("30d"),
  }),
  z.object({
    kind: z.literal("subscribe"),
    sectors: z.array(SectorSchema).default([]),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time must be HH:MM, 24-hour, e.g. 08:30").optional(),
    timeZone: z.string().optional(),
    minSeverity: SeveritySchema.optional(),
    liveAlerts: z.boolean().default(false),
    postWhenEmpty: z.boolean().default(true),
  }),
  z.object({ kind: z.literal("unsubscribe") }),
  z.object({ kind: z.literal("subscriptions") }),
  z.object({ kind: z.literal("watch"), term: z.string({ error: "needs a term to watch, e.g. Salesforce" }).trim().min(2, "needs a term to watch, e.g. Salesforce").max(100, "a watch term can be at most 100 characters") }),
  z.object({ kind: z.literal("unwatch"), term: z.string({ error: "needs the term to stop watching" }).trim().min(1, "needs the term to stop watching").max(100, "a watch term can be at most 100 characters") }),
  z.object({ kind: z.literal("watches") }),
  ProfileCommandSchema,
  z.object({ kind: z.literal("add"), url: z.url({ protocol: /^https?$/, error: "needs an http(s) URL of an article" }) }),
  z.object({ kind: z.literal("unknown"), text: z.string() }),
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandKind = Command["kind"];
export type KnownKind = Exclude<CommandKind, "unknown">;
export type CommandOf<K extends CommandKind> = Extract<Command, { kind: K }>;

/** What the parser returns: a command, or a known command name whose arguments did not parse. */
export type ParsedCommand = Command | { kind: "invalid"; command: KnownKind; message: string };
