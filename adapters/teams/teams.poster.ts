import type { CloudAdapter, ConversationReference, ResourceResponse } from "botbuilder";
import { z } from "zod";
import type { ChatPoster, PostedMessage } from "../../src/domain/chat.js";
import { BreachRadarError } from "../../src/domain/errors.js";
import type { View } from "../../src/domain/view.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import { viewToActivity } from "./teams.activity.js";
import { mapTeamsError } from "./teams.errors.js";
import { isLoopbackUrl } from "./teams.local.js";
import { decodeTeamsTarget, threadConversationId } from "./teams.target.js";
import type { TeamsConversationKind } from "./teams.wording.js";

/** Default timeout of one proactive post; the outbox's own deadline is a little longer. */
export const POST_TIMEOUT_MS = 10_000;

export interface TeamsPosterDeps {
  adapter: CloudAdapter;
  /** MicrosoftAppId ("" in emulator/test mode). */
  appId: string;
  store: Store;
  logger: Logger;
  /** Local Teams mode (no credentials): post only to a connector on this machine. */
  localOnly?: boolean;
}

/** The minimum a stored reference needs for continueConversationAsync; the rest is passed through. */
const StoredReference = z
  .object({
    serviceUrl: z.string().url(),
    channelId: z.string().min(1),
    conversation: z.object({ id: z.string().min(1), conversationType: z.string().optional() }).passthrough(),
  })
  .passthrough();

async function loadReference(deps: TeamsPosterDeps, target: string, given: unknown): Promise<Partial<ConversationReference>> {
  const raw = given ?? (await deps.store.getInstallation("teams", target));
  if (raw === null || raw === undefined) {
    throw new BreachRadarError("TARGET_GONE", `No Teams conversation reference stored for ${target}; the bot must be added again`);
  }
  const parsed = StoredReference.safeParse(raw);
  if (!parsed.success) throw new BreachRadarError("INVALID_INPUT", `Stored Teams conversation reference for ${target} is malformed`);
  if (deps.localOnly && !isLoopbackUrl(parsed.data.serviceUrl)) {
    throw new BreachRadarError("PLATFORM_ERROR", `Local Teams mode posts only to a connector on this machine; ${target} needs MicrosoftAppId to be reached`);
  }
  return parsed.data as unknown as Partial<ConversationReference>;
}

/** Aims the reference at the target's conversation, or at one reply chain of a channel. */
function aim(ref: Partial<ConversationReference>, conversationId: string, threadId: string | undefined): { ref: Partial<ConversationReference>; isChannel: boolean } {
  const conversation = ref.conversation!;
  const isChannel = conversation.conversationType === "channel";
  const id = isChannel && threadId ? threadConversationId(conversationId, threadId) : conversationId;
  const { activityId: _activityId, teamId: _teamId, ...rest } = ref as Partial<ConversationReference> & { teamId?: unknown };
  return { ref: { ...rest, conversation: { ...conversation, id } }, isChannel };
}

const KINDS: readonly string[] = ["personal", "groupChat", "channel"] satisfies TeamsConversationKind[];

/** The conversation type a stored reference points at (older references may lack it: treat as personal). */
function conversationKindOf(ref: Partial<ConversationReference>): TeamsConversationKind {
  const type = ref.conversation?.conversationType;
  if (type && KINDS.includes(type)) return type as TeamsConversationKind;
  return ref.conversation?.isGroup ? "groupChat" : "personal";
}

/**
 * Proactive posting (digests, alerts) through CloudAdapter.continueConversationAsync with the
 * stored ConversationReference; `adapter` should be built on `proactiveAuth` so the SDK neither
 * retries nor waits out a Retry-After inside the call. Failures map as in teams.errors.ts. Recording
 * the returned activity id (and which incident a post is about) is the outbox's job. Teams gives a bot
 * no way to read its recent messages, so there is no `findPosted`: a post whose answer was lost is sent
 * again (at-least-once).
 */
export function createTeamsPoster(deps: TeamsPosterDeps): ChatPoster {
  async function send(ref: Partial<ConversationReference>, view: View): Promise<ResourceResponse | undefined> {
    let sent: ResourceResponse | undefined;
    let failure: unknown;
    // Errors are caught inside the turn: otherwise the adapter's onTurnError would swallow them.
    await deps.adapter.continueConversationAsync(deps.appId, ref, async (context) => {
      // The continuation activity has a random id the SDK would "reply to"; a proactive post is a
      // new message in the conversation (POST /v3/conversations/{id}/activities), so drop it.
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      try {
        sent = await context.sendActivity(viewToActivity(view, { conversation: conversationKindOf(ref) }));
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
    return sent;
  }

  return {
    platform: "teams",
    async post(target, view, options = {}): Promise<PostedMessage> {
      const { conversationId } = decodeTeamsTarget(target);
      const stored = await loadReference(deps, target, options.conversationRef);
      const { ref, isChannel } = aim(stored, conversationId, options.threadId);
      let sent: ResourceResponse | undefined;
      try {
        sent = await send(ref, view);
      } catch (error) {
        const mapped = mapTeamsError(error, "post");
        deps.logger.warn("teams post failed", { target, code: mapped.code, retryAfterSec: mapped.retryAfterSec });
        throw mapped;
      }
      if (!sent?.id) throw new BreachRadarError("PLATFORM_ERROR", `Teams post to ${target} returned no message id`);
      const threadId = isChannel ? (options.threadId ?? sent.id) : conversationId;
      return { messageId: sent.id, threadId };
    },
  };
}
