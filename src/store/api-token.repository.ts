import type { Db } from "./prisma-client.factory.js";
import type { ApiTokenInput, ApiTokenRecord } from "./store.port.js";

type Row = { id: string; name: string; prefix: string; ratePerMinute: number | null; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };
const toRecord = (r: Row): ApiTokenRecord => ({
  id: r.id, name: r.name, prefix: r.prefix, ratePerMinute: r.ratePerMinute, createdAt: r.createdAt, lastUsedAt: r.lastUsedAt, revokedAt: r.revokedAt,
});
const SELECT = { id: true, name: true, prefix: true, ratePerMinute: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** API tokens: only the hash of a token is stored; lookups go by hash. */
export class ApiTokenRepository {
  constructor(private readonly db: Db) {}

  async createApiToken(input: ApiTokenInput): Promise<ApiTokenRecord> {
    const row = await this.db.apiToken.create({ data: { name: input.name, hash: input.hash, prefix: input.prefix, ratePerMinute: input.ratePerMinute ?? null, createdAt: input.createdAt }, select: SELECT });
    return toRecord(row);
  }

  async listApiTokens(): Promise<ApiTokenRecord[]> {
    const rows = await this.db.apiToken.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: SELECT });
    return rows.map(toRecord);
  }

  async revokeApiToken(idOrPrefix: string, at: Date): Promise<ApiTokenRecord | null> {
    const matches = await this.db.apiToken.findMany({ where: { OR: [{ id: idOrPrefix }, { prefix: idOrPrefix }], revokedAt: null }, select: SELECT });
    if (matches.length !== 1) return null;
    const row = await this.db.apiToken.update({ where: { id: matches[0]!.id }, data: { revokedAt: at }, select: SELECT });
    return toRecord(row);
  }

  async findActiveApiToken(hash: string): Promise<ApiTokenRecord | null> {
    const row = await this.db.apiToken.findFirst({ where: { hash, revokedAt: null }, select: SELECT });
    return row ? toRecord(row) : null;
  }

  countActiveApiTokens(): Promise<number> {
    return this.db.apiToken.count({ where: { revokedAt: null } });
  }

  async touchApiToken(id: string, at: Date): Promise<void> {
    await this.db.apiToken.updateMany({ where: { id }, data: { lastUsedAt: at } });
  }
}
