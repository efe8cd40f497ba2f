import type { Clock } from "../../clock.js";
import type { ReaderProfile } from "../../domain/reader-profile.js";
import type { Logger } from "../../logger.js";
import type { Store } from "../../store/store.port.js";
import { createTtlCache } from "../cache/ttl.cache.js";

/** How long a workspace's profile is reused before it is read again (another replica may have changed it). */
export const PROFILE_TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Reader profiles by owner key, kept briefly: every command, answer, digest and alert of a workspace
 * reads its profile. `profile …` changes invalidate the entry at once on this process; other replicas
 * see the change within PROFILE_TTL_MS.
 */
export interface ProfileCache {
  /** The workspace's profile, or null. A store failure is logged and read as "no profile" (advice still comes, with its lens stated). */
  get(owner: string): Promise<ReaderProfile | null>;
  invalidate(owner: string): void;
}

export function createProfileCache(store: Store, clock: Clock, logger: Logger, ttlMs = PROFILE_TTL_MS): ProfileCache {
  const cache = createTtlCache<ReaderProfile | null>(clock, ttlMs, MAX_ENTRIES);
  return {
    get: (owner) =>
      cache.get(owner, () => store.getReaderProfile(owner)).catch((error: unknown) => {
        // The cache drops a failed read, so the next request tries the store again.
        logger.warn("could not read the reader profile; advising without it", { owner, error });
        return null;
      }),
    invalidate: (owner) => cache.delete(owner),
  };
}
