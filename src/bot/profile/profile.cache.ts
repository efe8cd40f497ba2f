import type { Clock } from "../../clock.js";
import type { ReaderProfile } from "../../domain/reader-profile.js";
import type { Logger } from "../../logger.js";
import type { Store } from "../../store/store.port.js";

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
  const entries = new Map<string, { at: number; value: Promise<ReaderProfile | null> }>();
  return {
    get(owner) {
      const now = clock.now().getTime();
      const hit = entries.get(owner);
      if (hit && now - hit.at <= ttlMs) return hit.value;
      const value: Promise<ReaderProfile | null> = Promise.resolve()
        .then(() => store.getReaderProfile(owner))
        .catch((error: unknown) => {
          logger.warn("could not read the reader profile; advising without it", { owner, error });
          // A failed read is not kept (unless the entry was replaced meanwhile).
          if (entries.get(owner)?.value === value) entries.delete(owner);
          return null;
        });
      if (entries.size >= MAX_ENTRIES) for (const [key, e] of entries) if (now - e.at > ttlMs) entries.delete(key);
      entries.set(owner, { at: now, value });
      return value;
    },
    invalidate(owner) {
      entries.delete(owner);
    },
  };
}
