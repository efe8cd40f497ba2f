import type { Db, Prisma } from "./prisma-client.factory.js";
import type { FeedRecord } from "./store.port.js";

type FeedRow = Prisma.FeedGetPayload<object>;

function toFeed(row: FeedRow): FeedRecord {
  return {
    id: row.id, url: row.url, title: row.title, etag: row.etag, lastModified: row.lastModified, lastPolledAt: row.lastPolledAt,
    lastSuccessAt: row.lastSuccessAt, consecutiveFailures: row.consecutiveFailures, nextPollAt: row.nextPollAt, lastError: row.lastError, enabled: row.enabled,
  };
}

/** The polled news feeds, keyed by URL. */
export class FeedRepository {
  constructor(private readonly db: Db) {}

  async listFeeds(): Promise<FeedRecord[]> {
    return (await this.db.feed.findMany({ orderBy: [{ createdAt: "asc" }, { url: "asc" }] })).map(toFeed);
  }

  /** Adding a URL that is already there re-enables it (and sets the title when given). */
  async addFeed(url: string, title: string | null = null): Promise<FeedRecord> {
    const row = await this.db.feed.upsert({
      where: { url },
      create: { url, title, enabled: true, createdAt: new Date() },
      update: { enabled: true, ...(title ? { title } : {}) },
    });
    return toFeed(row);
  }

  async removeFeed(url: string): Promise<boolean> {
    return (await this.db.feed.deleteMany({ where: { url } })).count > 0;
  }

  async updateFeed(url: string, patch: Partial<Omit<FeedRecord, "id" | "url">>): Promise<void> {
    await this.db.feed.updateMany({ where: { url }, data: patch });
  }
}
