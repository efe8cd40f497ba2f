import { renderText } from "./console.render.js";
import { createBotCore, parseCommand } from "../../src/bot/index.js";
import { loadConfig } from "../../src/config.js";
import type { ChatContext } from "../../src/domain/chat.js";
import { createLogger } from "../../src/logger.js";
import { parseArgs, USAGE_ERROR } from "../../src/cli/cli.args.js";
import { CLI_SPECS } from "../../src/cli/cli.specs.js";
import { LOAD_DATA_HINT, withExistingStore } from "../../src/cli/cli.store.js";
import type { CliCommand, CliIO } from "../../src/cli/command.js";

const USAGE = `Usage: breach-radar ${CLI_SPECS.ask.usage}`;

interface AskArgs { command: string | null; question: string; incidentId?: string }

function readArgs(args: string[]): AskArgs | string {
  const parsed = parseArgs(CLI_SPECS.ask, args);
  if ("error" in parsed) return parsed.error;
  const command = typeof parsed.options.command === "string" ? parsed.options.command : null;
  const incidentId = typeof parsed.options.incident === "string" ? parsed.options.incident : undefined;
  const question = parsed.positionals.join(" ").trim();
  if (command === null && question === "") return "Give a question or --command";
  if (command !== null && question !== "") return "Give either a question or --command, not both";
  if (command !== null && command.trim() === "") return "--command needs the command text, e.g. --command \"latest airline\"";
  return { command, question, incidentId };
}

/** Runs one question or command against the configured store and prints it as text. */
export async function runAsk(args: string[], io: CliIO, env: Record<string, string | undefined> = process.env): Promise<number> {
  const parsed = readArgs(args);
  if (typeof parsed === "string") {
    io.err(`${parsed}\n${USAGE}`);
    return USAGE_ERROR;
  }
  // An unknown or malformed command still gets its help view printed, then exits as a usage error.
  const command = parsed.command === null ? null : parseCommand(parsed.command);
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  return withExistingStore(config, logger, async (store) => {
    if ((await store.countIncidents()) === 0) io.err(`The store has no incidents yet. ${LOAD_DATA_HINT}`);
    const core = createBotCore({ store, logger, config });
    const ctx: ChatContext = { platform: "console", workspaceId: "local", target: "console:cli", userId: "cli", incidentId: parsed.incidentId };
    const view = parsed.command !== null ? await core.handleCommand(parsed.command, ctx) : await core.handleMessage(parsed.question, ctx);
    io.out(renderText(view));
    if (command?.kind === "unknown" || command?.kind === "invalid") return USAGE_ERROR;
    return view.kind === "error" ? 1 : 0;
  });
}

export const command: CliCommand = { name: "ask", run: (args, io) => runAsk(args, io) };
