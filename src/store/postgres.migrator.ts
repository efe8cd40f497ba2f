import pg from "pg";
import { BreachRadarError } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import { MIGRATIONS_TABLE, type Migration, type MigrationRun, type MigrationStatus } from "./migrations.loader.js";

/** Connection timeout for every PostgreSQL connection the store opens (ms). */
export const PG_CONNECT_TIMEOUT_MS = 5_000;
/**
 * Session advisory lock held while migrating, so two replicas starting at once do not race. The same
 * lock guards first-run data loading (src/store/startup.lock.ts): one start-up lock for the database.
 */
export const LOCK_SQL = "SELECT pg_advisory_lock(hashtext('breach-radar:migrations'))";
export const UNLOCK_SQL = "SELECT pg_advisory_unlock(hashtext('breach-radar:migrations'))";

/** A single connection outside the pool (migrations, the start-up lock). */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS });
  client.on("error", () => undefined); // a dropped idle connection must not crash the process
  await client.connect();
  return client;
}

async function ensureTable(client: pg.Client): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
}

async function appliedRows(client: pg.Client): Promise<{ name: string; checksum: string; appliedAt: Date }[]> {
  const res = await client.query(`SELECT "name", "checksum", "appliedAt" FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`);
  return res.rows as { name: string; checksum: string; appliedAt: Date }[];
}

/** Applies each pending migration in its own transaction, under an advisory lock. */
export async function migratePostgres(url: string, migrations: Migration[], logger: Logger): Promise<MigrationRun> {
  const client = await connect(url);
  try {
    await client.query(LOCK_SQL);
    await ensureTable(client);
    const done = new Set((await appliedRows(client)).map((r) => r.name));
    const pending = migrations.filter((m) => !done.has(m.name));
    for (const m of pending) await applyOne(client, m, logger);
    return { applied: pending.map((m) => m.name), alreadyApplied: done.size };
  } finally {
    await client.query(UNLOCK_SQL).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

async function applyOne(client: pg.Client, m: Migration, logger: Logger): Promise<void> {
  logger.info("applying migration", { migration: m.name, db: "postgres" });
  await client.query("BEGIN");
  try {
    await client.query(m.sql);
    await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" ("name", "checksum") VALUES ($1, $2)`, [m.name, m.checksum]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw new BreachRadarError("DB_MIGRATION_FAILED", `PostgreSQL migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
  }
}

/** Applied and pending migrations of a PostgreSQL database. */
export async function postgresStatus(url: string, migrations: Migration[]): Promise<MigrationStatus> {
  const client = await connect(url);
  try {
    await ensureTable(client);
    const rows = await appliedRows(client);
    const byName = new Map(migrations.map((m) => [m.name, m.checksum]));
    return {
      applied: rows.map((r) => ({ name: r.name, appliedAt: new Date(r.appliedAt), checksumMatches: byName.get(r.name) === r.checksum })),
      pending: migrations.filter((m) => !rows.some((r) => r.name === m.name)).map((m) => m.name),
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}
