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
import { OutboxRepository } from "./outbox.repository.js";
import { SchedulerRepository } from "./scheduler.repository.js";
import { createStartupLock } from "./startup.lock.js";
import { ExportReader } from "./export.reader.js";
import { exportRows } from "./export.connection.js";
import { ApiTokenRepository } from "./api-token.repository.js";
import { ReaderProfileRepository } from "./reader-profile.repository.js";

const PING_TIMEOUT_MS = 3_000;
/** close() gives the pool this long to end; a connection stuck in a stalled network must not hold the process. */
export const CLOSE_TIMEOUT_MS = 3_000;

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
  const outbox = new OutboxRepository(db, target.kind);
  const scheduler = new SchedulerRepository(db, target.kind);
  const startupLock = createStartupLock(target);
  const exportConnection = exportRows(target, db);
  const exports = new ExportReader(exportConnection.read, target.kind);
  const tokens = new ApiTokenRepository(db);
  const profiles = new ReaderProfileRepository(db);
  let closed = false;

  const methods: Omit<Store, "kind" | "ping" | "close" | "withStartupLock"> = {
    getIncident: (id, visibleTo) => reader.getIncident(id, visibleTo),
    listIncidents: (q) => reader.listIncidents(q),
    countIncidents: (q) => reader.countIncidents(q),
    listIncidentIndex: () => reader.listIncidentIndex(),
    findIncidentsByVictim: (names, owner) => reader.findIncidentsByVictim(names, owner),
    incidentIdExists: (id) => reader.incidentIdExists(id),
    applyIncidentWrite: (w) => writer.applyIncidentWrite(w),
    listChangesSince: (since, o) => reader.listChangesSince(since, o),
    stats: (since, visibleTo) => reader.stats(since, visibleTo),
    getSourceTexts: (id) => reader.getSourceTexts(id),
    getSourceByUrl: (url, owner) => writer.getSourceByUrl(url, owner),
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
    pauseWatches: (t, r) => subs.pauseWatches(t, r),
    enqueueDeliveries: (items, now) => outbox.enqueueDeliveries(items, now),
    existingDeliveryKeys: (keys) => outbox.existingDeliveryKeys(keys),
    recordInbound: (input, now) => outbox.recordInbound(input, now),
    claimDeliveries: (i) => outbox.claimDeliveries(i),
    completeDelivery: (k, r) => outbox.completeDelivery(k, r),
    renewLeases: (o, k, until) => outbox.renewLeases(o, k, until),
    rescheduleDelivery: (c, n) => outbox.rescheduleDelivery(c, n),
    endDelivery: (c, e) => outbox.endDelivery(c, e),
    releaseDeliveries: (o, k, opts) => outbox.releaseDeliveries(o, k, opts),
    cancelDeliveries: (f, r, now) => outbox.cancelDeliveries(f, r, now),
    supersedeDigests: (fresh, now) => outbox.supersedeDigests(fresh, now),
    getDelivery: (k) => outbox.getDelivery(k),
    outboxHealth: (now) => outbox.outboxHealth(now),
    setDeliveryScope: (scope, state, now) => scheduler.setDeliveryScope(scope, state, now),
    clearDeliveryScope: (scope) => scheduler.clearDeliveryScope(scope),
    listDeliveryScopes: (f) => scheduler.listDeliveryScopes(f),
    acquireLease: (name, owner, ttl, now) => scheduler.acquireLease(name, owner, ttl, now),
    releaseLease: (name, owner, u) => scheduler.releaseLease(name, owner, u),
    claimTick: (name, owner, now) => scheduler.claimTick(name, owner, now),
    recordPost: (i) => deliveries.recordPost(i),
    incidentForThread: (t, th) => deliveries.incidentForThread(t, th),
    saveInstallation: (i) => deliveries.saveInstallation(i),
    getInstallation: (p, id) => deliveries.getInstallation(p, id),
    deleteInstallation: (p, id) => deliveries.deleteInstallation(p, id),
    purgeOlderThan: async (before) =>
      (await outbox.purgeOlderThan(before)) + (await scheduler.purgeTicks(before)) + (await deliveries.purgeSeenSources(before)),
    listExportIncidents: (q) => exports.listExportIncidents(q),
    createApiToken: (i) => tokens.createApiToken(i),
    listApiTokens: () => tokens.listApiTokens(),
    revokeApiToken: (idOrPrefix, at) => tokens.revokeApiToken(idOrPrefix, at),
    findActiveApiToken: (hash) => tokens.findActiveApiToken(hash),
    countActiveApiTokens: () => tokens.countActiveApiTokens(),
    touchApiToken: (id, at) => tokens.touchApiToken(id, at),
    getReaderProfile: (owner) => profiles.getReaderProfile(owner),
    putReaderProfile: (input) => profiles.putReaderProfile(input),
    patchReaderProfile: (owner, patch) => profiles.patchReaderProfile(owner, patch),
    clearReaderProfile: (owner) => profiles.clearReaderProfile(owner),
    listReaderProfiles: () => profiles.listReaderProfiles(),
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
    // Not guarded: fn's own errors must pass through unchanged.
    withStartupLock: (fn) => startupLock(fn),
    ping: () => ping(db),
    close: async () => {
      if (closed) return;
      closed = true;
      exportConnection.close();
      const released = await withTimeout(lease.release(), CLOSE_TIMEOUT_MS);
      if (!released) logger.warn("database pool did not close in time; leaving it to the process exit", { timeoutMs: CLOSE_TIMEOUT_MS });
    },
  };
}

/** True when `work` settled within `ms` (its own failure counts as settled: there is nothing left to wait for). */
async function withTimeout(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), ms); });
  try {
    return await Promise.race([work.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
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
