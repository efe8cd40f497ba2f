import type { ChatContext } from "../domain/chat.js";
import type { ReaderProfile } from "../domain/reader-profile.js";
import type { View } from "../domain/view.js";

/**
 * How a command delivers a result that comes later. `add URL` reads a web page, which takes
 * seconds, longer than Slack (3 s) or Teams (15 s) let a request wait: with a FollowUp the core
 * answers at once ("Reading the article…") and calls `send` with the result when it is ready.
 * Slack implements it with the command's response_url (or chat.postMessage in a thread), Teams
 * with a proactive message in the conversation. Without one, the core waits and returns the result.
 */
export interface FollowUp {
  /** Posts a later view where the command was asked. Failures are logged by the core, not retried. */
  send(view: View): Promise<void>;
}

/** Options of a command or message. */
export interface CommandOptions {
  /** Where results that take longer go; see FollowUp. */
  followUp?: FollowUp;
  /**
   * Run the command only if it changes nothing (a "Post to channel" click re-running a lookup);
   * anything else is answered with an explanation and not run.
   */
  readOnlyOnly?: boolean;
}

/**
 * What every chat adapter calls. Platform-neutral: adapters convert their payloads into a
 * ChatContext and the command/question text, and render the returned View.
 */
export interface BotCore {
  /** Runs one `/breach …` command (text without the leading "/breach" or "breach"). Never throws for bad input. */
  handleCommand(text: string, ctx: ChatContext, options?: CommandOptions): Promise<View>;
  /**
   * A free-text message addressed to the bot (mention, thread reply, console line).
   * Commands are recognised; anything else is treated as a question about the thread's
   * incident (ctx.incidentId or the thread's recorded incident) or an incident named in it.
   */
  handleMessage(text: string, ctx: ChatContext, options?: CommandOptions): Promise<View>;
  /** Thread Q&A: answers a question about an incident, citing sources. */
  answer(question: string, ctx: ChatContext): Promise<View>;
  /**
   * The reader profile of a workspace (as `profile` set it), from the core's short-lived cache, or null.
   * The scheduler uses it to word digests and flag alerts for each workspace.
   */
  readerProfile?(who: Pick<ChatContext, "platform" | "workspaceId">): Promise<ReaderProfile | null>;
  /** Resolves once the results still being worked on (sent through a FollowUp) have been sent. */
  settle?(): Promise<void>;
}
