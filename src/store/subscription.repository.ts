import type { Platform } from "../domain/chat.js";
import type { Sector, Severity } from "../domain/incident.js";
import type { Db, JsonNulls, Prisma } from "./prisma-client.factory.js";
import { optionalJson } from "./incident.mapper.js";
import type { SubscriptionInput, SubscriptionRecord, WatchRecord } from "./store.port.js";

type SubscriptionRow = Prisma.SubscriptionGetPayload<object>;
type WatchRow = Prisma.WatchGetPayload<object>;

function toSubscription(row: SubscriptionRow): SubscriptionRecord {
  return {
    id: row.id, platform: row.platform as Platform, workspaceId: row.workspaceId, target: row.target,
    conversationRef: row.conversationRef ?? undefined, digestTime: row.digestTime, timeZone: row.timeZone,
    sectors: (Array.isArray(row.sectors) ? row.sectors : []) as Sector[], minSeverity: row.minSeverity as Severity,
    postWhenEmpty: row.postWhenEmpty, liveAlerts: row.liveAlerts, createdBy: row.createdBy,
    pausedReason: row.pausedReason, lastDigestAt: row.lastDigestAt, createdAt: row.createdAt,
  };
}

function toWatch(row: WatchRow): WatchRecord {
  return {
    id: row.id, platform: row.platform as Platform, workspaceId: row.workspaceId, target: row.target, term: row.term,
    conversationRef: row.conversationRef ?? null, createdBy: row.createdBy, createdAt: row.createdAt, pausedReason: row.pausedReason,
  };
}

/** Digest subscriptions (one per target) and watch terms (one per target + term). */
export class SubscriptionRepository {
  constructor(private readonly db: Db, private readonly nulls: JsonNulls) {}

  /** Subscribing again updates the settings and clears a pause. */
  async upsertSubscription(input: SubscriptionInput): Promise<SubscriptionRecord> {
    const columns = {
      platform: input.platform, workspaceId: input.workspaceId, conversationRef: optionalJson(input.conversationRef, this.nulls),
      digestTime: input.digestTime, timeZone: input.timeZone, sectors: input.sectors, minSeverity: input.minSeverity,
      postWhenEmpty: input.postWhenEmpty, liveAlerts: input.liveAlerts, createdBy: input.createdBy,
    };
    const row = await this.db.subscription.upsert({
      where: { target: input.target },
      create: { target: input.target, ...columns, createdAt: new Date() },
      update: { ...columns, pausedReason: null },
    });
    return toSubscription(row);
  }

  async removeSubscription(target: string): Promise<boolean> {
    return (await this.db.subscription.deleteMany({ where: { target } })).count > 0;
  }

  async getSubscription(target: string): Promise<SubscriptionRecord | null> {
    const row = await this.db.subscription.findUnique({ where: { target } });
    return row ? toSubscription(row) : null;
  }

  async listSubscriptions(filter: { workspaceId?: string; platform?: Platform; activeOnly?: boolean } = {}): Promise<SubscriptionRecord[]> {
    const where: Prisma.SubscriptionWhereInput = {};
    if (filter.workspaceId) where.workspaceId = filter.workspaceId;
    if (filter.platform) where.platform = filter.platform;
    if (filter.activeOnly) where.pausedReason = null;
    return (await this.db.subscription.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map(toSubscription);
  }

  async updateSubscription(id: string, patch: Partial<Pick<SubscriptionRecord, "pausedReason" | "lastDigestAt" | "conversationRef">>): Promise<void> {
    const data: Prisma.SubscriptionUpdateManyMutationInput = {};
    if (patch.pausedReason !== undefined) data.pausedReason = patch.pausedReason;
    if (patch.lastDigestAt !== undefined) data.lastDigestAt = patch.lastDigestAt;
    if ("conversationRef" in patch) data.conversationRef = optionalJson(patch.conversationRef, this.nulls);
    await this.db.subscription.updateMany({ where: { id }, data });
  }

  async addWatch(input: { platform: Platform; workspaceId: string; target: string; term: string; createdBy: string; conversationRef?: unknown }): Promise<WatchRecord> {
    const term = input.term.trim();
    const row = await this.db.watch.upsert({
      where: { target_term: { target: input.target, term } },
      create: { platform: input.platform, workspaceId: input.workspaceId, target: input.target, term, createdBy: input.createdBy, conversationRef: optionalJson(input.conversationRef, this.nulls), createdAt: new Date() },
      // Watching again resumes a paused watch.
      update: { pausedReason: null, ...(input.conversationRef === undefined ? {} : { conversationRef: optionalJson(input.conversationRef, this.nulls) }) },
    });
    return toWatch(row);
  }

  async removeWatch(target: string, term: string): Promise<boolean> {
    return (await this.db.watch.deleteMany({ where: { target, term: term.trim() } })).count > 0;
  }

  async listWatches(filter: { target?: string; workspaceId?: string; activeOnly?: boolean } = {}): Promise<WatchRecord[]> {
    const where: Prisma.WatchWhereInput = {};
    if (filter.target) where.target = filter.target;
    if (filter.workspaceId) where.workspaceId = filter.workspaceId;
    if (filter.activeOnly) where.pausedReason = null;
    return (await this.db.watch.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map(toWatch);
  }

  async pauseWatches(target: string, reason: string): Promise<number> {
    return (await this.db.watch.updateMany({ where: { target, pausedReason: null }, data: { pausedReason: reason } })).count;
  }
}
