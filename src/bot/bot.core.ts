import type { ChatContext } from "../domain/chat.js";
import { commandRef } from "../domain/command-ref.js";
import type { View } from "../domain/view.js";
import type { BotCore, CommandOptions } from "./bot.port.js";
import { READ_ONLY_COMMANDS } from "./grammar/command.effects.js";
import { onlyTemplateWords } from "./grammar/command.readers.js";
import type { BotEnv, Handler } from "./bot.env.js";
import { isCommandWord, parseCommand, stripPrefix, suggestCommand } from "./grammar/command.parser.js";
import type { KnownKind, ParsedCommand } from "./grammar/command.schema.js";
import { COMMAND_TABLE, commandHelp } from "./grammar/command.table.js";
import { helpView } from "./handlers/help.handler.js";
import { answerQuestion } from "./qa/answer.service.js";
import { EVIDENCE_FIELD_WORDS } from "./views/evidence.view.js";
import { messageView } from "./views/view.builder.js";
import { scopedEnv } from "./tenancy.scope.js";
import { ownerKey } from "../domain/tenancy.js";

/** The request's environment bound to the asker's workspace profile: advice is worded for that reader. */
async function profiledEnv(env: BotEnv, ctx: Pick<ChatContext, "platform" | "workspaceId">): Promise<BotEnv> {
  const profile = await env.profiles.get(ownerKey(ctx));
  if (!profile) return { ...env, readerProfile: null };
  const advise = env.advise;
  return { ...env, readerProfile: profile, advise: (incident, options) => advise(incident, { profile, ...options }) };
}

function unknownView(text: string): View {
  const first = text.split(/\s+/)[0] ?? "";
  const guess = suggestCommand(first);
  const note = guess ? `I don't know "${first}". Did you mean ${commandRef(guess)}?` : `I don't know "${first}".`;
  return helpView(commandHelp(), { note });
}

const notReadOnlyView = (): View =>
  messageView("Only lookups can be posted", "That button would change a setting, so it was not run. Type the command yourself if you meant to.", "error");

async function dispatch(parsed: ParsedCommand, ctx: ChatContext, env: BotEnv, options: CommandOptions): Promise<View> {
  if (parsed.kind === "unknown") return unknownView(parsed.text);
  if (parsed.kind === "invalid") return helpView(commandHelp(), { topic: parsed.command, note: parsed.message });
  const readOnly = READ_ONLY_COMMANDS.has(parsed.kind);
  if (options.readOnlyOnly && !readOnly) return notReadOnlyView();
  const handler = COMMAND_TABLE[parsed.kind].handler as Handler<KnownKind>;
  const view = await handler(parsed as never, ctx, env);
  return readOnly && view.kind !== "error" ? { ...view, readOnly: true } : view;
}

/** "lastest airline": a short line, not a question, whose first word is a typo of a command. */
const looksLikeMistypedCommand = (text: string, first: string): boolean =>
  !text.includes("?") && text.split(/\s+/).length <= 4 && suggestCommand(first) !== null;

/** A message is a command when it starts with a command word (or a typo of one) and is not phrased as a question. */
function isCommandMessage(text: string): boolean {
  const [first = "", second = ""] = text.split(/\s+/);
  if (text === "") return true;
  if (text.endsWith("?") || /^(me|us)$/i.test(second)) return false;
  return isCommandWord(first) || looksLikeMistypedCommand(text, first);
}

/** Commands that take an incident and default to the thread's ("actions" in a thread about Qantas). */
const INCIDENT_COMMANDS = new Set(["show", "actions", "sources", "timeline", "evidence"]);

async function withThreadIncident(text: string, ctx: ChatContext, env: BotEnv): Promise<string> {
  const stripped = stripPrefix(text);
  // "evidence count" in a thread: the thread's incident, that field.
  const [name = "", ...rest] = stripped.split(/\s+/);
  if (name.toLowerCase() === "evidence" && rest.length === 1 && EVIDENCE_FIELD_WORDS[rest[0]!.toLowerCase()]) {
    const id = ctx.incidentId ?? (ctx.threadId ? await env.store.incidentForThread(ctx.target, ctx.threadId) : null);
    return id ? `evidence ${id} ${rest[0]}` : text;
  }
  // "actions script fr" in a thread: the thread's incident, that template.
  if (name.toLowerCase() === "actions" && onlyTemplateWords(rest)) {
    const id = ctx.incidentId ?? (ctx.threadId ? await env.store.incidentForThread(ctx.target, ctx.threadId) : null);
    return id ? `actions ${id} ${rest.join(" ")}` : text;
  }
  if (!INCIDENT_COMMANDS.has(stripped.toLowerCase())) return text;
  const id = ctx.incidentId ?? (ctx.threadId ? await env.store.incidentForThread(ctx.target, ctx.threadId) : null);
  return id ? `${stripped} ${id}` : text;
}

/** Runs a view-producing step; an unexpected failure becomes a short error view, never a trace. */
async function guarded(env: BotEnv, what: string, run: () => Promise<View>): Promise<View> {
  const started = performance.now();
  try {
    return await run();
  } catch (error) {
    env.logger.error("bot request failed", { what, error });
    const code = (error as { code?: unknown }).code;
    const hint = code === "DB_UNAVAILABLE" ? "The incident database is not reachable right now." : "Something went wrong on my side.";
    return messageView("Sorry, I could not do that", `${hint} Please try again in a moment.`, "error");
  } finally {
    env.logger.debug("bot request", { what, ms: Math.round(performance.now() - started) });
  }
}

/** Results still being worked on after their command was answered (FollowUp), so settle() can wait for them. */
function backgroundWork(env: Omit<BotEnv, "later">) {
  const running = new Set<Promise<void>>();
  const later: BotEnv["later"] = (what, work, followUp) => {
    const job = guarded(env as BotEnv, what, work)
      .then((view) => followUp.send(view))
      .catch((error: unknown) => env.logger.error("could not deliver a follow-up", { what, error }))
      .finally(() => running.delete(job));
    running.add(job);
  };
  const settle = async (): Promise<void> => {
    while (running.size > 0) await Promise.allSettled([...running]);
  };
  return { later, settle };
}

/** The platform-neutral bot: commands, free-text messages and thread Q&A, each seeing only what the asker's workspace may see. */
export function botCore(base: Omit<BotEnv, "later">): BotCore {
  const work = backgroundWork(base);
  const env: BotEnv = { ...base, later: work.later };
  const core: BotCore = {
    answer: (question, ctx) => guarded(env, "answer", async () => {
      const view = await answerQuestion(question.trim(), ctx, await profiledEnv(scopedEnv(env, ctx), ctx));
      return view.kind === "answer" ? { ...view, readOnly: true } : view;
    }),
    handleCommand: (text, ctx, options = {}) => guarded(env, "command", async () => {
      const scoped: BotEnv = { ...(await profiledEnv(scopedEnv(env, ctx), ctx)), followUp: options.followUp };
      return dispatch(parseCommand(await withThreadIncident(text, ctx, scoped)), ctx, scoped, options);
    }),
    async handleMessage(text, ctx, options = {}) {
      const stripped = stripPrefix(text);
      return isCommandMessage(stripped) ? core.handleCommand(stripped, ctx, options) : core.answer(stripped, ctx);
    },
    settle: work.settle,
    readerProfile: (who) => env.profiles.get(ownerKey(who)),
  };
  return core;
}

