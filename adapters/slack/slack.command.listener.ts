import type { App } from "@slack/bolt";
import type { ListenerDeps } from "./slack.deps.js";
import { toChatContext } from "./slack.context.js";
import { decodeSlackText } from "./slack.decode.js";
import { afterAck, deliverView, responseFollowUp, runCore } from "./slack.reply.js";

/** The slash command the manifest declares. */
export const SLASH_COMMAND = "/breach";

/**
 * `/breach …`: ack FIRST (Slack's 3-second limit), decode Slack's text (entities, <links>,
 * <@mentions>), then compute through the core and answer through response_url. Convert and forward only.
 */
export function registerCommandListener(app: App, deps: ListenerDeps): void {
  const log = deps.logger.child({ listener: "command" });
  app.command(SLASH_COMMAND, async ({ ack, command, respond, client }) => {
    await ack();
    await afterAck();
    const ctx = toChatContext({ teamId: command.team_id, channelId: command.channel_id, userId: command.user_id });
    const text = decodeSlackText(command.text);
    const io = { respond, client };
    const followUp = responseFollowUp(deps, io, ctx, text);
    const view = await runCore(log, "handleCommand", () => deps.core.handleCommand(text, ctx, { followUp }));
    try {
      await deliverView(deps, io, ctx, view, text);
    } catch (error) {
      log.error("could not answer command", { target: ctx.target, error });
    }
  });
}
