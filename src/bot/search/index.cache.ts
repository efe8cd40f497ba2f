import type { Clock } from "../../clock.js";
import type { Logger } from "../../logger.js";
import type { Store } from "../../store/store.port.js";
import { SearchIndex } from "./search.index.js";

/**
 * Keeps one SearchIndex. Once older than `ttlMs` it keeps answering from the old index while it
 * checks, behind the request, whether anything changed since the build (one cheap query) and
 * rebuilds only then. invalidate() makes the next get() rebuild before answering.
 */
export interface IndexCache {
  get(): Promise<SearchIndex>;
  /** Forget the index (e.g. after `add URL`), so the next get() rebuilds before answering. */
  invalidate(): void;
}

export function createIndexCache(store: Store, clock: Clock, logger: Logger, ttlMs = 60_000): IndexCache {
  let current: { index: SearchIndex; builtAt: Date; checkedAt: number } | null = null;
  let building: Promise<SearchIndex> | null = null;

  const build = (): Promise<SearchIndex> => {
    building ??= (async () => {
      const started = performance.now();
      const builtAt = clock.now();
      try {
        const index = await SearchIndex.build(await store.listIncidentIndex());
        current = { index, builtAt, checkedAt: clock.now().getTime() };
        logger.debug("search index built", { incidents: index.size, ms: Math.round(performance.now() - started) });
        return index;
      } finally {
        building = null;
      }
    })();
    return building;
  };

  const refreshIfChanged = async (since: Date): Promise<void> => {
    const changes = await store.listChangesSince(since, { limit: 1 });
    if (changes.length > 0) await build();
  };

  return {
    async get() {
      if (!current) return build();
      const now = clock.now().getTime();
      if (now - current.checkedAt > ttlMs && !building) {
        current.checkedAt = now;
        refreshIfChanged(current.builtAt).catch((error: unknown) => logger.warn("search index refresh failed", { error }));
      }
      return current.index;
    },
    invalidate() {
      current = null;
    },
  };
}
