import { commandRef } from "../../domain/command-ref.js";
import type { View, ViewSection } from "../../domain/view.js";
import type { KnownKind } from "../grammar/command.schema.js";
import { finishView } from "../views/view.builder.js";

/** The help-relevant part of a command-table entry. */
export interface CommandHelp {
  name: KnownKind;
  syntax: string;
  summary: string;
  examples: string[];
}

/** Where the bot listens, said once in help: the same on every chat platform. */
const WHERE_TO_ASK =
  "In a direct chat, just type. In a shared channel or group chat, mention me first; in a thread under one of my incident posts, just reply.";

/**
 * Help generated from the command table: every command, or one in detail. `note` explains what went
 * wrong. Commands are named with commandRef() so each platform words them its own way.
 */
export function helpView(entries: CommandHelp[], options: { topic?: string; note?: string } = {}): View {
  const one = entries.find((e) => e.name === options.topic);
  const sections: ViewSection[] = [];
  if (options.note) sections.push({ text: options.note });
  if (one) {
    sections.push({ text: `${commandRef(one.syntax)} — ${one.summary}` }, { heading: "Examples", bullets: one.examples.map(commandRef) });
  } else {
    sections.push({ heading: "Commands", bullets: entries.map((e) => `${commandRef(e.syntax)} — ${e.summary}`) });
    sections.push({
      heading: "Questions",
      text: `Ask about an incident, e.g. "was passport data taken?", "how many customers?", "who is behind it?", "what should our call centre say?". ${WHERE_TO_ASK}`,
    });
  }
  return finishView({
    kind: "help",
    title: one ? `Help: ${one.name}` : "Breach Radar commands",
    sections,
    context: one ? undefined : `Type ${commandRef("help COMMAND")} for examples.`,
    ephemeral: true,
  });
}

/** The `help [COMMAND]` handler, over the table it is given. */
export function makeHelpHandler(entries: () => CommandHelp[]) {
  return async (cmd: { topic?: string }): Promise<View> => helpView(entries(), { topic: cmd.topic });
}
