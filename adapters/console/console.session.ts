import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { parseCommand } from "../../src/bot/index.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { View } from "../../src/domain/view.js";
import type { Logger } from "../../src/logger.js";
import type { ConsoleChannel } from "./console.channel.js";
import { renderText } from "./console.render.js";
import { localAction } from "./console.words.js";

/** Options of startConsole. */
export interface ConsoleOptions {
  core: BotCore;
  input: Readable;
  output: Writable;
  logger: Logger;
  /** Ends the session when aborted (e.g. on SIGTERM). */
  signal?: AbortSignal;
  /** User name shown in logs (default "local"). */
  userId?: string;
  /** Digests and alerts for console subscriptions and watches are shown in this session while it runs. */
  channel?: ConsoleChannel;
}

export const CONSOLE_PROMPT = "breach> ";
/** The session's target: subscriptions and watches made here are posted back here. */
export const CONSOLE_TARGET = "console:local";
const WELCOME = "Breach Radar console. Type `help` for commands, `latest`, `show ID`, then ask questions like \"was passport data taken?\". `clear` clears the screen, `exit` or Ctrl-D quits.";
const CLEARED = "Cleared. No incident selected: `latest`, `search NAME` or `show ID` picks one.";
const CLEAR_SCREEN = "\u001b[2J\u001b[3J\u001b[H";

const isTerminal = (stream: unknown): boolean => Boolean((stream as { isTTY?: boolean }).isTTY);

/** Has results: a list view with at least one item. */
const hasItems = (view: View): boolean => view.sections.some((s) => (s.items?.length ?? 0) > 0);

/**
 * What one typed line becomes. A lone word that is not a command is not a question about the last
 * incident: it is looked up (`search WORD`), and without a match gets the command help.
 */
async function answerLine(core: BotCore, text: string, ctx: ChatContext): Promise<View> {
  const single = !/\s/.test(text) && !text.endsWith("?");
  if (!single || parseCommand(text).kind !== "unknown") return core.handleMessage(text, ctx);
  if (text.length >= 3) {
    const found = await core.handleCommand(`search ${text}`, ctx);
    if (hasItems(found)) return found;
  }
  return core.handleCommand(text, ctx);
}

/** Shows a posted digest or alert above the prompt without losing what the user is typing. */
function attachPosts(options: ConsoleOptions, rl: Interface, terminal: boolean): () => void {
  if (!options.channel) return () => undefined;
  return options.channel.attach({
    write(block) {
      if (terminal) {
        options.output.write(`\r\u001b[2K${block}\n\n`);
        rl.prompt(true);
      } else {
        options.output.write(`\n${block}\n\n`);
      }
    },
  });
}

/**
 * An interactive session: the same commands and questions as Slack and Teams, rendered as text,
 * passed to the bot as typed (so answers can follow the question's language). The last incident
 * shown becomes the "thread", so follow-up questions work. Subscriptions and watches made here post
 * into the session. Resolves when the user quits, the input ends (Ctrl-D) or `signal` aborts.
 */
export async function startConsole(options: ConsoleOptions): Promise<void> {
  const { core, input, output, logger } = options;
  const terminal = isTerminal(input);
  const rl = createInterface({ input, output, terminal, crlfDelay: Infinity, historySize: 200, prompt: CONSOLE_PROMPT });
  const onAbort = () => rl.close();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  const detach = attachPosts(options, rl, terminal);
  const ctx: ChatContext = { platform: "console", workspaceId: "local", target: CONSOLE_TARGET, userId: options.userId ?? "local", threadId: "console" };
  let lastIncident: string | undefined;
  output.write(`${WELCOME}\n`);
  rl.prompt();
  try {
    for await (const raw of rl) {
      const text = raw.trim();
      const local = localAction(text);
      if (local === "quit") break;
      if (local === "clear") {
        lastIncident = undefined;
        output.write(`${terminal && isTerminal(output) ? CLEAR_SCREEN : ""}${CLEARED}\n\n`);
      } else if (text !== "") {
        const view = await answerLine(core, text, { ...ctx, incidentId: lastIncident });
        lastIncident = view.incidentId ?? lastIncident;
        output.write(`${renderText(view)}\n\n`);
      }
      rl.prompt();
    }
  } catch (error) {
    logger.error("console session failed", { error });
  } finally {
    detach();
    options.signal?.removeEventListener("abort", onAbort);
    rl.close();
    output.write("\nBye.\n");
  }
}
