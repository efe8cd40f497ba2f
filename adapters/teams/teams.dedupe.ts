import type { Activity } from "botbuilder";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import { targetOf } from "./teams.context.js";
import { baseConversationId } from "./teams.target.js";

/** Remembers activities already handled, so a redelivery (Teams retries after 15 s) is not answered twice. */
export interface ActivityDeduper {
  /** True the first time an activity id is seen in its conversation, false for a redelivery. */
  firstSeen(activity: Partial<Activity>): Promise<boolean>;
}

export interface DeduperDeps {
  store: Pick<Store, "recordInbound">;
  logger: Logger;
  /** How long an id is remembered in memory (default 30 minutes). */
  ttlMs?: number;
  /** Ids kept in memory at most (default 10,000; oldest forgotten first). */
  maxEntries?: number;
  now?: () => number;
}

/**
 * In memory first (same replica, no database round trip), then a row in the delivery table, whose
 * unique key also catches a redelivery that reaches another replica. The claim is completed at
 * as delivered so the retention job purges it like any delivered record. If the database cannot be asked,
 * the activity is handled (an answer twice beats no answer).
 */
export function createActivityDeduper(deps: DeduperDeps): ActivityDeduper {
  const ttlMs = deps.ttlMs ?? 30 * 60_000;
  const maxEntries = deps.maxEntries ?? 10_000;
  const now = deps.now ?? Date.now;
  const seen = new Map<string, number>();

  function remember(key: string): boolean {
    const at = now();
    const until = seen.get(key);
    if (until !== undefined && until > at) return false;
    seen.delete(key);
    seen.set(key, at + ttlMs);
    for (const [old, expires] of seen) {
      if (seen.size <= maxEntries && expires > at) break;
      seen.delete(old);
    }
    return true;
  }

  return {
    async firstSeen(activity) {
      const id = activity.id;
      const conversation = activity.conversation?.id;
      if (!id || !conversation) return true;
      const key = `teams-activity:${activity.channelId ?? ""}:${baseConversationId(conversation)}:${id}`;
      if (!remember(key)) return false;
      try {
        const target = targetOf(activity);
        const scope = target.split(":").slice(0, 2).join(":");
        if (!(await deps.store.recordInbound({ key, target, scope, platform: "teams" }, new Date(now())))) return false;
      } catch (error) {
        deps.logger.warn("could not record the activity id; handling it anyway", { error });
      }
      return true;
    },
  };
}
