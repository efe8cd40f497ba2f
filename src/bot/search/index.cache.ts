import type { Clock } from "../../clock.js";
import type { Logger } from "../../logger.js";
import type { Store } from "../../store/store.port.js";
import { SearchIndex } from "./search.index.js";

/** Keeps one SearchIndex; rebuilds it in the background once older than `ttlMs`, at once after invalidate(). */
export interface IndexCache {
  get(): Promise<SearchIndex>;
  /** Forget the index (e.g. after `add URL`), so the next get() rebuilds before answering. */
  invalidate(): void;
}

export function createIndexCache(store: Store, clock: Clock, logger: Logger, ttlMs = 60_000): IndexCache {
  let current: { index: SearchIndex; builtAt: number } | null = null;
  let building: Promise<SearchIndex> | null = null;

  const build = (): Promise<SearchIndex> => {
    building ??= (async () => {
      const started = clock.now().getTime();
      try {
        const index = new SearchIndex(await store.listIncidentIndex());
        current = { index, builtAt: clock.now().getTime() };
        logger.debug("search index built", { incidents: index.size, ms: Date.now() - started });
        return index;
      } finally {
        building = null;
      }
    })();
    return building;
  };

  return {
    async get() {
      if (!current) return build();
      if (clock.now().getTime() - current.builtAt > ttlMs) {
        // Stale-while-revalidate: answer from the old index, refresh behind it.
        build().catch((error: unknown) => logger.warn("search index refresh failed", { error }));
      }
      return current.index;
    },
    invalidate() {
      current = null;
    },
  };
}
