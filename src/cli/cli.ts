import { processIO, type CliCommand, type CliIO } from "./command.js";

interface Entry {
  name: string;
  usage: string;
  summary: string;
  load: () => Promise<{ command: CliCommand }>;
}

/** The subcommand table; `breach-radar --help` is generated from it. */
const COMMANDS: Entry[] = [
  { name: "start", usage: "start", summary: "Run the bot: store, HTTP server, Slack/Teams adapters, scheduler, console", load: () => import("../../adapters/start.command.js") },
  { name: "extract", usage: "extract [--json] FILE...", summary: "Extract structured breach incidents from article files", load: () => import("./extract.command.js") },
  { name: "ingest", usage: "ingest [--once] [FILE|URL...]", summary: "Poll the configured feeds (or ingest the given files/URLs) into the store", load: () => import("./ingest.command.js") },
  { name: "feeds", usage: "feeds list|add URL|remove URL", summary: "Manage the news feeds that are polled", load: () => import("./feeds.command.js") },
  { name: "ask", usage: 'ask "QUESTION" | ask --command "latest airline"', summary: "Answer one question (or run one /breach command) and exit", load: () => import("../../adapters/console/ask.command.js") },
  { name: "export", usage: "export --format stix|json|csv [--since DATE|Nd] [--sector S] [--incident ID]... [--out FILE]", summary: "Export incidents as STIX 2.1, JSON or CSV (streams; to a file or stdout)", load: () => import("./export.command.js") },
  { name: "tokens", usage: "tokens create NAME [--rate N] | tokens list | tokens revoke ID|PREFIX", summary: "Manage the API tokens of the TAXII collection and the JSON API (stored hashed)", load: () => import("./tokens.command.js") },
  { name: "db", usage: "db migrate|status", summary: "Apply database migrations (done automatically at start) or show status", load: () => import("./db.command.js") },
];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  const lines = COMMANDS.map((c) => `  breach-radar ${c.usage.padEnd(width)}  ${c.summary}`);
  return ["Breach Radar: third-party data-breach intelligence for chat.", "", "Usage:", ...lines, "", "Run `breach-radar COMMAND --help` for details."].join("\n");
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText());
    return name ? 0 : 1;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`Unknown command: ${name}\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`Usage: breach-radar ${entry.usage}\n\n${entry.summary}`);
    return 0;
  }
  try {
    const { command } = await entry.load();
    return await command.run(rest, io);
  } catch (error) {
    const e = error as Error & { code?: string };
    io.err(`breach-radar ${name}: ${e.code ? `[${e.code}] ` : ""}${e.message}`);
    return 1;
  }
}
