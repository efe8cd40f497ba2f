/** One `breach-radar` subcommand. Its module is loaded only when it runs, so the CLI starts fast. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Returns the process exit code. Writes its own output to `io`. */
  run(args: string[], io: CliIO): Promise<number>;
}

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
};
