import type { Db, Prisma } from "./prisma-client.factory.js";
import { forDialect, type Dialect } from "./sql.dialect.js";
import { ACQUIRE_LEASE_SQL, CLAIM_TICK_SQL } from "./outbox.sql.js";
import type { DeliveryScopeRecord, DeliveryScopeState } from "./outbox.port.js";

/** Raw timestamps arrive as Date (PostgreSQL) or epoch milliseconds (SQLite). */
function rawDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  return new Date(typeof value === "bigint" ? Number(value) : (value as number | string));
}

const STATES: ReadonlySet<string> = new Set<DeliveryScopeState>(["rate_limited", "waiting_invite", "gone", "broken"]);

/** Delivery health per target/workspace, and the scheduler's leases, cursor and cron ticks. */
export class SchedulerRepository {
  constructor(private readonly db: Db, private readonly dialect: Dialect) {}

  async setDeliveryScope(scope: string, state: { state: DeliveryScopeState; reason: string; blockedUntil: Date | null }, now: Date): Promise<boolean> {
    const existing = await this.db.deliveryScope.findUnique({ where: { scope }, select: { state: true } });
    const changed = existing?.state !== state.state;
    const since = changed ? now : undefined;
    await this.db.deliveryScope.upsert({
      where: { scope },
      create: { scope, state: state.state, reason: state.reason, blockedUntil: state.blockedUntil, since: now, updatedAt: now },
      update: { state: state.state, reason: state.reason, blockedUntil: state.blockedUntil, updatedAt: now, ...(since ? { since } : {}) },
    });
    return changed;
  }

  async clearDeliveryScope(scope: string): Promise<boolean> {
    return (await this.db.deliveryScope.deleteMany({ where: { scope } })).count > 0;
  }

  async listDeliveryScopes(filter: { prefix?: string; states?: DeliveryScopeState[] } = {}): Promise<DeliveryScopeRecord[]> {
    const where: Prisma.DeliveryScopeWhereInput = {};
    if (filter.prefix) where.scope = { startsWith: filter.prefix };
    if (filter.states) where.state = { in: filter.states };
    const rows = await this.db.deliveryScope.findMany({ where, orderBy: { scope: "asc" } });
    return rows
      .filter((r) => STATES.has(r.state))
      .map((r) => ({ scope: r.scope, state: r.state as DeliveryScopeState, reason: r.reason, blockedUntil: r.blockedUntil, since: r.since }));
  }

  async acquireLease(name: string, owner: string, ttlMs: number, now: Date): Promise<{ cursor: Date | null; resumeAt: Date | null } | null> {
    const q = forDialect(this.dialect, ACQUIRE_LEASE_SQL, [name, owner, new Date(now.getTime() + ttlMs), now]);
    const rows = await this.db.$queryRawUnsafe<{ cursor: unknown; resumeAt: unknown }[]>(q.sql, ...q.args);
    return rows.length > 0 ? { cursor: rawDate(rows[0]!.cursor), resumeAt: rawDate(rows[0]!.resumeAt) } : null;
  }

  async releaseLease(name: string, owner: string, update: { cursor?: Date; resumeAt?: Date | null; now: Date }): Promise<void> {
    await this.db.schedulerLease.updateMany({
      where: { name, owner },
      data: {
        leaseUntil: update.now, updatedAt: update.now,
        ...(update.cursor ? { cursor: update.cursor } : {}),
        ...(update.resumeAt !== undefined ? { resumeAt: update.resumeAt } : {}),
      },
    });
  }

  async claimTick(name: string, owner: string, now: Date): Promise<boolean> {
    const q = forDialect(this.dialect, CLAIM_TICK_SQL, [name, owner, now]);
    return (await this.db.$queryRawUnsafe<{ name: string }[]>(q.sql, ...q.args)).length === 1;
  }

  /** Distributed cron tick rows ("tick:…") older than `before`. */
  async purgeTicks(before: Date): Promise<number> {
    return (await this.db.schedulerLease.deleteMany({ where: { name: { startsWith: "tick:" }, leaseUntil: { lt: before } } })).count;
  }
}
