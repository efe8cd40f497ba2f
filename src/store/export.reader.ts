import type { Prisma, Db } from "./prisma-client.factory.js";
import { toFact, toIncident, toSource } from "./incident.mapper.js";
import type { AttackVector } from "../domain/incident.js";
import type { ExportIncident, ExportQuery } from "./store.port.js";

/** The WHERE clause of an ExportQuery: filters plus the keyset cursor (updatedAt, id) in ascending order. */
function exportWhere(query: ExportQuery): Prisma.IncidentWhereInput {
  const and: Prisma.IncidentWhereInput[] = [];
  if (query.sector) and.push({ sector: query.sector });
  if (query.since) and.push({ updatedAt: { gte: query.since } });
  if (query.updatedAfter) and.push({ updatedAt: { gt: query.updatedAfter } });
  if (query.ids) and.push({ id: { in: query.ids } });
  if (query.after) {
    const { updatedAt, id } = query.after;
    and.push({ OR: [{ updatedAt: { gt: updatedAt } }, { updatedAt, id: { gt: id } }] });
  }
  if (query.from) {
    const { updatedAt, id } = query.from;
    and.push({ OR: [{ updatedAt: { gt: updatedAt } }, { updatedAt, id: { gte: id } }] });
  }
  return and.length > 0 ? { AND: and } : {};
}

/**
 * Read side for exports, TAXII and the JSON API: pages of incidents with their sources, facts and
 * campaign, in (updatedAt, id) order, so a caller streams any number of incidents in bounded memory.
 */
export class ExportReader {
  constructor(private readonly db: Db) {}

  async listExportIncidents(query: ExportQuery): Promise<ExportIncident[]> {
    const rows = await this.db.incident.findMany({
      where: exportWhere(query),
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: query.limit,
      include: {
        sources: { orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { fetchedAt: "asc" }, { id: "asc" }] },
        facts: { orderBy: [{ seenAt: "asc" }, { id: "asc" }] },
        campaign: true,
      },
    });
    return rows.map((row) => ({
      ...toIncident(row),
      sources: row.sources.map(toSource),
      facts: row.facts.map(toFact),
      campaign: row.campaign
        ? { id: row.campaign.id, name: row.campaign.name, vendor: row.campaign.vendor, actor: row.campaign.actor, vector: row.campaign.vector as AttackVector | null, firstSeenAt: row.campaign.firstSeenAt, updatedAt: row.campaign.updatedAt }
        : null,
    }));
  }
}
