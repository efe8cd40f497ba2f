import type { ChatContext } from "../domain/chat.js";
import type { View } from "../domain/view.js";

/**
 * What every chat adapter calls. Platform-neutral: adapters convert their payloads into a
 * ChatContext and the command/question text, and render the returned View.
 */
export interface BotCore {
  /** Runs one `/breach …` command (text without the leading "/breach" or "breach"). Never throws for bad input. */
  handleCommand(text: string, ctx: ChatContext): Promise<View>;
  /**
   * A free-text message addressed to the bot (mention, thread reply, console line).
   * Commands are recognised; anything else is treated as a question about the thread's
   * incident (ctx.incidentId or the thread's recorded incident) or an incident named in it.
   */
  handleMessage(text: string, ctx: ChatContext): Promise<View>;
  /** Thread Q&A: answers a question about an incident, citing sources. */
  answer(question: string, ctx: ChatContext): Promise<View>;
}
