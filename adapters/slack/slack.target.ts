import { BreachRadarError } from "../../src/domain/errors.js";

/** A decoded Slack target: the workspace and the channel (or DM/group) id. */
export interface SlackTarget {
  teamId: string;
  channelId: string;
}

const PREFIX = "slack";
/** Slack ids are upper-case alphanumerics (T…, E…, C…, G…, D…); anything else is not ours. */
const ID = /^[A-Z0-9]+$/;

/** `slack:<teamId>:<channelId>` — the only place this format is written. */
export function encodeSlackTarget(target: SlackTarget): string {
  if (!ID.test(target.teamId) || !ID.test(target.channelId)) {
    throw new BreachRadarError("INVALID_INPUT", `Not a Slack team/channel id: ${target.teamId}/${target.channelId}`);
  }
  return `${PREFIX}:${target.teamId}:${target.channelId}`;
}

/** Inverse of encodeSlackTarget; throws INVALID_INPUT for anything that is not a Slack target. */
export function decodeSlackTarget(target: string): SlackTarget {
  const [prefix, teamId, channelId, ...rest] = target.split(":");
  if (prefix !== PREFIX || !teamId || !channelId || rest.length || !ID.test(teamId) || !ID.test(channelId)) {
    throw new BreachRadarError("INVALID_INPUT", `Not a Slack target: ${target}`);
  }
  return { teamId, channelId };
}

export const isSlackTarget = (target: string): boolean => target.startsWith(`${PREFIX}:`);
