/**
 * Tenancy of user-added content. Everything read from the configured feeds (and the bundled
 * sample, and the CLI) is SHARED. An article a user adds with `add URL` belongs to the workspace
 * that added it ("<platform>:<workspaceId>"): the source and any incident it creates are seen only
 * there. It never merges into a shared incident, so nothing a workspace adds (facts, change texts,
 * links) reaches another workspace's lookups, digests or alerts. Other workspaces learn of the
 * same incident when a configured feed reports it: that creates or updates the shared record.
 */

/** The owner of shared content. */
export const SHARED = "";

/** The owner key of a workspace: "slack:T123", "teams:<tenant>", "console:local". */
export function ownerKey(who: { platform: string; workspaceId: string }): string {
  return `${who.platform}:${who.workspaceId}`;
}

/** Whether content with `owner` may be shown to `viewer` (an owner key). */
export function isVisibleTo(owner: string | undefined, viewer: string): boolean {
  return !owner || owner === viewer;
}
