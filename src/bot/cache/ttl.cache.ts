import type { Clock } from "../../clock.js";

/** A tiny keyed cache whose entries expire after `ttlMs` (e.g. stats, which scan every incident). */
export interface TtlCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  /** Forget one entry now (its source changed). */
  delete(key: string): void;
}

/** `maxEntries`: when reached, expired entries are dropped before a new one is added. */
export function createTtlCache<T>(clock: Clock, ttlMs: number, maxEntries = Infinity): TtlCache<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, load) {
      const now = clock.now().getTime();
      const hit = entries.get(key);
      if (hit && now - hit.at <= ttlMs) return hit.value;
      const value = Promise.resolve().then(load);
      if (entries.size >= maxEntries) for (const [k, e] of entries) if (now - e.at > ttlMs) entries.delete(k);
      entries.set(key, { at: now, value });
      // A failed load is not kept (unless the entry was replaced meanwhile).
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
