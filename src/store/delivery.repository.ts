import type { Platform } from "../domain/chat.js";
import type { Db, JsonNulls, Prisma } from "./prisma-client.factory.js";
import { jsonValue } from "./incident.mapper.js";

/** Bot posts (which incident a message is about) and platform installations. */
export class DeliveryRepository {
  constructor(private readonly db: Db, private readonly nulls: JsonNulls) {}

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
    // A (re-)install repairs a workspace whose token had stopped working: its held posts go out now.
    const scope = `${input.platform}:${input.id}`;
    const repaired = await this.db.deliveryScope.deleteMany({ where: { scope, state: "broken" } });
    if (repaired.count > 0) await this.db.delivery.updateMany({ where: { scope, status: "pending", dueAt: { gt: now } }, data: { dueAt: now } });
  }

  async getInstallation(platform: Platform, id: string): Promise<unknown | null> {
    const row = await this.db.installation.findUnique({ where: { platform_id: { platform, id } } });
    return row ? row.data : null;
  }

  async deleteInstallation(platform: Platform, id: string): Promise<void> {
    await this.db.installation.deleteMany({ where: { platform, id } });
  }

  /** Non-breach "seen" sources and stored source texts older than `before`. */
  async purgeSeenSources(before: Date): Promise<number> {
    const [sources, texts] = await this.db.$transaction([
      this.db.source.deleteMany({ where: { incidentId: null, fetchedAt: { lt: before } } }),
      this.db.sourceText.deleteMany({ where: { fetchedAt: { lt: before } } }),
    ]);
    return sources.count + texts.count;
  }
}
