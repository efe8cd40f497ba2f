/** One `breach-radar` subcommand. Its module is loaded only when it runs, so the CLI starts fast. */
export interface CliCommand {
  name: string;
  /** Returns the process exit code (0 success, 1 failure, 2 usage error). Writes its own output to `io`. */
  run(args: string[], io: CliIO): Promise<number>;
}

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when `out` is a terminal (progress lines, colours are worth it). */
  readonly isTerminal?: boolean;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
  get isTerminal() {
    return Boolean(process.stdout.isTTY);
  },
};
