import type { ChatContext } from "../domain/chat.js";
import { isVisibleTo, ownerKey } from "../domain/tenancy.js";
import type { Store } from "../store/store.port.js";
import type { BotEnv } from "./bot.env.js";

/**
 * The store as one workspace sees it: every incident read (lookups, lists, counts, stats, the
 * search index) is limited to shared incidents plus that workspace's own (domain/tenancy.ts).
 * Writes and per-channel records pass through unchanged.
 */
export function visibleStore(store: Store, viewer: string): Store {
  return {
    ...store,
    getIncident: (id) => store.getIncident(id, viewer),
    listIncidents: (query = {}) => store.listIncidents({ ...query, visibleTo: viewer }),
    countIncidents: (query = {}) => store.countIncidents({ ...query, visibleTo: viewer }),
    stats: (since) => store.stats(since, viewer),
    listIncidentIndex: async () => (await store.listIncidentIndex()).filter((row) => isVisibleTo(row.owner, viewer)),
  };
}

/** The bot environment for one request: store, search index and stats cache scoped to the asker's workspace. */
export function scopedEnv(env: BotEnv, ctx: Pick<ChatContext, "platform" | "workspaceId">): BotEnv {
  const viewer = ownerKey(ctx);
  return {
    ...env,
    store: visibleStore(env.store, viewer),
    index: { get: async () => (await env.index.get()).forViewer(viewer), invalidate: () => env.index.invalidate() },
    statsCache: { get: (key, load) => env.statsCache.get(`${viewer}\u0000${key}`, load), delete: (key) => env.statsCache.delete(`${viewer}\u0000${key}`) },
  };
}
