import { renderText } from "./console.render.js";
import { createBotCore } from "../../src/bot/index.js";
import { loadConfig } from "../../src/config.js";
import type { ChatContext } from "../../src/domain/chat.js";
import { createLogger } from "../../src/logger.js";
import { withStore } from "../../src/cli/cli.store.js";
import type { CliCommand, CliIO } from "../../src/cli/command.js";

const USAGE = 'ask "QUESTION" [--incident ID] | ask --command "latest airline"';

interface AskArgs { command: string | null; question: string; incidentId?: string }

function parseArgs(args: string[]): AskArgs | string {
  let command: string | null = null;
  let incidentId: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--command" || a === "-c") command = args[++i] ?? "";
    else if (a.startsWith("--command=")) command = a.slice("--command=".length);
    else if (a === "--incident") incidentId = args[++i];
    else if (a.startsWith("--")) return `Unknown option ${a}`;
    else words.push(a);
  }
  const question = words.join(" ").trim();
  if (command === null && question === "") return "Give a question or --command";
  return { command, question, incidentId };
}

/** Runs one question or command against the configured store and prints it as text. */
export async function runAsk(args: string[], io: CliIO, env: Record<string, string | undefined> = process.env): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    io.err(`${parsed}\nUsage: breach-radar ${USAGE}`);
    return 2;
  }
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  return withStore(config, logger, async (store) => {
    const core = createBotCore({ store, logger, config });
    const ctx: ChatContext = { platform: "console", workspaceId: "local", target: "console:cli", userId: "cli", incidentId: parsed.incidentId };
    const view = parsed.command !== null ? await core.handleCommand(parsed.command, ctx) : await core.handleMessage(parsed.question, ctx);
    io.out(renderText(view));
    return view.kind === "error" ? 1 : 0;
  });
}

export const command: CliCommand = {
  name: "ask",
  usage: USAGE,
  summary: "Answer one question (or run one /breach command) and exit",
  run: (args, io) => runAsk(args, io),
};
