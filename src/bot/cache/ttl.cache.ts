import type { Clock } from "../../clock.js";

/** A tiny keyed cache whose entries expire after `ttlMs` (e.g. stats, which scan every incident). */
export interface TtlCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
}

export function createTtlCache<T>(clock: Clock, ttlMs: number): TtlCache<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, load) {
      const now = clock.now().getTime();
      const hit = entries.get(key);
      if (hit && now - hit.at <= ttlMs) return hit.value;
      const value = load();
      entries.set(key, { at: now, value });
      // A failed load is not kept.
      value.catch(() => entries.delete(key));
      return value;
    },
  };
}
