import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { BreachRadarError } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import { MIGRATIONS_TABLE, type Migration, type MigrationRun, type MigrationStatus } from "./migrations.loader.js";

/** Busy timeout for every SQLite connection (ms): writers wait for each other instead of failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/** Opens (creating the folder and file if needed) a SQLite database in WAL mode. */
export function openSqlite(path: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  return db;
}

function ensureTable(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`);
}

function appliedRows(db: Database.Database): { name: string; checksum: string; appliedAt: string }[] {
  return db.prepare(`SELECT "name", "checksum", "appliedAt" FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`).all() as never;
}

/**
 * Applies pending migrations in one IMMEDIATE transaction (the write lock makes a second
 * process wait, then see them applied). Foreign keys are checked after, since SQLite
 * table rewrites need them off while they run.
 */
export function migrateSqlite(path: string, migrations: Migration[], logger: Logger): MigrationRun {
  const db = openSqlite(path);
  try {
    ensureTable(db);
    db.pragma("foreign_keys = OFF");
    db.exec("BEGIN IMMEDIATE");
    try {
      const done = new Set(appliedRows(db).map((r) => r.name));
      const pending = migrations.filter((m) => !done.has(m.name));
      const record = db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("name", "checksum", "appliedAt") VALUES (?, ?, ?)`);
      for (const m of pending) {
        logger.info("applying migration", { migration: m.name, db: "sqlite" });
        db.exec(m.sql);
        record.run(m.name, m.checksum, new Date().toISOString());
      }
      const broken = db.pragma("foreign_key_check") as unknown[];
      if (broken.length > 0) throw new Error(`foreign key check failed on ${broken.length} row(s)`);
      db.exec("COMMIT");
      return { applied: pending.map((m) => m.name), alreadyApplied: done.size };
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw new BreachRadarError("DB_MIGRATION_FAILED", `SQLite migration failed: ${(error as Error).message}`, { cause: error });
    }
  } finally {
    db.close();
  }
}

/** Applied and pending migrations of a SQLite file (creates the bookkeeping table if missing). */
export function sqliteStatus(path: string, migrations: Migration[]): MigrationStatus {
  const db = openSqlite(path);
  try {
    ensureTable(db);
    const rows = appliedRows(db);
    const byName = new Map(migrations.map((m) => [m.name, m.checksum]));
    return {
      applied: rows.map((r) => ({ name: r.name, appliedAt: new Date(r.appliedAt), checksumMatches: byName.get(r.name) === r.checksum })),
      pending: migrations.filter((m) => !rows.some((r) => r.name === m.name)).map((m) => m.name),
    };
  } finally {
    db.close();
  }
}
