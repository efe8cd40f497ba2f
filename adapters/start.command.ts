import type { CliCommand } from "../src/cli/command.js";

export const command: CliCommand = {
  name: "start",
  usage: "start",
  summary: "Run the bot",
  async run() {
    const { runUntilSignalled } = await import("./main.js");
    await runUntilSignalled();
    // Keep the process alive; shutdown happens on a signal or console exit.
    await new Promise<never>(() => undefined);
    return 0;
  },
};
