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

/** Help generated from the command table: all commands, or one in detail. `note` explains what went wrong. */
export function helpView(entries: CommandHelp[], options: { topic?: string; note?: string } = {}): View {
  const one = entries.find((e) => e.name === options.topic);
  const sections: ViewSection[] = [];
  if (options.note) sections.push({ text: options.note });
  if (one) {
    sections.push({ heading: `breach ${one.syntax}`, text: one.summary, bullets: one.examples.map((e) => `breach ${e}`) });
  } else {
    sections.push({ heading: "Commands", bullets: entries.map((e) => `${e.syntax} — ${e.summary}`) });
    sections.push({
      heading: "Questions",
      text: "In a thread about an incident (or naming one), ask e.g. \"was passport data taken?\", \"how many customers?\", \"who is behind it?\", \"what should our call centre say?\"",
    });
  }
  return finishView({
    kind: "help",
    title: one ? `Help: ${one.name}` : "Breach Radar commands",
    sections,
    context: one ? undefined : "Type `help COMMAND` for examples.",
    ephemeral: true,
  });
}

/** The `help [COMMAND]` handler, over the table it is given. */
export function makeHelpHandler(entries: () => CommandHelp[]) {
  return async (cmd: { topic?: string }): Promise<View> => helpView(entries(), { topic: cmd.topic });
}
