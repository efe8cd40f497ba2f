import type { Stance } from "../domain/evidence.js";
import { SECTORS, SEVERITIES, severityRank, type Change, type Incident, type IncidentDetail, type Sector, type Severity } from "../domain/incident.js";
import type { Db, Prisma } from "./prisma-client.factory.js";
import { normaliseVictimName, toCampaign, toChange, toFact, toIncident, toSource } from "./incident.mapper.js";
import type { IncidentIndexRow, IncidentQuery, IncidentStats, SourceTextRecord } from "./store.port.js";

/** The WHERE clause of an IncidentQuery (only indexed, scalar filters: they work on both databases). */
export function incidentWhere(query: IncidentQuery = {}): Prisma.IncidentWhereInput {
  const where: Prisma.IncidentWhereInput = {};
  if (query.sector) where.sector = query.sector;
  if (query.minSeverity) where.severity = { in: SEVERITIES.filter((s) => severityRank(s) >= severityRank(query.minSeverity!)) };
  if (query.since) where.updatedAt = { gte: query.since };
  if (query.createdSince) where.firstSeenAt = { gte: query.createdSince };
  if (query.visibleTo !== undefined) where.owner = visibleOwners(query.visibleTo);
  if (query.reportedSince) where.lastReportedAt = { gte: query.reportedSince };
  return where;
}

/** Shared plus the viewer's own; "" = shared only. */
function visibleOwners(viewer: string): string | { in: string[] } {
  return viewer === "" ? "" : { in: ["", viewer] };
}

function incidentOrder(query: IncidentQuery = {}): Prisma.IncidentOrderByWithRelationInput[] {
  if (query.order === "first_seen") return [{ firstSeenAt: "desc" }, { id: "asc" }];
  if (query.order === "reported") return [{ lastReportedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }, { id: "asc" }];
  return [{ updatedAt: "desc" }, { id: "asc" }];
}

/** Read side of incidents: lookups, lists, index rows, change feed and stats. */
export class IncidentReader {
  constructor(private readonly db: Db, private readonly dialect: "sqlite" | "postgres") {}

  async getIncident(id: string, visibleTo?: string): Promise<IncidentDetail | null> {
    const row = await this.db.incident.findUnique({
      where: { id },
      include: {
        sources: { orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { fetchedAt: "asc" }, { id: "asc" }] },
        facts: { orderBy: [{ seenAt: "asc" }, { id: "asc" }] },
        changes: { orderBy: [{ at: "asc" }, { id: "asc" }] },
        campaign: { include: { incidents: { select: { id: true } } } },
      },
    });
    if (!row || (visibleTo !== undefined && row.owner !== "" && row.owner !== visibleTo)) return null;
    return {
      ...toIncident(row),
      sources: row.sources.map(toSource),
      facts: row.facts.map(toFact),
      changes: row.changes.map(toChange),
      campaign: row.campaign ? toCampaign(row.campaign) : null,
    };
  }

  async listIncidents(query: IncidentQuery = {}): Promise<Incident[]> {
    const rows = await this.db.incident.findMany({ where: incidentWhere(query), orderBy: incidentOrder(query), take: query.limit, skip: query.offset });
    return rows.map(toIncident);
  }

  countIncidents(query: IncidentQuery = {}): Promise<number> {
    return this.db.incident.count({ where: incidentWhere(query) });
  }

  /** One raw query (same SQL on both databases): Prisma's per-row decoding dominates at 50k rows. */
  async listIncidentIndex(): Promise<IncidentIndexRow[]> {
    const rows = await this.db.$queryRawUnsafe<RawIndexRow[]>(INDEX_SQL[this.dialect]);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      victims: jsonArray<string>(r.victims),
      victimGroup: r.victimGroup,
      vendor: r.vendor,
      actors: jsonArray<{ name: string }>(r.actors).map((a) => a.name),
      campaignName: r.campaignName,
      sector: r.sector as Sector,
      updatedAt: toDate(r.updatedAt),
      owner: r.owner ?? "",
      reportedAt: toDate(r.lastReportedAt ?? r.updatedAt),
      ...(r.vendorStance ? { vendorStance: r.vendorStance as Stance } : {}),
    }));
  }

  async getSourceTexts(incidentId: string): Promise<SourceTextRecord[]> {
    const rows = await this.db.sourceText.findMany({
      where: { incidentId },
      select: { sourceId: true, text: true },
      orderBy: [{ source: { publishedAt: { sort: "asc", nulls: "last" } } }, { fetchedAt: "asc" }, { sourceId: "asc" }],
    });
    return rows;
  }

  async findIncidentsByVictim(victimNames: string[], owner = ""): Promise<Incident[]> {
    const keys = [...new Set(victimNames.map(normaliseVictimName).filter(Boolean))];
    if (keys.length === 0) return [];
    const links = await this.db.victimName.findMany({ where: { name: { in: keys } }, select: { incidentId: true } });
    const ids = [...new Set(links.map((l) => l.incidentId))];
    if (ids.length === 0) return [];
    const rows = await this.db.incident.findMany({ where: { id: { in: ids }, owner }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] });
    return rows.map(toIncident);
  }

  async incidentIdExists(id: string): Promise<boolean> {
    return (await this.db.incident.count({ where: { id } })) > 0;
  }

  async listChangesSince(since: Date, options: { limit?: number; incidentIds?: string[] } = {}): Promise<Change[]> {
    const where: Prisma.ChangeWhereInput = { at: { gte: since } };
    if (options.incidentIds) where.incidentId = { in: options.incidentIds };
    const rows = await this.db.change.findMany({ where, orderBy: [{ at: "asc" }, { id: "asc" }], take: options.limit });
    return rows.map(toChange);
  }

  /** Top actors counted in SQL (one row per actor, not per incident), so stats stay fast at 50,000 incidents. */
  private async topActorsSql(since: Date | null, visibleTo?: string): Promise<{ name: string; count: number }[]> {
    const sql = ACTOR_COUNT_SQL[this.dialect](since !== null, visibleTo !== undefined);
    const params: unknown[] = since === null ? [] : [this.dialect === "sqlite" ? since.getTime() : since];
    if (visibleTo !== undefined) params.push(visibleTo);
    const rows = await this.db.$queryRawUnsafe<{ name: string | null; count: unknown }[]>(sql, ...params);
    return top(rows.map((r) => [r.name ?? "", Number(r.count)]));
  }

  /** Event time: incidents whose latest source was published in the window, sources published in it. */
  async stats(since: Date | null, visibleTo?: string): Promise<IncidentStats> {
    const where: Prisma.IncidentWhereInput = since ? { lastReportedAt: { gte: since } } : {};
    if (visibleTo !== undefined) where.owner = visibleOwners(visibleTo);
    const sourcesIn: Prisma.SourceWhereInput = since ? { OR: [{ publishedAt: { gte: since } }, { publishedAt: null, fetchedAt: { gte: since } }] } : {};
    const [total, sectors, severities, vendors, actorRows, sources] = await Promise.all([
      this.db.incident.count({ where }),
      this.db.incident.groupBy({ by: ["sector"], where, _count: { _all: true } }),
      this.db.incident.groupBy({ by: ["severity"], where, _count: { _all: true } }),
      this.db.incident.groupBy({ by: ["vendor"], where: { ...where, vendor: { not: null } }, _count: { _all: true } }),
      this.topActorsSql(since, visibleTo),
      this.db.source.count({ where: { incidentId: { not: null }, ...sourcesIn, ...(visibleTo !== undefined ? { owner: visibleOwners(visibleTo) } : {}) } }),
    ]);
    const bySector = Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;
    for (const g of sectors) if (g.sector in bySector) bySector[g.sector as Sector] = g._count._all;
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    for (const g of severities) bySeverity[g.severity as Severity] = g._count._all;
    return { total, bySector, bySeverity, topVendors: top(vendors.map((v) => [v.vendor ?? "", v._count._all])), topActors: actorRows, sources };
  }
}

/** WHERE of the actor count: since (param 1) and visibility (the last param: shared plus that owner). */
function actorWhere(withSince: boolean, withViewer: boolean, param: (n: number) => string): string {
  const parts: string[] = [];
  if (withSince) parts.push(`i."lastReportedAt" >= ${param(1)}`);
  if (withViewer) parts.push(`i."owner" IN ('', ${param(withSince ? 2 : 1)})`);
  return parts.length > 0 ? `WHERE ${parts.join(" AND ")}` : "";
}

/** Incidents per actor name; each dialect unnests the JSON array its own way. */
const ACTOR_COUNT_SQL: Record<"sqlite" | "postgres", (withSince: boolean, withViewer: boolean) => string> = {
  sqlite: (withSince, withViewer) => `SELECT json_extract(a.value, '$.name') AS "name", COUNT(DISTINCT i."id") AS "count"
    FROM "Incident" i, json_each(i."actors") a ${actorWhere(withSince, withViewer, () => "?")} GROUP BY 1`,
  postgres: (withSince, withViewer) => `SELECT a->>'name' AS "name", COUNT(DISTINCT i."id") AS "count"
    FROM "Incident" i, jsonb_array_elements(i."actors") a ${actorWhere(withSince, withViewer, (n) => `$${n}`)} GROUP BY 1`,
};

/** Index rows, latest report first; the vendor's stance is read out of the stances JSON by each dialect. */
const INDEX_COLUMNS = `i."id", i."title", i."victims", i."victimGroup", i."vendor", i."actors", i."sector", i."updatedAt", i."lastReportedAt", i."owner", c."name" AS "campaignName"`;
const INDEX_FROM = `FROM "Incident" i LEFT JOIN "Campaign" c ON c."id" = i."campaignId" ORDER BY COALESCE(i."lastReportedAt", i."updatedAt") DESC, i."id" ASC`;
const INDEX_SQL: Record<"sqlite" | "postgres", string> = {
  sqlite: `SELECT ${INDEX_COLUMNS}, json_extract(i."stances", '$.vendor') AS "vendorStance" ${INDEX_FROM}`,
  postgres: `SELECT ${INDEX_COLUMNS}, i."stances"->>'vendor' AS "vendorStance" ${INDEX_FROM}`,
};

interface RawIndexRow {
  id: string; title: string; victims: unknown; victimGroup: string | null; vendor: string | null;
  actors: unknown; sector: string; updatedAt: unknown; lastReportedAt: unknown; campaignName: string | null; vendorStance: string | null; owner: string | null;
}

/** Raw rows carry JSON as text (SQLite) or parsed values (PostgreSQL). */
function jsonArray<T>(value: unknown): T[] {
  const parsed = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

/** Raw timestamps arrive as Date (PostgreSQL), epoch milliseconds or ISO text (SQLite). */
function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  return new Date(String(value));
}

const TOP_N = 10;

function top(entries: [string, number][]): { name: string; count: number }[] {
  return entries
    .filter(([name]) => name)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_N)
    .map(([name, count]) => ({ name, count }));
}
