import type { ChatPoster, PostedMessage } from "../../src/domain/chat.js";
import { BreachRadarError } from "../../src/domain/errors.js";
import type { View } from "../../src/domain/view.js";
import type { Logger } from "../../src/logger.js";
import type { ConsoleChannel } from "./console.channel.js";
import { renderText } from "./console.render.js";

/** Console targets are "console:<name>" ("console:local" for the terminal session, "console:cli" for `ask`). */
export const CONSOLE_TARGET_PREFIX = "console:";

const LABELS: Partial<Record<View["kind"], string>> = { digest: "Digest", alert: "Alert" };

/** The posted block: a header line with what and when, then the view as terminal text. */
export function consoleBlock(target: string, view: View, at: Date): string {
  const what = LABELS[view.kind] ?? "Message";
  const header = `--- ${what} for ${target.slice(CONSOLE_TARGET_PREFIX.length)} · ${at.toISOString().slice(0, 16).replace("T", " ")} UTC ---`;
  return `${header}\n${renderText(view)}`;
}

/**
 * The console's ChatPoster: digests and alerts of subscriptions and watches made in the console
 * appear in the running console session, or in the console file when no session is attached.
 */
export function createConsolePoster(options: { channel: ConsoleChannel; logger: Logger; now?: () => Date }): ChatPoster {
  const now = options.now ?? (() => new Date());
  let sequence = 0;
  return {
    platform: "console",
    async post(target, view): Promise<PostedMessage> {
      if (!target.startsWith(CONSOLE_TARGET_PREFIX)) throw new BreachRadarError("PLATFORM_ERROR", `Not a console target: ${target.slice(0, 100)}`);
      const at = now();
      const where = options.channel.deliver(consoleBlock(target, view, at));
      const messageId = `console-${at.getTime()}-${++sequence}`;
      options.logger.info("posted to the console", { target, kind: view.kind, where, ...(where === "file" ? { file: options.channel.file } : {}) });
      return { messageId, threadId: messageId };
    },
  };
}
