import type { ChatContext } from "../domain/chat.js";
import type { View } from "../domain/view.js";
import type { BotCore } from "./bot.port.js";
import type { BotEnv, Handler } from "./bot.env.js";
import { isCommandWord, parseCommand, stripPrefix, suggestCommand } from "./grammar/command.parser.js";
import type { KnownKind, ParsedCommand } from "./grammar/command.schema.js";
import { COMMAND_TABLE, commandHelp } from "./grammar/command.table.js";
import { helpView } from "./handlers/help.handler.js";
import { answerQuestion } from "./qa/answer.service.js";
import { EVIDENCE_FIELD_WORDS } from "./views/evidence.view.js";
import { messageView } from "./views/view.builder.js";

function unknownView(text: string): View {
  const first = text.split(/\s+/)[0] ?? "";
  const guess = suggestCommand(first);
  const note = guess ? `I don't know "${first}". Did you mean \`${guess}\`?` : `I don't know "${first}".`;
  return helpView(commandHelp(), { note });
}

async function dispatch(parsed: ParsedCommand, ctx: ChatContext, env: BotEnv): Promise<View> {
  if (parsed.kind === "unknown") return unknownView(parsed.text);
  if (parsed.kind === "invalid") return helpView(commandHelp(), { topic: parsed.command, note: parsed.message });
  const handler = COMMAND_TABLE[parsed.kind].handler as Handler<KnownKind>;
  return handler(parsed as never, ctx, env);
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

/** The platform-neutral bot: commands, free-text messages and thread Q&A. */
export function botCore(env: BotEnv): BotCore {
  const core: BotCore = {
    answer: (question, ctx) => guarded(env, "answer", () => answerQuestion(question.trim(), ctx, env)),
    handleCommand: (text, ctx) => guarded(env, "command", async () => dispatch(parseCommand(await withThreadIncident(text, ctx, env)), ctx, env)),
    async handleMessage(text, ctx) {
      const stripped = stripPrefix(text);
      return isCommandMessage(stripped) ? core.handleCommand(stripped, ctx) : core.answer(stripped, ctx);
    },
  };
  return core;
}

