/**
 * Outbox keys: the same post always gets the same key, so planning it twice (two replicas, an overlap
 * window, a restart) inserts it once. Digest and alert keys keep the pre-outbox format, so keys
 * delivered before an upgrade still count.
 */
export const digestKey = (target: string, date: string): string => `digest:${target}:${date}`;
export const alertKey = (target: string, incidentId: string): string => `alert:${target}:${incidentId}`;
export const watchKey = (target: string, incidentId: string, sourceKey: string): string => `watch:${target}:${incidentId}:${sourceKey}`;
/** One notice per event: `event` names what happened and when ("paused:<iso>"). */
export const noticeKey = (to: string, about: string, event: string): string => `notice:${to}:${about}:${event}`;

/** The workspace scope of a target: "<platform>:<workspaceId>" (Slack team, Teams tenant). */
export const workspaceScope = (platform: string, workspaceId: string): string => `${platform}:${workspaceId}`;

/** The platform prefix every target starts with ("slack:…", "teams:…", "console:…"). */
export const platformOf = (target: string): string => target.slice(0, Math.max(0, target.indexOf(":")));
