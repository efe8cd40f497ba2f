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

/** The incident a question is about: ctx.incidentId, the thread's incident, or one named in the question. */
export async function incidentForQuestion(question: string, ctx: ChatContext, env: BotEnv): Promise<IncidentDetail | null> {
  if (ctx.incidentId) {
    const d = await env.store.getIncident(ctx.incidentId);
    if (d) return d;
  }
  if (ctx.threadId) {
    const id = await env.store.incidentForThread(ctx.target, ctx.threadId);
    const d = id ? await env.store.getIncident(id) : null;
    if (d) return d;
  }
  const named = await namedInQuestion(question, env);
  return named ? env.store.getIncident(named) : null;
}
