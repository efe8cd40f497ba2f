import type { CliCommand } from "../src/cli/command.js";

export const command: CliCommand = {
  name: "start",
  async run(args, io) {
    if (args.length > 0) {
      io.err("Usage: breach-radar start (settings come from environment variables; see .env.example)");
      return 2;
    }
    const { runUntilSignalled } = await import("./main.js");
    await runUntilSignalled();
    // Keep the process alive; shutdown happens on a signal or console exit.
    await new Promise<never>(() => undefined);
    return 0;
  },
};
