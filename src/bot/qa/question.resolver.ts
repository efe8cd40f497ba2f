import type { ChatContext } from "../../domain/chat.js";
import type { IncidentDetail } from "../../domain/incident.js";
import type { BotEnv } from "../bot.env.js";
import { normalize } from "../text/normalize.js";

/** Words of questions that must never be taken for a victim name by typo matching. */
const QUESTION_WORDS = new Set([
  "taken", "stolen", "exposed", "leaked", "passport", "passports", "customers", "clients", "people", "behind",
  "sources", "source", "disclosed", "detected", "should", "changed", "vendor", "platform", "regulators",
  "which", "where", "there", "their", "about", "these", "those", "what", "many", "combien", "derriere",
  "passeports", "donnees", "depuis", "voles", "volees", "cards", "address", "email", "phone", "number",
]);

/** Incident id of a victim named in the question: exact names first, then a typo of a one-word name. */
async function namedInQuestion(question: string, env: BotEnv): Promise<string | null> {
  const index = await env.index.get();
  const exact = index.namesIn(question)[0];
  if (exact) return index.rowsOf(exact)[0]?.id ?? null;
  for (const word of normalize(question).split(" ")) {
    if (word.length < 5 || QUESTION_WORDS.has(word)) continue;
    const hit = index.matchNames(word, ["victim", "group"]).find((m) => m.entry.wordCount === 1 && m.score >= 0.75);
    if (hit) return index.rowsOf(hit.entry)[0]?.id ?? null;
  }
  return null;
}

/**
 * A distinctive victim name spelled out in full ("westjet", "air france"): strong enough to
 * override the thread's incident. Short names ("Next", "KLM") are too easily ordinary words.
 */
async function distinctNameIn(question: string, env: BotEnv): Promise<{ id: string; rows: Set<string> } | null> {
  const index = await env.index.get();
  const entry = index.namesIn(question).find((e) => e.key.length >= 5 && !QUESTION_WORDS.has(e.key));
  if (!entry) return null;
  const rows = index.rowsOf(entry);
  return rows[0] ? { id: rows[0].id, rows: new Set(rows.map((r) => r.id)) } : null;
}

/** The thread's incident id: the adapter's ctx.incidentId, else the one the store recorded for the thread. */
async function threadIncident(ctx: ChatContext, env: BotEnv): Promise<string | null> {
  if (ctx.incidentId) return ctx.incidentId;
  return ctx.threadId ? env.store.incidentForThread(ctx.target, ctx.threadId) : null;
}

/**
 * The incident a question is about: the thread's (ctx.incidentId or the recorded one) unless
 * the question names another victim in full; else an incident named in the question.
 */
export async function incidentForQuestion(question: string, ctx: ChatContext, env: BotEnv): Promise<IncidentDetail | null> {
  const threadId = await threadIncident(ctx, env);
  if (threadId) {
    const named = await distinctNameIn(question, env);
    const id = named && !named.rows.has(threadId) ? named.id : threadId;
    const d = await env.store.getIncident(id);
    if (d) return d;
  }
  const named = await namedInQuestion(question, env);
  return named ? env.store.getIncident(named) : null;
}
