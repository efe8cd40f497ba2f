import type { Logger } from "../logger.js";
import type { Store } from "./store.port.js";
import type { ClientLease, Db } from "./prisma-client.factory.js";
import type { DatabaseTarget } from "./database-url.js";
import { mapDbError } from "./db-errors.js";
import { IncidentReader } from "./incident.reader.js";
import { IncidentWriter } from "./incident.writer.js";
import { CampaignRepository } from "./campaign.repository.js";
import { FeedRepository } from "./feed.repository.js";
import { SubscriptionRepository } from "./subscription.repository.js";
import { DeliveryRepository } from "./delivery.repository.js";
import { ExportReader } from "./export.reader.js";
import { ApiTokenRepository } from "./api-token.repository.js";

const PING_TIMEOUT_MS = 3_000;

/**
 * The Store on Prisma: one object whose methods delegate to small repositories. Every method
 * maps "database unreachable" errors to BreachRadarError("DB_UNAVAILABLE").
 */
export function createPrismaStore(lease: ClientLease, target: DatabaseTarget, logger: Logger): Store {
  const { db, nulls } = lease;
  const reader = new IncidentReader(db, target.kind);
  const writer = new IncidentWriter(db, nulls);
  const campaigns = new CampaignRepository(db);
  const feeds = new FeedRepository(db);
  const subs = new SubscriptionRepository(db, nulls);
  const deliveries = new DeliveryRepository(db, nulls);
  const exports = new ExportReader(db);
  const tokens = new ApiTokenRepository(db);
  let closed = false;

  const methods: Omit<Store, "kind" | "ping" | "close"> = {
    getIncident: (id) => reader.getIncident(id),
    listIncidents: (q) => reader.listIncidents(q),
    countIncidents: (q) => reader.countIncidents(q),
    listIncidentIndex: () => reader.listIncidentIndex(),
    findIncidentsByVictim: (names) => reader.findIncidentsByVictim(names),
    incidentIdExists: (id) => reader.incidentIdExists(id),
    applyIncidentWrite: (w) => writer.applyIncidentWrite(w),
    listChangesSince: (since, o) => reader.listChangesSince(since, o),
    stats: (since) => reader.stats(since),
    getSourceByUrl: (url) => writer.getSourceByUrl(url),
    markSourceSeen: (s) => writer.markSourceSeen(s),
    listCampaigns: () => campaigns.listCampaigns(),
    getCampaign: (idOrName) => campaigns.getCampaign(idOrName),
    upsertCampaign: (c) => campaigns.upsertCampaign(c),
    listFeeds: () => feeds.listFeeds(),
    addFeed: (url, title) => feeds.addFeed(url, title),
    removeFeed: (url) => feeds.removeFeed(url),
    updateFeed: (url, patch) => feeds.updateFeed(url, patch),
    upsertSubscription: (i) => subs.upsertSubscription(i),
    removeSubscription: (t) => subs.removeSubscription(t),
    getSubscription: (t) => subs.getSubscription(t),
    listSubscriptions: (f) => subs.listSubscriptions(f),
    updateSubscription: (id, patch) => subs.updateSubscription(id, patch),
    addWatch: (i) => subs.addWatch(i),
    removeWatch: (t, term) => subs.removeWatch(t, term),
    listWatches: (f) => subs.listWatches(f),
    claimDelivery: (i) => deliveries.claimDelivery(i),
    completeDelivery: (k, r) => deliveries.completeDelivery(k, r),
    releaseDelivery: (k, e) => deliveries.releaseDelivery(k, e),
    getDelivery: (k) => deliveries.getDelivery(k),
    recordPost: (i) => deliveries.recordPost(i),
    incidentForThread: (t, th) => deliveries.incidentForThread(t, th),
    saveInstallation: (i) => deliveries.saveInstallation(i),
    getInstallation: (p, id) => deliveries.getInstallation(p, id),
    deleteInstallation: (p, id) => deliveries.deleteInstallation(p, id),
    purgeOlderThan: (before) => deliveries.purgeOlderThan(before),
    listExportIncidents: (q) => exports.listExportIncidents(q),
    createApiToken: (i) => tokens.createApiToken(i),
    listApiTokens: () => tokens.listApiTokens(),
    revokeApiToken: (idOrPrefix, at) => tokens.revokeApiToken(idOrPrefix, at),
    findActiveApiToken: (hash) => tokens.findActiveApiToken(hash),
    countActiveApiTokens: () => tokens.countActiveApiTokens(),
    touchApiToken: (id, at) => tokens.touchApiToken(id, at),
  };

  const guarded = Object.fromEntries(
    Object.entries(methods).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => {
        try {
          return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          const mapped = mapDbError(error, target);
          if (mapped !== error) logger.warn("database unavailable", { op: name, error: mapped });
          throw mapped;
        }
      },
    ]),
  ) as typeof methods;

  return {
    kind: target.kind,
    ...guarded,
    ping: () => ping(db),
    close: async () => {
      if (closed) return;
      closed = true;
      await lease.release();
    },
  };
}

async function ping(db: Db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error("ping timeout")), PING_TIMEOUT_MS); });
    await Promise.race([db.$queryRawUnsafe("SELECT 1"), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
