import type { Db, Prisma } from "./prisma-client.factory.js";
import { forDialect, type Dialect } from "./sql.dialect.js";
import { claimSql, ENQUEUE_CHUNK, enqueueSql, RECYCLE_SQL } from "./outbox.sql.js";
import type {
  ClaimedDelivery, DeliveryCompletion, DeliveryRecord, DeliveryStatus, LeaseRef, OutboxHealth, OutboxItemInput,
} from "./outbox.port.js";

type DeliveryRow = Prisma.DeliveryGetPayload<object>;

/** JSON columns read through Prisma are parsed; a raw or legacy text value is parsed here. */
function parsePayload(value: unknown): unknown {
  if (typeof value !== "string") return value ?? null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function toRecord(row: DeliveryRow): DeliveryRecord {
  return {
    key: row.key, target: row.target, scope: row.scope, platform: row.platform, kind: row.kind, incidentId: row.incidentId,
    status: row.status as DeliveryStatus, payload: parsePayload(row.payload), dueAt: row.dueAt, leaseOwner: row.leaseOwner,
    leaseUntil: row.leaseUntil, uncertain: row.uncertain, messageId: row.messageId, late: row.late, attempts: row.attempts,
    lastError: row.lastError, createdAt: row.createdAt, deliveredAt: row.deliveredAt,
  };
}

function toClaimed(row: DeliveryRow): ClaimedDelivery {
  return {
    key: row.key, target: row.target, scope: row.scope ?? "", platform: row.platform ?? "", kind: row.kind, incidentId: row.incidentId,
    payload: parsePayload(row.payload), attempts: row.attempts, uncertain: row.uncertain, firstTriedAt: row.firstTriedAt ?? row.createdAt,
    createdAt: row.createdAt, leaseOwner: row.leaseOwner ?? "", leaseUntil: row.leaseUntil ?? row.createdAt,
  };
}

const ERROR_MAX = 500;
const clip = (text: string): string => (text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX)}…` : text);

/** The outbox rows: enqueue without conflicts, lease, record outcomes. */
export class OutboxRepository {
  constructor(private readonly db: Db, private readonly dialect: Dialect) {}

  async enqueueDeliveries(items: OutboxItemInput[], now: Date): Promise<string[]> {
    const inserted: string[] = [];
    for (let i = 0; i < items.length; i += ENQUEUE_CHUNK) {
      const chunk = items.slice(i, i + ENQUEUE_CHUNK);
      const args = chunk.flatMap((item) => [
        item.key, item.target, item.scope, item.platform, item.kind, item.incidentId ?? null, JSON.stringify(item.payload ?? null), item.dueAt, now,
      ]);
      const q = forDialect(this.dialect, enqueueSql(chunk.length), args);
      const rows = await this.db.$queryRawUnsafe<{ key: string }[]>(q.sql, ...q.args);
      inserted.push(...rows.map((r) => r.key));
    }
    return inserted;
  }

  async recordInbound(input: { key: string; target: string; scope: string; platform: string }, now: Date): Promise<boolean> {
    const q = forDialect(this.dialect, enqueueSql(1), [input.key, input.target, input.scope, input.platform, `${input.platform}-inbound`, null, "null", now, now]);
    const rows = await this.db.$queryRawUnsafe<{ key: string }[]>(q.sql, ...q.args);
    if (rows.length === 0) return false;
    await this.db.delivery.update({ where: { key: input.key }, data: { status: "delivered", deliveredAt: now, dueAt: null } });
    return true;
  }

  async existingDeliveryKeys(keys: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += 1000) {
      const rows = await this.db.delivery.findMany({ where: { key: { in: keys.slice(i, i + 1000) } }, select: { key: true } });
      for (const r of rows) found.add(r.key);
    }
    return found;
  }

  async claimDeliveries(input: { owner: string; platforms: string[]; limit: number; now: Date; leaseMs: number; takeoverGraceMs?: number }): Promise<ClaimedDelivery[]> {
    if (input.platforms.length === 0 || input.limit <= 0) return [];
    const recycle = forDialect(this.dialect, RECYCLE_SQL, [input.now, new Date(input.now.getTime() + (input.takeoverGraceMs ?? 0))]);
    await this.db.$executeRawUnsafe(recycle.sql, ...recycle.args);
    const leaseUntil = new Date(input.now.getTime() + input.leaseMs);
    const window = input.limit * 4 + 16;
    const q = forDialect(this.dialect, claimSql(input.platforms.length), [input.now, input.owner, leaseUntil, input.limit, window, ...input.platforms]);
    const keys = (await this.db.$queryRawUnsafe<{ key: string }[]>(q.sql, ...q.args)).map((r) => r.key);
    if (keys.length === 0) return [];
    const rows = await this.db.delivery.findMany({ where: { key: { in: keys }, leaseOwner: input.owner } });
    return rows.map(toClaimed).sort((a, b) => keys.indexOf(a.key) - keys.indexOf(b.key));
  }

  async completeDelivery(key: string, result: DeliveryCompletion): Promise<boolean> {
    const row = { target: result.target, scope: result.scope };
    // One batch, one transaction: the delivery, the incident post, the digest time and the cleared blocks.
    const [updated] = await this.db.$transaction([
      this.db.delivery.updateMany({
        where: { key, status: { not: "delivered" } },
        data: { status: "delivered", messageId: result.messageId, late: result.late, deliveredAt: result.at, leaseOwner: null, leaseUntil: null, lastError: null, uncertain: false },
      }),
      ...(result.incidentId && result.messageId
        ? [this.db.post.upsert({
            where: { target_messageId: { target: row.target, messageId: result.messageId } },
            create: { target: row.target, messageId: result.messageId, threadId: result.threadId, incidentId: result.incidentId, createdAt: result.at },
            update: { threadId: result.threadId, incidentId: result.incidentId },
          })]
        : []),
      ...(result.subscriptionId && result.digestUntil
        ? [this.db.subscription.updateMany({ where: { id: result.subscriptionId }, data: { lastDigestAt: result.digestUntil } })]
        : []),
      // A post got through: whatever blocked this target or workspace is over (an invite, a re-install).
      this.db.deliveryScope.deleteMany({ where: { scope: { in: [row.target, row.scope || row.target] } } }),
    ]);
    return (updated as { count: number }).count === 1;
  }

  async renewLeases(owner: string, keys: string[], leaseUntil: Date): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows = await this.db.delivery.updateManyAndReturn({
      where: { key: { in: keys }, status: "claimed", leaseOwner: owner }, data: { leaseUntil }, select: { key: true },
    });
    return rows.map((r) => r.key);
  }

  async rescheduleDelivery(claim: LeaseRef, next: { dueAt: Date; error: string; uncertain: boolean; refundAttempt?: boolean }): Promise<boolean> {
    const done = await this.db.delivery.updateMany({
      where: { key: claim.key, status: "claimed", leaseOwner: claim.leaseOwner, attempts: claim.attempts },
      data: {
        status: "pending", dueAt: next.dueAt, lastError: clip(next.error), uncertain: next.uncertain, leaseOwner: null, leaseUntil: null,
        ...(next.refundAttempt ? { attempts: { decrement: 1 } } : {}),
      },
    });
    return done.count === 1;
  }

  async endDelivery(claim: LeaseRef, end: { status: "failed" | "cancelled"; error: string; at: Date }): Promise<boolean> {
    const done = await this.db.delivery.updateMany({
      where: { key: claim.key, status: "claimed", leaseOwner: claim.leaseOwner, attempts: claim.attempts },
      data: { status: end.status, lastError: clip(end.error), leaseOwner: null, leaseUntil: null, deliveredAt: end.at },
    });
    return done.count === 1;
  }

  async releaseDeliveries(owner: string, keys: string[], options: { uncertain: boolean; now: Date }): Promise<number> {
    if (keys.length === 0) return 0;
    const done = await this.db.delivery.updateMany({
      where: { key: { in: keys }, status: "claimed", leaseOwner: owner },
      data: { status: "pending", dueAt: options.now, leaseOwner: null, leaseUntil: null, ...(options.uncertain ? { uncertain: true } : {}) },
    });
    return done.count;
  }

  async cancelDeliveries(filter: { target: string; kinds?: string[]; exceptKey?: string }, reason: string, now: Date): Promise<number> {
    const where: Prisma.DeliveryWhereInput = { target: filter.target, status: "pending" };
    if (filter.kinds) where.kind = { in: filter.kinds };
    if (filter.exceptKey) where.key = { not: filter.exceptKey };
    const done = await this.db.delivery.updateMany({ where, data: { status: "cancelled", lastError: clip(reason), deliveredAt: now } });
    return done.count;
  }

  async supersedeDigests(fresh: { target: string; key: string }[], now: Date): Promise<number> {
    let count = 0;
    // Chunks keep the statement under SQLite's bound-parameter limit (keys + targets).
    for (let i = 0; i < fresh.length; i += 200) {
      const chunk = fresh.slice(i, i + 200);
      const done = await this.db.delivery.updateMany({
        where: { kind: "digest", status: "pending", target: { in: chunk.map((f) => f.target) }, key: { notIn: chunk.map((f) => f.key) } },
        data: { status: "cancelled", lastError: "superseded by a newer digest", deliveredAt: now },
      });
      count += done.count;
    }
    return count;
  }

  async getDelivery(key: string): Promise<DeliveryRecord | null> {
    const row = await this.db.delivery.findUnique({ where: { key } });
    return row ? toRecord(row) : null;
  }

  async outboxHealth(now: Date): Promise<OutboxHealth> {
    const dayAgo = new Date(now.getTime() - 86_400_000);
    const [depth, due, oldest, stuck, failed] = await Promise.all([
      this.db.delivery.count({ where: { status: { in: ["pending", "claimed"] } } }),
      this.db.delivery.count({ where: { status: "pending", dueAt: { lte: now } } }),
      this.db.delivery.findFirst({ where: { status: "pending", dueAt: { lte: now } }, orderBy: { dueAt: "asc" }, select: { dueAt: true } }),
      this.db.delivery.count({ where: { status: "claimed", leaseUntil: { lt: now } } }),
      this.db.delivery.count({ where: { status: "failed", deliveredAt: { gte: dayAgo } } }),
    ]);
    return { depth, due, oldestDueAt: oldest?.dueAt ?? null, stuckLeases: stuck, failedLastDay: failed };
  }

  /** Ended rows (delivered, failed, cancelled) older than `before`; pending rows that old are cancelled first. */
  async purgeOlderThan(before: Date): Promise<number> {
    const deleted = await this.db.delivery.deleteMany({ where: { status: { in: ["delivered", "failed", "cancelled"] }, createdAt: { lt: before } } });
    const stale = await this.db.delivery.deleteMany({ where: { status: { in: ["pending", "claimed"] }, createdAt: { lt: before } } });
    return deleted.count + stale.count;
  }
}
