import type { Audience } from "../../domain/advice.js";
import { SECTORS, SEVERITIES } from "../../domain/incident.js";
import { closest } from "../text/edit-distance.js";
import type { KnownKind } from "./command.schema.js";
import { readProfile } from "../profile/profile.reader.js";
import type { TemplateKind, TemplateLanguage } from "../../advise/templates/template.types.js";

/** A reader turns the words after the command name into a raw object for zod, or an error message. */
export type Reader = (args: string[]) => Record<string, unknown> | string;

const SECTOR_WORDS: Record<string, (typeof SECTORS)[number]> = {
  airline: "airline", airlines: "airline", aviation: "airline",
  retail: "retail", retailer: "retail", retailers: "retail",
  other: "other", others: "other",
};
const SEVERITY_WORDS = Object.fromEntries(SEVERITIES.map((s) => [s, s]));

function unexpected(word: string, known: string[]): string {
  const guess = closest(word.toLowerCase(), known);
  return guess ? `I don't understand "${word}". Did you mean "${guess}"?` : `I don't understand "${word}".`;
}

/** Splits a trailing "page N" off the arguments. */
function takePage(args: string[]): { rest: string[]; page?: number } {
  const n = args.length;
  if (n >= 2 && args[n - 2]!.toLowerCase() === "page" && /^\d+$/.test(args[n - 1]!)) {
    return { rest: args.slice(0, -2), page: Number(args[n - 1]) };
  }
  return { rest: args };
}

const readLatest: Reader = (args) => {
  const { rest, page } = takePage(args);
  const out: Record<string, unknown> = { kind: "latest", page };
  for (const word of rest) {
    const lower = word.toLowerCase();
    if (SECTOR_WORDS[lower]) out.sector = SECTOR_WORDS[lower];
    else if (/^\d+$/.test(word)) out.limit = Number(word);
    else return unexpected(word, [...Object.keys(SECTOR_WORDS), "page"]);
  }
  return out;
};

const readSubscribe: Reader = (args) => {
  const out: Record<string, unknown> = { kind: "subscribe" };
  const sectors: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const lower = word.toLowerCase();
    if (lower === "at") continue;
    if (SECTOR_WORDS[lower]) sectors.push(SECTOR_WORDS[lower]);
    else if (/^\d{1,2}:\d{2}$/.test(word)) out.time = word.padStart(5, "0");
    else if (SEVERITY_WORDS[lower]) out.minSeverity = lower;
    else if (lower === "live" || lower === "alerts") out.liveAlerts = true;
    else if (lower === "quiet") out.postWhenEmpty = false;
    else if (word.includes("/") || /^(utc|gmt)$/i.test(word)) out.timeZone = /^(utc|gmt)$/i.test(word) ? "UTC" : word;
    else return unexpected(word, [...Object.keys(SECTOR_WORDS), ...SEVERITIES, "at", "live", "quiet"]);
  }
  out.sectors = [...new Set(sectors)];
  return out;
};

const text = (kind: string, key: string): Reader => (args) => ({ kind, [key]: args.join(" ") });
const paged = (kind: string, key: string): Reader => (args) => {
  const { rest, page } = takePage(args);
  return { kind, page, [key]: rest.length > 0 ? rest.join(" ") : undefined };
};
const bare = (kind: string): Reader => (args) => (args.length === 0 ? { kind } : unexpected(args[0]!, []));

/** Words naming a template after `actions ID` (knowledge as data: a new synonym is one entry). */
const TEMPLATE_WORDS: Record<string, TemplateKind> = {
  script: "script", "call-centre": "script", "call-center": "script", callcentre: "script", callcenter: "script",
  notice: "notice", "customer-notice": "notice", avis: "notice",
  staff: "staff", "staff-warning": "staff", personnel: "staff",
};
const LANGUAGE_WORDS: Record<string, TemplateLanguage> = {
  en: "en", english: "en", anglais: "en", "lang:en": "en", "lang=en": "en",
  fr: "fr", french: "fr", "français": "fr", francais: "fr", "lang:fr": "fr", "lang=fr": "fr",
};

/** Words naming an audience after `for` in `actions ID for fraud` (knowledge as data: a synonym is one entry). */
export const AUDIENCE_WORDS: Record<string, Audience> = {
  security: "security", soc: "security", secops: "security",
  saas: "saas_admin", admin: "saas_admin", admins: "saas_admin", it: "saas_admin", saas_admin: "saas_admin",
  "customer-service": "customer_service", service: "customer_service", comms: "customer_service", communications: "customer_service", "call-centre": "customer_service", customer_service: "customer_service",
  fraud: "fraud", loyalty: "fraud", "fraud/loyalty": "fraud", "anti-fraud": "fraud", fraude: "fraud", "fidélité": "fraud",
  customers: "customers", passengers: "customers", members: "customers",
  "third-party": "third_party_risk", vendors: "third_party_risk", suppliers: "third_party_risk", procurement: "third_party_risk", third_party_risk: "third_party_risk", tprm: "third_party_risk",
  regulatory: "regulatory", legal: "regulatory", compliance: "regulatory", privacy: "regulatory", dpo: "regulatory",
};

/** "for fraud" anywhere in the words: the audience, and the words without it. */
function takeAudience(args: string[]): { rest: string[]; audience?: Audience } {
  for (let i = 0; i < args.length - 1; i++) {
    const audience = args[i]!.toLowerCase() === "for" ? AUDIENCE_WORDS[args[i + 1]!.toLowerCase()] : undefined;
    if (audience) return { rest: [...args.slice(0, i), ...args.slice(i + 2)], audience };
  }
  return { rest: args };
}

/** "script fr": words that only choose a template and its language (in a thread, the thread's incident is meant). */
export const onlyTemplateWords = (words: string[]): boolean =>
  words.length > 0 && words.some((w) => TEMPLATE_WORDS[w.toLowerCase()]) && words.every((w) => TEMPLATE_WORDS[w.toLowerCase()] || LANGUAGE_WORDS[w.toLowerCase()]);

/**
 * `actions ID [script|notice|staff] [fr|en|lang:fr]`, the words in any order ("actions script fr
 * qantas" is what a button sends). The language words count only beside a template word, so an
 * incident name with "en" in it still reads as a name.
 */
const readActions: Reader = (words) => {
  const { rest: args, audience } = takeAudience(words);
  const template = args.map((w) => TEMPLATE_WORDS[w.toLowerCase()]).find(Boolean);
  if (!template) return audience ? { kind: "actions", ref: args.join(" "), audience } : { kind: "actions", ref: args.join(" ") };
  const rest = args.filter((w) => !TEMPLATE_WORDS[w.toLowerCase()] && !LANGUAGE_WORDS[w.toLowerCase()]);
  const lang = args.map((w) => LANGUAGE_WORDS[w.toLowerCase()]).find(Boolean);
  return audience ? { kind: "actions", ref: rest.join(" "), template, lang, audience } : { kind: "actions", ref: rest.join(" "), template, lang };
};

/** How each command reads its arguments. */
export const READERS: Record<KnownKind, Reader> = {
  help: (args) => ({ kind: "help", topic: args[0]?.toLowerCase() }),
  latest: readLatest,
  search: paged("search", "text"),
  show: text("show", "ref"),
  actions: readActions,
  sources: text("sources", "ref"),
  timeline: text("timeline", "ref"),
  evidence: text("evidence", "ref"),
  campaign: paged("campaign", "name"),
  actor: paged("actor", "name"),
  stats: (args) => (args.length <= 1 ? { kind: "stats", period: args[0]?.toLowerCase() } : unexpected(args[1]!, [])),
  subscribe: readSubscribe,
  unsubscribe: bare("unsubscribe"),
  subscriptions: bare("subscriptions"),
  watch: text("watch", "term"),
  unwatch: text("unwatch", "term"),
  watches: bare("watches"),
  add: (args) => ({ kind: "add", url: args[0] ?? "" }),
  profile: readProfile,
};
