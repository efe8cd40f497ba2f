import { BreachRadarError } from "../../src/domain/errors.js";

/** A decoded Teams target: the tenant and the conversation (channel, group chat or 1:1 chat) without thread suffix. */
export interface TeamsTarget {
  tenantId: string;
  conversationId: string;
}

const PREFIX = "teams";
/** Teams marks a channel reply chain by suffixing the channel's conversation id with `;messageid=<root id>`. */
const THREAD_SUFFIX = /;messageid=([^;]+)$/;
/** Emulator and some test channels carry no tenant; the target still needs a stable segment. */
export const NO_TENANT = "none";

/** `teams:<tenantId>:<conversationId>`. The conversation id may itself contain colons ("19:…@thread.tacv2", "a:1…"). */
export function encodeTeamsTarget(target: TeamsTarget): string {
  const tenant = target.tenantId || NO_TENANT;
  if (tenant.includes(":")) throw new BreachRadarError("INVALID_INPUT", `Teams tenant id must not contain ':' (${tenant})`);
  if (!target.conversationId) throw new BreachRadarError("INVALID_INPUT", "Teams conversation id is empty");
  return `${PREFIX}:${tenant}:${baseConversationId(target.conversationId)}`;
}

/** Inverse of encodeTeamsTarget. Throws INVALID_INPUT for anything that is not a Teams target. */
export function decodeTeamsTarget(target: string): TeamsTarget {
  const first = target.indexOf(":");
  const second = first < 0 ? -1 : target.indexOf(":", first + 1);
  if (first < 0 || second < 0 || target.slice(0, first) !== PREFIX) {
    throw new BreachRadarError("INVALID_INPUT", `Not a Teams target: ${target.slice(0, 80)}`);
  }
  const tenantId = target.slice(first + 1, second);
  const conversationId = target.slice(second + 1);
  if (!tenantId || !conversationId) throw new BreachRadarError("INVALID_INPUT", `Incomplete Teams target: ${target.slice(0, 80)}`);
  return { tenantId, conversationId };
}

export function isTeamsTarget(target: string): boolean {
  return target.startsWith(`${PREFIX}:`);
}

/** The channel/chat conversation id without the `;messageid=` reply-chain suffix. */
export function baseConversationId(conversationId: string): string {
  return conversationId.replace(THREAD_SUFFIX, "");
}

/** The reply-chain root message id carried in a channel conversation id, if any. */
export function threadRootOf(conversationId: string): string | undefined {
  return THREAD_SUFFIX.exec(conversationId)?.[1];
}

/** The conversation id that addresses one reply chain of a channel. */
export function threadConversationId(conversationId: string, rootMessageId: string): string {
  return `${baseConversationId(conversationId)};messageid=${rootMessageId}`;
}
