/** Command-line options as data: the same table parses the arguments and writes `--help`. */
export interface OptionSpec {
  /** Long form, e.g. "--json". */
  flag: string;
  /** Short form, e.g. "-c". */
  short?: string;
  /** Placeholder of the value it takes ("ID"); absent for a switch. */
  value?: string;
  help: string;
}

/** One subcommand's usage, summary, options and extra help lines. */
export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  options: OptionSpec[];
  /** More lines for `breach-radar NAME --help` (sub-actions, examples). */
  details?: string[];
}

/** Arguments parsed by a CommandSpec. */
export interface ParsedArgs {
  /** Switches as true, valued options as their (last) value, keyed by long flag without dashes. */
  options: Record<string, string | true>;
  positionals: string[];
}

/** Exit status of a usage error (bad option, missing argument). */
export const USAGE_ERROR = 2;

function findOption(spec: CommandSpec, word: string): OptionSpec | undefined {
  return spec.options.find((o) => o.flag === word || o.short === word);
}

/** Parses `args` by the spec; unknown options and missing values come back as an error text. `--` ends options. */
export function parseArgs(spec: CommandSpec, args: string[]): ParsedArgs | { error: string } {
  const out: ParsedArgs = { options: {}, positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      out.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      out.positionals.push(arg);
      continue;
    }
    const [word = "", inline] = arg.startsWith("--") ? splitInline(arg) : [arg, undefined];
    const option = findOption(spec, word);
    if (!option) return { error: `Unknown option ${word.slice(0, 60)}` };
    const key = option.flag.replace(/^--/, "");
    if (!option.value) {
      if (inline !== undefined) return { error: `${option.flag} takes no value` };
      out.options[key] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) return { error: `${option.flag} needs a value (${option.value})` };
    out.options[key] = value;
  }
  return out;
}

function splitInline(arg: string): [string, string | undefined] {
  const at = arg.indexOf("=");
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

/** `breach-radar NAME --help`: usage, summary, every option, details. */
export function commandHelpText(spec: CommandSpec): string {
  const lines = [`Usage: breach-radar ${spec.usage}`, "", spec.summary];
  if (spec.options.length > 0) {
    const label = (o: OptionSpec) => `${o.short ? `${o.short}, ` : ""}${o.flag}${o.value ? ` ${o.value}` : ""}`;
    const width = Math.max(...spec.options.map((o) => label(o).length));
    lines.push("", "Options:", ...spec.options.map((o) => `  ${label(o).padEnd(width)}  ${o.help}`));
  }
  if (spec.details?.length) lines.push("", ...spec.details);
  lines.push("", "Exit status: 0 success, 1 failure, 2 usage error.");
  return lines.join("\n");
}
