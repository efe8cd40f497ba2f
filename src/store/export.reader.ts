import type { AttackVector } from "../domain/incident.js";
import type * as Rows from "./generated/postgres/index.js";
import { toFact, toIncident, toSource } from "./incident.mapper.js";
import { forDialect, type Dialect } from "./sql.dialect.js";
import type { ExportIncident, ExportQuery } from "./store.port.js";

/**
 * Runs one read-only SELECT and returns its rows as plain objects. SQLite: a direct better-sqlite3
 * connection (see export.connection.ts); PostgreSQL: the Prisma client's raw query.
 */
export type RowReader = (sql: string, args: unknown[]) => Promise<Record<string, unknown>[]>;

const INCIDENT_COLUMNS = [
  "id", "title", "victims", "victimGroup", "sector", "thirdParty", "vendor", "vector", "exposed", "notExposed", "affectedCount",
  "actors", "detectedAt", "disclosedAt", "regulators", "status", "severity", "campaignId", "conflicts", "firstSeenAt", "updatedAt",
  "owner", "stances", "counts", "firstReportedAt", "lastReportedAt",
] as const;
const CAMPAIGN_COLUMNS = ["id", "name", "vendor", "actor", "vector", "firstSeenAt", "updatedAt"] as const;
const SOURCE_COLUMNS = ["id", "url", "outlet", "title", "publishedAt", "language", "contentHash", "fetchedAt", "incidentId"] as const;
const FACT_COLUMNS = ["id", "incidentId", "field", "value", "sourceId", "seenAt", "current", "stance", "quotes", "speaker", "unit", "publishedAt"] as const;

/** A list of ids as ONE parameter (a JSON array), so no query hits a bound-variable limit however many ids it gets. */
const ID_LIST: Record<Dialect, (param: string) => string> = {
  sqlite: (p) => `(SELECT value FROM json_each(${p}))`,
  postgres: (p) => `(SELECT jsonb_array_elements_text(${p}::jsonb))`,
};

/** The incident SELECT of a query: filters plus the keyset cursor, (updatedAt, id) ascending, with its campaign's columns. */
function incidentSql(query: ExportQuery, dialect: Dialect): { sql: string; args: unknown[] } {
  const args: unknown[] = [];
  // SQLite keeps DateTime as epoch milliseconds (the adapter's unixepoch-ms format); PostgreSQL as timestamptz.
  const at = (d: Date) => (args.push(dialect === "sqlite" ? d.getTime() : d), `$${args.length}`);
  const param = (v: unknown) => (args.push(v), `$${args.length}`);
  const where: string[] = [];
  if (query.sector) where.push(`i."sector" = ${param(query.sector)}`);
  if (query.since) where.push(`i."updatedAt" >= ${at(query.since)}`);
  if (query.updatedAfter) where.push(`i."updatedAt" > ${at(query.updatedAfter)}`);
  if (query.ids) where.push(`i."id" IN ${ID_LIST[dialect](param(JSON.stringify(query.ids)))}`);
  for (const [cursor, op] of [[query.after, ">"], [query.from, ">="]] as const) {
    if (!cursor) continue;
    const u = at(cursor.updatedAt);
    where.push(`(i."updatedAt" > ${u} OR (i."updatedAt" = ${u} AND i."id" ${op} ${param(cursor.id)}))`);
  }
  const columns = [...INCIDENT_COLUMNS.map((c) => `i."${c}"`), ...CAMPAIGN_COLUMNS.map((c) => `c."${c}" AS "campaign_${c}"`)].join(", ");
  const sql = `SELECT ${columns} FROM "Incident" i LEFT JOIN "Campaign" c ON c."id" = i."campaignId"` +
    `${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY i."updatedAt" ASC, i."id" ASC LIMIT ${param(query.limit)}`;
  return forDialect(dialect, sql, args);
}

/** Raw JSON columns: text on SQLite (parsed here), values already parsed by the driver on PostgreSQL (a JSON string is a JS string). */
type JsonColumn = (v: unknown) => unknown;
const JSON_COLUMN: Record<Dialect, JsonColumn> = {
  sqlite: (v) => (typeof v === "string" ? JSON.parse(v) : v),
  postgres: (v) => v,
};
/** Raw timestamps: epoch milliseconds (SQLite), ISO text (older SQLite rows) or Date (PostgreSQL). */
function date(v: unknown): Date;
function date(v: unknown, nullable: true): Date | null;
function date(v: unknown, nullable?: true): Date | null {
  if (v === null || v === undefined) {
    if (nullable) return null;
    throw new Error("export reader: a required timestamp is NULL");
  }
  if (v instanceof Date) return v;
  return new Date(typeof v === "number" || typeof v === "bigint" ? Number(v) : String(v));
}
const bool = (v: unknown): boolean | null => (v === null || v === undefined ? null : Boolean(Number(v)));

function incidentRow(r: Record<string, unknown>, json: JsonColumn): Rows.Incident {
  return {
    ...(r as unknown as Rows.Incident),
    victims: json(r.victims) as string[], exposed: json(r.exposed) as string[], notExposed: json(r.notExposed) as string[], regulators: json(r.regulators) as string[],
    actors: json(r.actors) as Rows.Prisma.JsonValue, conflicts: json(r.conflicts) as Rows.Prisma.JsonValue,
    stances: json(r.stances) as Rows.Prisma.JsonValue, counts: json(r.counts) as Rows.Prisma.JsonValue,
    thirdParty: bool(r.thirdParty),
    affectedCount: r.affectedCount === null || r.affectedCount === undefined ? null : BigInt(r.affectedCount as number | bigint),
    firstSeenAt: date(r.firstSeenAt), updatedAt: date(r.updatedAt),
    firstReportedAt: date(r.firstReportedAt, true), lastReportedAt: date(r.lastReportedAt, true),
  };
}

function campaignOf(r: Record<string, unknown>): ExportIncident["campaign"] {
  if (r.campaign_id === null || r.campaign_id === undefined) return null;
  return {
    id: r.campaign_id as string, name: r.campaign_name as string, vendor: r.campaign_vendor as string | null, actor: r.campaign_actor as string | null,
    vector: r.campaign_vector as AttackVector | null, firstSeenAt: date(r.campaign_firstSeenAt), updatedAt: date(r.campaign_updatedAt),
  };
}

const sourceRow = (r: Record<string, unknown>): Rows.Source =>
  ({ ...(r as unknown as Rows.Source), publishedAt: date(r.publishedAt, true), fetchedAt: date(r.fetchedAt) });

const factRow = (r: Record<string, unknown>, json: JsonColumn): Rows.Fact =>
  ({ ...(r as unknown as Rows.Fact), value: json(r.value) as Rows.Prisma.JsonValue, quotes: json(r.quotes) as Rows.Prisma.JsonValue, current: Boolean(bool(r.current)), seenAt: date(r.seenAt), publishedAt: date(r.publishedAt, true) });

function groupBy<T extends { incidentId: string | null }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.incidentId ?? "");
    if (list) list.push(row);
    else out.set(row.incidentId ?? "", [row]);
  }
  return out;
}

/**
 * Read side for exports, TAXII and the JSON API: pages of incidents with their sources, facts and
 * campaign, in (updatedAt, id) order, so a caller streams any number of incidents in bounded memory.
 * Three queries per page whatever its size (incidents with their campaign, then the page's sources and
 * facts by one id-list parameter), in plain SQL with the same orders Prisma's relation reads use.
 */
export class ExportReader {
  constructor(private readonly rows: RowReader, private readonly dialect: Dialect) {}

  async listExportIncidents(query: ExportQuery): Promise<ExportIncident[]> {
    const q = incidentSql(query, this.dialect);
    const incidents = await this.rows(q.sql, q.args);
    if (incidents.length === 0) return [];
    const ids = JSON.stringify(incidents.map((r) => r.id));
    const inPage = ID_LIST[this.dialect]("$1");
    const sourceSql = forDialect(this.dialect, `SELECT ${SOURCE_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "Source" WHERE "incidentId" IN ${inPage} ORDER BY "publishedAt" ASC NULLS LAST, "fetchedAt" ASC, "id" ASC`, [ids]);
    const factSql = forDialect(this.dialect, `SELECT ${FACT_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "Fact" WHERE "incidentId" IN ${inPage} ORDER BY "seenAt" ASC, "id" ASC`, [ids]);
    const sources = groupBy((await this.rows(sourceSql.sql, sourceSql.args)).map(sourceRow));
    const facts = groupBy((await this.rows(factSql.sql, factSql.args)).map((r) => factRow(r, JSON_COLUMN[this.dialect])));
    return incidents.map((r) => ({
      ...toIncident(incidentRow(r, JSON_COLUMN[this.dialect])),
      sources: (sources.get(r.id as string) ?? []).map(toSource),
      facts: (facts.get(r.id as string) ?? []).map(toFact),
      campaign: campaignOf(r),
    }));
  }
}
