import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { Logger } from "../../src/logger.js";
import { renderText } from "./console.render.js";

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
}

export const CONSOLE_PROMPT = "breach> ";
const EXIT_WORDS = new Set(["exit", "quit", ":q"]);
const WELCOME = "Breach Radar console. Type `help` for commands, `latest`, `show ID`, then ask questions like \"was passport data taken?\". `exit` or Ctrl-D quits.";

/**
 * An interactive session: the same commands and questions as Slack and Teams, rendered as text.
 * The last incident shown becomes the "thread", so follow-up questions work. Resolves when the
 * user types `exit`, the input ends (Ctrl-D) or `signal` aborts.
 */
export async function startConsole(options: ConsoleOptions): Promise<void> {
  const { core, input, output, logger } = options;
  const rl = createInterface({ input, output, terminal: Boolean((input as { isTTY?: boolean }).isTTY), crlfDelay: Infinity, historySize: 200 });
  const onAbort = () => rl.close();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  const ctx: ChatContext = { platform: "console", workspaceId: "local", target: "console:local", userId: options.userId ?? "local", threadId: "console" };
  let lastIncident: string | undefined;
  output.write(`${WELCOME}\n${CONSOLE_PROMPT}`);
  try {
    for await (const raw of rl) {
      const text = raw.trim();
      if (EXIT_WORDS.has(text.toLowerCase())) break;
      if (text !== "") {
        const view = await core.handleMessage(text, { ...ctx, incidentId: lastIncident });
        lastIncident = view.incidentId ?? lastIncident;
        output.write(`${renderText(view)}\n\n`);
      }
      output.write(CONSOLE_PROMPT);
    }
  } catch (error) {
    logger.error("console session failed", { error });
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    rl.close();
    output.write("\nBye.\n");
  }
}
