import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { ListenerDeps } from "./slack.deps.js";
import { toChatContext } from "./slack.context.js";
import { ACTION_PREFIX } from "./slack.render.js";
import { afterAck, deliverView, postView, responseFollowUp, runCore } from "./slack.reply.js";
import { encodeSlackTarget } from "./slack.target.js";

/** `breach:<id>:<n>` → `<id>` ("actions", "sources", "post", …). */
export const actionKind = (actionId: string): string => actionId.slice(ACTION_PREFIX.length).split(":")[0] ?? "";

/**
 * Buttons ("Recommended actions", "Sources", "Subscribe this channel", "Watch vendor", "Show more",
 * "Post to channel"): ack, then run the button's command (its value) through the core.
 * "Post to channel" posts the resulting view publicly as the bot; the others answer the clicker.
 */
export function registerActionListener(app: App, deps: ListenerDeps): void {
  const log = deps.logger.child({ listener: "action" });
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_PREFIX}`), async ({ ack, body, action, respond, client, context }) => {
    await ack();
    await afterAck();
    const teamId = body.team?.id ?? context.teamId;
    const channelId = body.channel?.id;
    if (!teamId || !channelId) {
      log.warn("button outside a channel ignored", { actionId: action.action_id });
      return;
    }
    const target = encodeSlackTarget({ teamId, channelId });
    const threadId: string | undefined = body.message?.thread_ts;
    const rootTs: string | undefined = threadId ?? body.message?.ts;
    const incidentId = rootTs ? await deps.store.incidentForThread(target, rootTs).catch(() => null) : null;
    const ctx = toChatContext({ teamId, channelId, userId: body.user.id, threadId, incidentId: incidentId ?? undefined });
    // A button's value is the command text we rendered; Slack returns it verbatim (not in its message format).
    const command = action.value ?? "";
    const post = actionKind(action.action_id) === "post";
    const io = { respond, client };
    // A "Post to channel" click only ever re-runs a lookup; the core refuses anything that changes a setting.
    const options = post ? { readOnlyOnly: true } : { followUp: responseFollowUp(deps, io, ctx, command) };
    const view = await runCore(log, "handleCommand", () => deps.core.handleCommand(command, ctx, options));
    try {
      if (post && view.readOnly) {
        await postView(deps, client, ctx, { ...view, ephemeral: false }, body.message?.thread_ts);
      } else {
        await deliverView(deps, io, ctx, view, command);
      }
    } catch (error) {
      log.error("could not answer button", { target, error });
      await respond({ response_type: "ephemeral", replace_original: false, text: "Breach Radar could not post here (is the app in this channel?)." }).catch(() => undefined);
    }
  });
}
