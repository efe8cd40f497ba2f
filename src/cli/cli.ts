import { commandHelpText, USAGE_ERROR, type CommandSpec } from "./cli.args.js";
import { CLI_SPECS } from "./cli.specs.js";
import { processIO, type CliCommand, type CliIO } from "./command.js";

interface Entry {
  spec: CommandSpec;
  load: () => Promise<{ command: CliCommand }>;
}

/** The subcommand table; `breach-radar --help` and each `COMMAND --help` are generated from CLI_SPECS. */
const COMMANDS: Entry[] = [
  { spec: CLI_SPECS.start, load: () => import("../../adapters/start.command.js") },
  { spec: CLI_SPECS.extract, load: () => import("./extract.command.js") },
  { spec: CLI_SPECS.ingest, load: () => import("./ingest.command.js") },
  { spec: CLI_SPECS.feeds, load: () => import("./feeds.command.js") },
  { spec: CLI_SPECS.incidents, load: () => import("./incidents.command.js") },
  { spec: CLI_SPECS.ask, load: () => import("../../adapters/console/ask.command.js") },
  { spec: CLI_SPECS.export, load: () => import("./export.command.js") },
  { spec: CLI_SPECS.tokens, load: () => import("./tokens.command.js") },
  { spec: CLI_SPECS.profiles, load: () => import("./profiles.command.js") },
  { spec: CLI_SPECS.db, load: () => import("./db.command.js") },
];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.spec.name.length));
  const lines = COMMANDS.map((c) => `  breach-radar ${c.spec.name.padEnd(width)}  ${c.spec.summary}`);
  return [
    "Breach Radar: third-party data-breach intelligence for chat.", "", "Usage:", ...lines, "",
    "Run `breach-radar COMMAND --help` for its options.", "Exit status: 0 success, 1 failure, 2 usage error.",
  ].join("\n");
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText());
    return name ? 0 : USAGE_ERROR;
  }
  const entry = COMMANDS.find((c) => c.spec.name === name);
  if (!entry) {
    io.err(`Unknown command: ${name.slice(0, 60)}\n\n${helpText()}`);
    return USAGE_ERROR;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(commandHelpText(entry.spec));
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
