import type { Platform } from "../domain/chat.js";
import type { Db, JsonNulls, Prisma } from "./prisma-client.factory.js";
import { isUniqueViolation } from "./db-errors.js";
import { jsonValue } from "./incident.mapper.js";
import type { DeliveryRecord } from "./store.port.js";

type DeliveryRow = Prisma.DeliveryGetPayload<object>;

function toDelivery(row: DeliveryRow): DeliveryRecord {
  return {
    key: row.key, target: row.target, kind: row.kind, incidentId: row.incidentId, status: row.status as DeliveryRecord["status"],
    messageId: row.messageId, late: row.late, attempts: row.attempts, lastError: row.lastError, createdAt: row.createdAt, deliveredAt: row.deliveredAt,
  };
}

/** Exactly-once deliveries (unique key), bot posts and platform installations. */
export class DeliveryRepository {
  constructor(private readonly db: Db, private readonly nulls: JsonNulls) {}

  /**
   * Inserting the key is the claim: the primary key lets exactly one concurrent caller win.
   * A released ("failed") claim can be re-claimed by exactly one caller through a conditional update.
   */
  async claimDelivery(input: { key: string; target: string; kind: string; incidentId?: string | null }): Promise<boolean> {
    try {
      await this.db.delivery.create({
        data: { key: input.key, target: input.target, kind: input.kind, incidentId: input.incidentId ?? null, status: "claimed", attempts: 1, createdAt: new Date() },
      });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const retried = await this.db.delivery.updateMany({
      where: { key: input.key, status: "failed" },
      data: { status: "claimed", attempts: { increment: 1 }, lastError: null },
    });
    return retried.count === 1;
  }

  async completeDelivery(key: string, result: { messageId?: string; late?: boolean }): Promise<void> {
    await this.db.delivery.updateMany({
      where: { key },
      data: { status: "delivered", messageId: result.messageId ?? null, late: result.late ?? false, deliveredAt: new Date(), lastError: null },
    });
  }

  async releaseDelivery(key: string, error?: string): Promise<void> {
    await this.db.delivery.updateMany({ where: { key, status: { not: "delivered" } }, data: { status: "failed", lastError: error ?? null } });
  }

  async getDelivery(key: string): Promise<DeliveryRecord | null> {
    const row = await this.db.delivery.findUnique({ where: { key } });
    return row ? toDelivery(row) : null;
  }

  async recordPost(input: { target: string; messageId: string; threadId: string; incidentId: string }): Promise<void> {
    await this.db.post.upsert({
      where: { target_messageId: { target: input.target, messageId: input.messageId } },
      create: { ...input, createdAt: new Date() },
      update: { threadId: input.threadId, incidentId: input.incidentId },
    });
  }

  async incidentForThread(target: string, threadId: string): Promise<string | null> {
    const row = await this.db.post.findFirst({
      where: { target, OR: [{ threadId }, { messageId: threadId }] },
      orderBy: { createdAt: "desc" },
      select: { incidentId: true },
    });
    return row?.incidentId ?? null;
  }

  async saveInstallation(input: { platform: Platform; id: string; data: unknown }): Promise<void> {
    const data = jsonValue(input.data, this.nulls);
    const now = new Date();
    await this.db.installation.upsert({
      where: { platform_id: { platform: input.platform, id: input.id } },
      create: { platform: input.platform, id: input.id, data, createdAt: now, updatedAt: now },
      update: { data, updatedAt: now },
    });
  }

  async getInstallation(platform: Platform, id: string): Promise<unknown | null> {
    const row = await this.db.installation.findUnique({ where: { platform_id: { platform, id } } });
    return row ? row.data : null;
  }

  async deleteInstallation(platform: Platform, id: string): Promise<void> {
    await this.db.installation.deleteMany({ where: { platform, id } });
  }

  /** Delivered deliveries, non-breach sources and stored source texts older than `before`. */
  async purgeOlderThan(before: Date): Promise<number> {
    const [deliveries, sources, texts] = await this.db.$transaction([
      this.db.delivery.deleteMany({ where: { status: "delivered", createdAt: { lt: before } } }),
      this.db.source.deleteMany({ where: { incidentId: null, fetchedAt: { lt: before } } }),
      this.db.sourceText.deleteMany({ where: { fetchedAt: { lt: before } } }),
    ]);
    return deliveries.count + sources.count + texts.count;
  }
}
