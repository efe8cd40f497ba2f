import type { Campaign } from "../domain/incident.js";
import type { Db } from "./prisma-client.factory.js";
import { toCampaign } from "./incident.mapper.js";
import type { CampaignInput } from "./store.port.js";

const WITH_IDS = { incidents: { select: { id: true } } } as const;

/** Campaigns and their incident links. Names are matched case-insensitively through `nameKey`. */
export class CampaignRepository {
  constructor(private readonly db: Db) {}

  async listCampaigns(): Promise<Campaign[]> {
    const rows = await this.db.campaign.findMany({ include: WITH_IDS, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] });
    return rows.map(toCampaign);
  }

  async getCampaign(idOrName: string): Promise<Campaign | null> {
    const row =
      (await this.db.campaign.findUnique({ where: { id: idOrName }, include: WITH_IDS })) ??
      (await this.db.campaign.findFirst({ where: { nameKey: idOrName.trim().toLowerCase() }, include: WITH_IDS, orderBy: { updatedAt: "desc" } }));
    return row ? toCampaign(row) : null;
  }

  async upsertCampaign(input: CampaignInput): Promise<Campaign> {
    const now = new Date();
    const columns = { name: input.name, nameKey: input.name.trim().toLowerCase(), vendor: input.vendor, actor: input.actor, vector: input.vector, since: input.since ?? null, updatedAt: now };
    const row = await this.db.$transaction(async (tx) => {
      await tx.campaign.upsert({ where: { id: input.id }, create: { id: input.id, ...columns, firstSeenAt: now }, update: columns });
      if (input.incidentIds.length > 0) {
        await tx.incident.updateMany({ where: { id: { in: input.incidentIds } }, data: { campaignId: input.id } });
      }
      return tx.campaign.findUniqueOrThrow({ where: { id: input.id }, include: WITH_IDS });
    });
    return toCampaign(row);
  }
}
