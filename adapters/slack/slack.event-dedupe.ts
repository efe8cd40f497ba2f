/**
 * Remembers Events API `event_id`s for a while, so a redelivery of an event already taken is
 * acked without being answered twice, while a first delivery that happens to carry
 * X-Slack-Retry-Num (the original was lost, e.g. in a restart) is still answered.
 * Slack retries after about 1 minute and 5 minutes; the default window covers both.
 * In memory, per process: replicas behind a load balancer each remember their own.
 */
export interface EventDedupe {
  /** True the first time an id is seen within the window; false for a repeat. */
  firstSeen(eventId: string): boolean;
  readonly size: number;
}

export function createEventDedupe(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}): EventDedupe {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 50_000;
  const now = options.now ?? Date.now;
  // Insertion order = age order, so expiry and the size cap only ever look at the front.
  const seen = new Map<string, number>();
  const prune = (at: number) => {
    for (const [id, firstAt] of seen) {
      if (at - firstAt < ttlMs && seen.size < maxEntries) break;
      seen.delete(id);
    }
  };
  return {
    firstSeen(eventId) {
      const at = now();
      prune(at);
      if (seen.has(eventId)) return false;
      seen.set(eventId, at);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
